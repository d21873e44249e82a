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
  ['publish', 'release', 'disclose'],
  ['pay', 'dispense', 'disburse', 'spend'],
  ['secure', 'obtain', 'win', 'get'],
  ['government', 'govt', 'gov'],
];
