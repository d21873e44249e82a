/**
 * Given names that are also ordinary English words ("Robin", "Will", "Frank"). The dictionary reads them as
 * words, so a capitalised run of two such words ("Rusty Bell") would look like a phrase; a run that opens
 * with one of these is a person's name. Lower case. Month names are left out: dates claim them first.
 */
export const GIVEN_NAMES_THAT_ARE_WORDS: readonly string[] = [
  'robin', 'will', 'bill', 'rose', 'hope', 'frank', 'ray', 'dawn', 'penny', 'joy', 'faith', 'rich', 'art', 'jay',
  'jean', 'gene', 'max', 'dick', 'rod', 'dean', 'holly', 'daisy', 'lily', 'ruby', 'crystal', 'pearl', 'olive',
  'violet', 'hazel', 'jasmine', 'rusty', 'sandy', 'miles', 'rex', 'guy', 'kitty', 'bud', 'jade', 'cliff', 'chip',
  'misty', 'melody',
];
