import { ANONYMOUS_DETERMINERS, ANONYMOUS_ROLE_NOUNS } from '../lexicon/roles';

const ROLES = new Set(ANONYMOUS_ROLE_NOUNS);
const OPENERS = new Set(ANONYMOUS_DETERMINERS);
/** Prepositions that attach the organisation a source speaks for ("a spokesman for the ministry"). */
const ATTACHING = new Set(['for', 'of', 'from', 'at', 'with', 'in', 'close', 'to', 'familiar']);

/**
 * Is the phrase an unnamed source: an opener or lower-case modifiers, a role noun, then nothing or the body it
 * speaks for? "a senior official", "the spokesman", "two officials from the ministry", "a White House aide"
 * are; "Acme spokesman John Roe" (a name follows) and "Deputy Spokesman Lee" are not.
 */
export function isAnonymousRole(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  const head = words.findIndex((w) => ROLES.has(w.toLowerCase()));
  if (head < 0 || head > 4) return false;
  const before = words.slice(0, head);
  const opened = before.length > 0 && OPENERS.has(before[0]!.toLowerCase());
  // capitalised modifiers after an opener ("a White House aide") or naming the body alone ("Kesh Radio sources",
  // "Kremlin officials"); never a capitalised title before lower-case words
  const body = before.length > 0 && before.every((w) => /^\p{Lu}/u.test(w));
  if (!opened && !body && before.some((w) => /^\p{Lu}/u.test(w))) return false;
  if (!opened && head === 0 && /^\p{Lu}/u.test(words[0]!) && words.length > 1 && /^\p{Lu}/u.test(words[1]!)) return false;
  const after = words.slice(head + 1);
  return after.length === 0 || ATTACHING.has(after[0]!.toLowerCase());
}

/** Plural role nouns that do not end in "s". */
const IRREGULAR_PLURALS = new Set(['spokesmen', 'spokeswomen', 'spokespeople', 'people']);

/** "a source close to the inquiry", "the pilot": an unnamed source who is one person, whom a later "he"/"she" may be. */
export function isOneAnonymousPerson(phrase: string): boolean {
  if (!isAnonymousRole(phrase)) return false;
  const head = phrase.trim().split(/\s+/).find((w) => ROLES.has(w.toLowerCase()))!.toLowerCase();
  return !IRREGULAR_PLURALS.has(head) && (!head.endsWith('s') || head.endsWith('ss'));
}
