/**
 * Words that show the tense of a clause, so that a date without a year or week ("in June", "on Monday")
 * can be placed before or after the time of writing. Lower case.
 */

/** Markers of a future clause. "to" after these ("due to", "set to") is checked by the reader. */
export const FUTURE_MARKERS: readonly string[] = ['will', "'ll", '’ll', 'shall', "won't", 'won’t', 'upcoming', 'next'];

/** Words that make a future clause when followed by "to" ("is going to", "is due to", "plans to"). */
export const FUTURE_BEFORE_TO: readonly string[] = ['going', 'due', 'scheduled', 'slated', 'set', 'expected', 'plans', 'plan', 'intends', 'aims', 'hopes'];

/** A future seen from the past ("said it would vote on Monday"): the date is as likely ahead as behind. */
export const PROSPECTIVE_MARKERS: readonly string[] = ['would', "'d", '’d'];

/** Finite present-tense verbs and auxiliaries common in news. */
export const PRESENT_VERBS: readonly string[] = [
  'is', 'are', 'am', 'has', 'have', 'does', 'do', 'can', 'may', 'must', 'should', 'says', 'thinks', 'believes',
  'expects', 'wants', 'needs', 'remains', 'continues', 'seeks', 'runs', 'includes', 'looks',
];

/** Past-tense auxiliaries and simple-past forms that do not end in -ed. */
export const PAST_VERBS: readonly string[] = [
  'was', 'were', 'had', 'did', 'could', 'said', 'told', 'went', 'came', 'made', 'took', 'gave', 'found', 'thought',
  'knew', 'saw', 'got', 'left', 'felt', 'kept', 'began', 'brought', 'held', 'stood', 'met', 'ran', 'lost', 'won',
  'paid', 'sent', 'spent', 'built', 'fell', 'led', 'wrote', 'spoke', 'chose', 'became', 'broke', 'fought', 'sought',
  'taught', 'caught', 'bought', 'rose', 'drove', 'threw', 'grew', 'flew', 'drew', 'forgot', 'hid', 'meant', 'sold',
  'struck', 'swore', 'wore', 'understood', 'withdrew', 'shook', 'sat', 'slept', 'hung', 'shot', 'fled', 'dealt', 'laid',
  'arose', 'bore', 'blew', 'fed', 'heard', 'overtook', 'undertook', 'upheld', 'sank', 'sang', 'stole', 'swept', 'wept',
  'woke', 'froze', 'forbade', 'forgave', 'foresaw', 'mistook', 'oversaw', 'rode', 'rang', 'spun', 'stuck', 'tore',
];

/** Auxiliaries after which an -ed form is a participle, so the auxiliary sets the tense. */
export const PARTICIPLE_AUXILIARIES: readonly string[] = ['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", '’s'];

/** Words ending in -ed that are not verbs in the past. */
export const NOT_PAST_ED: readonly string[] = [
  'need', 'needed', 'speed', 'seed', 'feed', 'bed', 'red', 'shed', 'bred', 'hundred', 'indeed', 'creed', 'greed', 'weed',
  'breed', 'proceed', 'succeed', 'exceed', 'united', 'sacred', 'wicked', 'naked', 'ragged', 'rugged', 'aged', 'based',
  'so-called', 'alleged', 'armed', 'detailed', 'limited', 'advanced', 'interested', 'concerned', 'married', 'scared',
  'related', 'expected', 'planned', 'scheduled', 'proposed', 'intended', 'supposed', 'used',
];
