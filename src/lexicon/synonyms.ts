/**
 * Words a reader uses interchangeably when asking about news, grouped into classes. A question and an article
 * sentence match when their words fall in the same class, so "Who was detained?" finds "police arrested …" and a
 * plain question meets a paraphrased article ("military" / "navy", "join" / "hitch", "support" / "help").
 * Words are base forms (verbs uninflected, nouns singular); the first word of a class names it.
 */
export const SYNONYM_CLASSES: readonly (readonly string[])[] = [
  // saying: plain and spun attribution verbs mean the same to a reader
  ['say', 'tell', 'state', 'advise', 'claim', 'add', 'remark', 'declare', 'comment', 'note', 'speak', 'talk', 'quote', 'explain', 'insist', 'assert', 'announce', 'mention', 'interview', 'statement', 'remarks', 'conversation'],
  ['according', 'response', 'accordance'],
  ['ask', 'request', 'urge', 'call'],
  ['warn', 'caution'],
  ['deny', 'reject', 'dismiss'],
  ['believe', 'think', 'reckon', 'feel'],
  ['fear', 'worry', 'concern', 'afraid', 'scared', 'frightened', 'anxious', 'dread'],
  ['hope', 'wish', 'want', 'aspire', 'desire', 'need', 'seek'],
  ['arrest', 'detain', 'capture', 'apprehend', 'seize'],
  ['kill', 'die', 'dead', 'death', 'slay', 'fatality'],
  ['injure', 'wound', 'hurt'],
  ['attack', 'strike', 'assault', 'raid'],
  ['war', 'conflict', 'battle', 'fight', 'combat', 'fighting', 'warfare', 'hostility'],
  ['invade', 'invasion', 'incursion'],
  ['army', 'military', 'navy', 'troop', 'force', 'armed', 'soldier', 'defence', 'defense'],
  ['fighter', 'combatant', 'volunteer', 'militant', 'recruit'],
  ['join', 'hitch', 'enlist', 'enrol', 'enroll', 'sign'],
  ['lead', 'head', 'command', 'run', 'chief', 'leader', 'boss', 'charge'],
  ['compel', 'force', 'oblige', 'coerce', 'make'],
  ['rule', 'govern', 'reign', 'regime', 'power', 'president', 'presidency', 'tenure', 'office', 'charge'],
  ['reporter', 'journalist', 'correspondent', 'press'],
  ['support', 'help', 'backing', 'aid', 'assist', 'assistance', 'back'],
  ['thank', 'praise', 'credit', 'gratitude'],
  ['punish', 'sanction', 'penalise', 'penalize', 'penalty'],
  ['order', 'command', 'direct', 'instruct', 'send', 'dispatch', 'deploy'],
  ['flee', 'escape', 'exile', 'leave', 'emigrate'],
  ['live', 'reside', 'dwell', 'inhabit', 'base', 'home'],
  ['train', 'training', 'coach', 'coaching', 'drill', 'practice', 'practise', 'study', 'learn', 'exercise'],
  ['crackdown', 'crack', 'repress', 'repression', 'suppress', 'suppression', 'clampdown', 'clamp'],
  ['protest', 'protester', 'protestor', 'demonstration', 'demonstrator', 'rally', 'uprising', 'unrest'],
  ['election', 'vote', 'poll', 'ballot'],
  ['fraud', 'rig', 'rigging', 'cheat', 'falsify', 'falsification'],
  ['hack', 'cyberattack', 'breach'],
  ['damage', 'sever', 'cut', 'sabotage', 'destroy', 'disrupt', 'wreck'],
  ['railway', 'railroad', 'rail', 'train line'],
  ['company', 'firm', 'corporation', 'business', 'establishment', 'institution', 'agency'],
  ['news', 'information', 'media'],
  ['age', 'old', 'aged', 'year-old'],
  ['range', 'vary', 'span'],
  ['profession', 'job', 'occupation', 'work', 'career', 'role', 'title', 'position', 'function'],
  ['remorse', 'regret', 'repentance', 'contrition'],
  ['ally', 'partner', 'friend'],
  ['opposition', 'resistance'],
  ['country', 'nation', 'state', 'land'],
  ['border', 'frontier', 'boundary'],
  ['man', 'male', 'men', 'people', 'person', 'guy'],
  ['group', 'unit', 'battalion', 'team', 'band', 'brigade', 'gaggle'],
  ['weapon', 'gun', 'rifle', 'arm', 'arms', 'firearm', 'pistol', 'kalashnikov', 'carbine'],
  ['free', 'liberate', 'freedom', 'liberation'],
  ['defeat', 'beat', 'lose', 'loss', 'loses'],
  ['win', 'victory', 'triumph', 'prevail'],
  ['overthrow', 'topple', 'oust', 'remove', 'unseat'],
  ['begin', 'start', 'launch', 'commence', 'outbreak'],
  ['missile', 'rocket', 'projectile'],
  ['shoot', 'intercept'],
  ['plane', 'aircraft', 'jet'],
  ['dictator', 'autocrat', 'strongman', 'despot', 'tyrant'],
  ['threat', 'risk', 'danger'],
  ['destabilise', 'destabilize', 'undermine', 'weaken'],
  ['experience', 'expertise', 'skill'],
  ['admit', 'accept', 'admission', 'allow'],
  ['use', 'used', 'utilise', 'utilize', 'employ', 'exploit'], // "used" is too short for the stemmer
  ['regroup', 'redeploy', 'retreat', 'withdraw'],
];

/**
 * Kinds of one thing, the first word naming it: each member matches the kind ("What jobs do they have?" meets
 * "a rock musician and an electrician"), but members are not synonyms of each other (the electrician is not the
 * restaurateur), so lookups that need a synonym leave these out.
 */
export const KIND_CLASSES: readonly (readonly string[])[] = [
  ['profession', 'musician', 'electrician', 'player', 'teacher', 'doctor', 'nurse', 'engineer', 'lawyer', 'farmer',
    'driver', 'journalist', 'programmer', 'plumber', 'carpenter', 'mechanic', 'builder', 'accountant', 'chef',
    'cook', 'waiter', 'pilot', 'miner', 'artist', 'singer', 'writer', 'businessman', 'entrepreneur', 'restaurateur',
    'student', 'professor', 'economist', 'photographer', 'shopkeeper'],
];
