/**
 * Adverbs that hedge or time a question without naming what it asks ("how many jets is X *still* getting",
 * "who has been there *most often*"): an answer's sentence need not repeat them. Lower case.
 */
export const HEDGE_ADVERBS: readonly string[] = [
  'already', 'still', 'yet', 'ever', 'now', 'just', 'even', 'also', 'too', 'really', 'actually', 'indeed', 'again',
  'currently', 'recently', 'finally', 'eventually', 'ultimately', 'originally', 'initially', 'first', 'overall',
  'often', 'usually', 'generally', 'typically', 'apparently', 'supposedly', 'reportedly', 'allegedly', 'officially',
  'basically', 'certainly', 'definitely', 'clearly', 'obviously', 'exactly', 'precisely', 'roughly', 'approximately',
  'anymore', 'anyway', 'though', 'far', 'altogether', 'together',
];
