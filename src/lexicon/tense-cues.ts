/**
 * Words that show the tense of a clause, so that a date without a year or week ("in June", "on Monday")
 * can be placed before or after the time of writing. Lower case.
 */

/** Markers of a future clause. "to" after these ("due to", "set to") is checked by the reader. */
export const FUTURE_MARKERS: readonly string[] = [
  'will', "'ll", '’ll', 'shall', "won't", 'won’t', 'upcoming', 'next',
  // a present forecast governs what lies ahead ("officials expect a ruling in three weeks")
  'expect', 'expects', 'anticipate', 'anticipates', 'predict', 'predicts', 'forecast', 'forecasts',
];

/** Words that make a future clause when followed by "to" ("is going to", "is due to", "plans to"). */
export const FUTURE_BEFORE_TO: readonly string[] = [
  'going', 'due', 'scheduled', 'slated', 'set', 'expected', 'plans', 'plan', 'planning', 'intends', 'aims', 'hopes', 'is', 'are', 'am',
  'expect', 'intend', 'aim', 'hope', 'want', 'wants', 'need', 'needs', 'has', 'have', 'vows', 'vow', 'pledges', 'pledge', 'promises',
  'promise', 'threatens', 'threaten', 'ready', 'poised', 'likely',
];

/** Past forms before "to" that look ahead from the past ("agreed to sell in October", "was to visit"). */
export const PROSPECTIVE_BEFORE_TO: readonly string[] = ['was', 'were', 'agreed', 'decided', 'promised', 'vowed', 'pledged', 'planned', 'hoped', 'wanted', 'intended', 'threatened', 'voted'];

/**
 * Words that put a clause in the future on their own ("the vote is scheduled for Monday", "results are due on
 * Friday"), unless a past auxiliary comes just before them ("was scheduled"): then the plan is seen from the past.
 */
export const SCHEDULE_WORDS: readonly string[] = [
  'scheduled', 'rescheduled', 'slated', 'due', 'expected', 'planned', 'planning', 'upcoming', 'coming', 'forthcoming', 'pending', 'deadline',
];

/** Auxiliaries that turn a schedule word into a plan seen from the past ("was due on Monday"). */
export const PAST_AUXILIARIES: readonly string[] = ['was', 'were', 'had'];

/**
 * Present-tense verbs that, governing a date, read as a timetable and so point ahead ("the festival opens on
 * Saturday", "the new rules take effect on Monday").
 */
export const TIMETABLE_VERBS: readonly string[] = [
  'begins', 'starts', 'comes', 'opens', 'closes', 'ends', 'takes', 'resumes', 'meets', 'convenes', 'expires', 'arrives', 'departs', 'kicks',
  'reopens', 'returns', 'launches', 'heads', 'travels', 'visits', 'goes', 'faces', 'hosts', 'votes', 'decides', 'delivers', 'holds',
  'reconvenes', 'continues', 'plays', 'gathers', 'concludes', 'unveils', 'publishes', 'announces', 'lapses',
  // plural subjects ("talks resume on Monday"); only verbs that are seldom nouns before a date
  'begin', 'start', 'open', 'close', 'take', 'resume', 'meet', 'convene', 'reconvene', 'gather', 'expire', 'arrive', 'depart', 'reopen', 'go', 'lapse',
];

/**
 * Words before a date that make it a deadline or the end of a wait ("by March 20", "until Friday"): outside a
 * finished past clause a deadline lies ahead of the time of writing.
 */
export const DEADLINE_WORDS: readonly string[] = ['by', 'until', 'till', 'through', 'before', 'ahead of', 'no later than', 'not before'];

/**
 * Words just before a date that start a plan or a rule from that day ("fares rise starting Monday", "effective
 * Saturday", "set for Tuesday"): like a deadline, outside a finished past clause the day lies ahead.
 */
export const SCHEDULE_LEADS: readonly string[] = [
  'starting', 'beginning', 'effective', 'from', 'as of', 'as from', 'set for', 'slated for', 'scheduled for', 'due', 'due on', 'due by',
  // waiting for and getting ready for a day ("bracing for Friday's vote")
  'awaiting', 'await', 'preparing for', 'prepare for', 'bracing for', 'brace for', 'gearing up for', 'in the run-up to', 'in the lead-up to',
  'in advance of', 'looking ahead to', 'counting down to',
];

/** Progressive verbs of looking into what happened: "police are investigating a shooting on Sunday" looks back. */
export const RETROSPECTIVE_PROGRESSIVES: readonly string[] = [
  'investigating', 'probing', 'examining', 'reviewing', 'mourning', 'recovering', 'assessing', 'questioning', 'condemning', 'denouncing',
  'blaming', 'criticising', 'criticizing', 'analysing', 'analyzing', 'reporting', 'describing', 'recalling', 'remembering', 'disputing',
];

/**
 * Words that may stand between a present "is"/"are" and the date it is said of ("the deadline is Thursday", "the
 * rally is on Saturday", "a verdict is likely on Friday"): a date stated as what something present is lies ahead.
 */
export const COPULA_COMPLEMENT_WORDS: readonly string[] = [
  'on', 'in', 'for', 'at', 'now', 'still', 'also', 'again', 'due', 'set', 'slated', 'scheduled', 'likely', 'expected', 'planned', 'not',
  'until', 'till', 'through', 'by', 'from', 'starting', 'next',
  // states a day is said to have ("the office is open on Saturday")
  'open', 'shut', 'free', 'available', 'off', 'away', 'back', 'busy',
];

