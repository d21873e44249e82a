/**
 * Chat shorthand users type in questions ("how many ppl", "what did the govt say"), with the word it stands for.
 * Lower case; matched as whole words.
 */
export const CHAT_SHORTHAND: Readonly<Record<string, string>> = {
  ppl: 'people',
  govt: 'government',
  gov: 'government',
  pres: 'president',
  pm: 'prime minister',
  abt: 'about',
  bc: 'because',
  cuz: 'because',
  thru: 'through',
  w: 'with',
  yr: 'year',
  yrs: 'years',
  mil: 'million',
  bn: 'billion',
  ur: 'your',
  r: 'are',
  u: 'you',
  msg: 'message',
  intl: 'international',
  dept: 'department',
  org: 'organisation',
  // question words typed short
  wat: 'what',
  wut: 'what',
  wen: 'when',
};
