/**
 * Words a chat statement may use for the article's word, for checking claims only: looser than the synonym
 * classes the index and question answering use (a question should not find "spend" for "pay"), but what a reader
 * accepts as the same claim ("quit" for "resigned", "put up" for "provided"). Base forms, lower case; a phrase
 * counts by its first word.
 */
export const PARAPHRASE_CLASSES: readonly (readonly string[])[] = [
  ['quit', 'resign', 'resignation', 'step down'],
  ['provide', 'put up', 'supply', 'fund', 'finance', 'contribute'],
  ['attempt', 'bid', 'try', 'effort'],
  ['normal', 'regular', 'usual', 'ordinary'],
  ['trade', 'commerce'],
  ['publish', 'release', 'disclose', 'post'],
  ['pay', 'dispense', 'disburse', 'spend'],
  ['secure', 'obtain', 'win', 'get'],
  ['government', 'govt', 'gov'],
  ['postpone', 'delay', 'defer', 'push', 'put off'],
  ['disappear', 'vanish'],
  ['poor', 'bad'],
  ['introduce', 'start', 'launch', 'debut'],
  ['eventually', 'finally', 'ultimately'],
  ['worthless', 'valueless', 'useless'],
  ['deal', 'agreement', 'settlement', 'settle', 'accord'],
  ['belong', 'part'],
  ['premises', 'campus', 'grounds'],
  ['meet', 'hit', 'reach'],
  ['admit', 'let', 'allow'],
  ['drill', 'exercise', 'maneuver', 'manoeuvre'],
  ['carry', 'aboard', 'board'],
  ['tweet', 'twitter'],
  ['gather', 'collect'],
  ['intelligence', 'intel'],
  ['play', 'portray', 'star'],
  ['complete', 'completely', 'fully', 'entirely'],
  ['foot', 'feet'],
];