/** Past participles of putting something off: "postponed until Friday" names a date still ahead. */
export const DEFERRAL_WORDS: readonly string[] = [
  'postponed', 'delayed', 'adjourned', 'deferred', 'extended', 'rescheduled', 'moved', 'pushed', 'put', 'suspended', 'shifted', 'halted', 'paused',
];

/** Determiners: a word after one is a noun ("a plan to dredge", "the vote on Monday"). */
export const DETERMINERS: readonly string[] = ['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those'];

/** Words before a bare verb that show it is not a finite present ("did not meet", "a vote"). */
export const NOT_FINITE_BEFORE: readonly string[] = [
  'did', 'didn', "didn't", 'didn’t', 'not', 'never', 'could', 'would', 'should', 'might', 'must', 'can', 'cannot', 'may', 'to',
  'will', 'shall', "'ll", '’ll', "'s", '’s', 'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'next', 'last', 'first', 'final',
];

/**
 * A future seen from the past ("said it would vote on Monday") or a possibility ("could meet as early as
 * Tuesday"): a weekday is the next one, a month the nearest.
 */
export const PROSPECTIVE_MARKERS: readonly string[] = ['would', "'d", '’d', 'could'];

/**
 * Present modals: what they govern lies ahead ("must reach a deal by March 2", "may raise rates in June"),
 * unless "have" follows ("may have met in June"), which looks back.
 */
export const PRESENT_MODALS: readonly string[] = ['may', 'might', 'should', 'can', 'must', 'cannot', "can't", 'can’t'];

/** Auxiliaries of the present perfect: the participle after them reports something done ("have met in May"). */
export const PERFECT_AUXILIARIES: readonly string[] = ['has', 'have', "'ve", '’ve'];

/** Finite present-tense verbs and auxiliaries common in news. */
export const PRESENT_VERBS: readonly string[] = [
  'is', 'are', 'am', "'re", '’re', 'has', 'have', "'ve", '’ve', 'does', 'do', 'says', 'thinks', 'believes',
  'wants', 'needs', 'remains', 'continues', 'seeks', 'runs', 'includes', 'looks',
];

/** Past-tense auxiliaries and simple-past forms that do not end in -ed. */
export const PAST_VERBS: readonly string[] = [
  'was', 'were', 'had', 'did', 'said', 'told', 'went', 'came', 'made', 'took', 'gave', 'found', 'thought',
  'knew', 'saw', 'got', 'left', 'felt', 'kept', 'began', 'brought', 'held', 'stood', 'met', 'ran', 'lost', 'won',
  'paid', 'sent', 'spent', 'built', 'fell', 'led', 'wrote', 'spoke', 'chose', 'became', 'broke', 'fought', 'sought',
  'taught', 'caught', 'bought', 'rose', 'drove', 'threw', 'grew', 'flew', 'drew', 'forgot', 'hid', 'meant', 'sold',
  'struck', 'swore', 'wore', 'understood', 'withdrew', 'shook', 'sat', 'slept', 'hung', 'shot', 'fled', 'dealt', 'laid',
  'arose', 'bore', 'blew', 'fed', 'heard', 'overtook', 'undertook', 'upheld', 'sank', 'sang', 'stole', 'swept', 'wept',
  'woke', 'froze', 'forbade', 'forgave', 'foresaw', 'mistook', 'oversaw', 'rode', 'rang', 'spun', 'stuck', 'tore',
];

/** Auxiliaries after which an -ed form is a participle, so the auxiliary sets the tense. */
export const PARTICIPLE_AUXILIARIES: readonly string[] = [
  'has', 'have', "'ve", '’ve', 'had', "'d", '’d', 'is', 'are', "'re", '’re', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s',
  // linking verbs: "will remain closed until Wednesday" is no past
  'remain', 'remains', 'remained', 'stay', 'stays', 'stayed', 'become', 'becomes', 'seem', 'seems', 'seemed',
];

/** Present forms of "be": before an -ing verb they make the present progressive, which news uses for plans. */
export const PRESENT_BE: readonly string[] = ['is', 'are', 'am', "'re", '’re', "'s", '’s'];

/** Verbs whose simple past is the present ("storms hit the coast on Monday"): they show no tense on their own. */
export const SAME_PAST_FORMS: readonly string[] = [
  'hit', 'cut', 'put', 'set', 'shut', 'let', 'cost', 'quit', 'spread', 'beat', 'bet', 'bid', 'burst', 'cast', 'hurt', 'split', 'shed',
  'thrust', 'upset', 'read', 'broadcast', 'forecast', 'rid', 'slit', 'spit', 'offset', 'outbid', 'reset', 'recast', 'overran',
];

/** Words ending in -ed that are not verbs in the past. */
export const NOT_PAST_ED: readonly string[] = [
  'need', 'needed', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'bred', 'hundred', 'indeed', 'creed', 'greed', 'weed',
  'breed', 'proceed', 'succeed', 'exceed', 'united', 'sacred', 'wicked', 'naked', 'ragged', 'rugged', 'aged', 'based',
  'so-called', 'alleged', 'armed', 'detailed', 'limited', 'advanced', 'interested', 'concerned', 'married', 'scared',
  'related', 'expected', 'planned', 'scheduled', 'proposed', 'intended', 'supposed', 'used',
];
