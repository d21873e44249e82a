/**
 * Nouns for an unnamed source ("a senior official", "the spokesman", "a spokeswoman for the ministry"). A phrase
 * headed by one of them stays the speaker as written: it is someone the article does not name, not the person
 * last in focus nor the organisation they speak for. Lower case, singular and plural.
 */
export const ANONYMOUS_ROLE_NOUNS: readonly string[] = [
  'spokesman', 'spokesmen', 'spokeswoman', 'spokeswomen', 'spokesperson', 'spokespeople', 'official', 'officials',
  'source', 'sources', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'insider', 'insiders',
  'diplomat', 'diplomats', 'analyst', 'analysts', 'expert', 'experts', 'witness', 'witnesses', 'resident',
  'residents', 'staffer', 'staffers', 'employee', 'employees', 'worker', 'workers', 'observer', 'observers',
  'investigator', 'investigators', 'negotiator', 'negotiators', 'strategist', 'strategists', 'operative',
  'operatives', 'person', 'people',
  // people met in the news by what they do or went through ("a hospital nurse", "a relative of one passenger")
  'pilot', 'pilots', 'doctor', 'doctors', 'nurse', 'nurses', 'officer', 'officers', 'passenger', 'passengers',
  'survivor', 'survivors', 'relative', 'relatives', 'neighbour', 'neighbours', 'neighbor', 'neighbors', 'engineer',
  'engineers', 'rescuer', 'rescuers', 'firefighter', 'firefighters', 'volunteer', 'volunteers', 'scientist',
  'scientists', 'researcher', 'researchers', 'teacher', 'teachers', 'student', 'students', 'searcher', 'searchers',
  // the public a reporter stops for a word ("one fan", "a shopper in Tarn", "protesters outside the court")
  'fan', 'fans', 'shopper', 'shoppers', 'voter', 'voters', 'protester', 'protesters', 'demonstrator', 'demonstrators',
  'villager', 'villagers', 'commuter', 'commuters',
  // groups of people at work, named by the group ("search personnel", "rescue crews")
  'personnel', 'crew', 'crews', 'fishermen', 'fisherman',
];

/** Words that may open such a phrase: articles and vague quantities ("two officials", "several aides"). */
export const ANONYMOUS_DETERMINERS: readonly string[] = [
  'a', 'an', 'the', 'another', 'one', 'two', 'three', 'four', 'several', 'some', 'many', 'other', 'few',
];
