/**
 * Words that say the opposite of each other in news: a statement with one and an article sentence with the other,
 * about the same thing, contradict ("said he regrets it" / "I'm glad it started"). Base forms; each pair is
 * [one side, other side], and a side may list several words.
 */
export const ANTONYM_PAIRS: readonly (readonly [readonly string[], readonly string[]])[] = [
  [['regret', 'regretful', 'sorry', 'remorse', 'apologise', 'apologize', 'apology'], ['glad', 'happy', 'proud', 'pleased']],
  [['over', 'end', 'ended', 'finish', 'finished', 'stop', 'stopped', 'halt', 'halted', 'conclude', 'concluded', 'called off'], ['continue', 'continuing', 'ongoing', 'resume', 'persist', 'extend', 'escalate']],
  [['support', 'back', 'favour', 'favor', 'endorse', 'welcome', 'praise'], ['oppose', 'opposed', 'against', 'criticise', 'criticize', 'condemn', 'reject', 'denounce', 'attack']],
  [['win', 'won', 'victory', 'succeed', 'success'], ['lose', 'lost', 'defeat', 'defeated', 'fail', 'failure']],
  [['increase', 'rise', 'raise', 'grow', 'growth', 'more', 'higher', 'boost', 'expand'], ['decrease', 'fall', 'cut', 'reduce', 'shrink', 'drop', 'decline', 'less', 'fewer', 'lower']],
  [['accept', 'agree', 'approve', 'confirm', 'admit', 'allow', 'grant'], ['refuse', 'disagree', 'deny', 'ban', 'block', 'veto', 'forbid', 'resist']],
  [['legal', 'lawful', 'legitimate'], ['illegal', 'unlawful', 'illegitimate']],
  [['guilty', 'convict', 'convicted', 'conviction'], ['innocent', 'acquit', 'acquitted', 'acquittal']],
  [['ally', 'friend', 'partner'], ['enemy', 'foe', 'rival', 'adversary']],
  [['start', 'begin', 'launch', 'open'], ['end', 'close', 'shut']],
  [['join', 'enter'], ['leave', 'quit', 'exit', 'resign']],
  [['strong', 'strengthen'], ['weak', 'weaken', 'weakened', 'frail']],
  [['alive', 'survive'], ['dead', 'die', 'kill', 'killed']],
  [['true'], ['false']],
  [['before'], ['after']],
  [['impose'], ['lift']],
  [['hero', 'heroes'], ['coward', 'cowards', 'traitor', 'traitors']],
  [['easy'], ['hard', 'difficult']],
  [['many', 'most'], ['few', 'none']],
  [['high', 'highest', 'higher', 'big', 'biggest', 'large', 'largest'], ['low', 'lowest', 'small', 'smallest']],
  [['best', 'better', 'good', 'benefit', 'beneficial'], ['worst', 'worse', 'bad', 'harm', 'harmful', 'hurt', 'impede', 'hinder', 'damage', 'undermine']],
  [['rich', 'wealthy', 'prosperous'], ['poor', 'deprived']],
  [['satisfied', 'content', 'happy', 'pleased'], ['dissatisfied', 'unhappy', 'angry', 'frustrated', 'displeased']],
  [['confident', 'certain', 'optimistic'], ['unlikely', 'doubtful', 'uncertain', 'unsure', 'pessimistic']],
  [['love', 'adore', 'admire'], ['hate', 'dislike', 'despise', 'loathe']],
  [['common', 'frequent', 'usual'], ['rare', 'uncommon', 'unusual', 'infrequent']],
  [['keep', 'retain', 'preserve'], ['repeal', 'scrap', 'abolish', 'eliminate', 'dismantle']],
  [['fan', 'fans', 'keen', 'enthusiastic'], ['opposed', 'sceptical', 'skeptical', 'critic', 'critics']],
  [['recover', 'recovered', 'recovery'], ['struggle', 'struggling', 'decline']],
  [['something'], ['nothing']],
];

/** Words that negate what follows or what they stand in ("no regret", "never", "didn't"). Lower case. */
export const NEGATION_WORDS: readonly string[] = [
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'without', 'cannot', 'hardly', 'barely',
  'nowhere', 'zero', 'deny', 'declined to', 'declines to', 'loath to', 'reluctant to', 'unwilling to', 'denied', 'denies', 'denying', 'yet to', 'failed to', 'refused to', 'refuses to',
  // verbs and a prefix that say something is absent or not done ("lacked monitoring", "avoids condemning", "non-binding")
  'fail to', 'fails to', 'lack', 'lacks', 'lacked', 'lacking', 'avoid', 'avoids', 'avoided', 'avoiding', 'non',
  'stopped short of', 'stops short of', 'stop short of',
];

/**
 * Words that set a claim's scope or side, each with the words that say the same: a statement that uses one is
 * supported only by a sentence that uses one of its group ("came out against", "all of them", "only once").
 * Stop words to the index, so they are compared on their own. Lower case.
 */
export const SCOPE_WORDS: readonly (readonly string[])[] = [
  ['against', 'opposed', 'opposes', 'oppose', 'anti', 'rival', 'rivals', 'versus'],
  ['all', 'every', 'each', 'entire', 'whole', 'everyone', 'everybody', 'everything'],
  ['only', 'sole', 'solely', 'exclusively', 'alone'],
  ['mostly', 'largely', 'mainly', 'majority', 'most', 'primarily'],
  ['always', 'ever', 'constantly', 'invariably'],
  ['more', 'above', 'exceed', 'exceeds', 'greater'],
  ['less', 'fewer', 'below'],
];

/**
 * Values of one slot that exclude each other: a statement with one and a related sentence with another contradict
 * ("a weekly news conference" / "his monthly news conference"). Lower case; a value may be several words.
 */
export const EXCLUSIVE_VALUES: readonly (readonly string[])[] = [
  ['hourly', 'daily', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'yearly', 'annual', 'annually'],
  ['this week', 'last week', 'next week', 'this month', 'last month', 'next month', 'this year', 'last year', 'next year', 'yesterday', 'today', 'tomorrow'],
  // who someone is to someone ("plays his wife" / "plays his sister")
  ['wife', 'husband', 'sister', 'brother', 'mother', 'father', 'daughter', 'son', 'girlfriend', 'boyfriend', 'cousin', 'aunt', 'uncle', 'niece', 'nephew', 'grandmother', 'grandfather'],
];
