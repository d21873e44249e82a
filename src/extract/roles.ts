import { ANONYMOUS_DETERMINERS, ANONYMOUS_ROLE_NOUNS } from '../lexicon/roles';
import { baseForms, relativesOf } from '../lexicon/wordnet';

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

/** Words that open one unnamed individual ("one customer", "a fishmonger from Tarn"). */
const ONE_INDIVIDUAL = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)(?=$|[\s,])/u;
const AFTER_HEAD = new Set(['in', 'from', 'at', 'of', 'outside', 'near', 'with', 'who', 'whose']);
/** How far up WordNet's broader terms a noun is followed to meet "person": a fishmonger is a merchant, a merchant a businessperson, … */
const MAX_PERSON_DEPTH = 10;
/** Nouns already looked up: kept bounded, as WordNet's own cache is. */
const MAX_PERSON_NOUNS = 2_000;
const personNouns = new Map<string, boolean>();

/**
 * "One season-ticket holder put it simply: “…”": an indefinite singular phrase whose head noun WordNet files under
 * "person" is one unnamed individual, whatever the role lexicon lists ("a report", "one company" are not).
 */
export function isUnnamedIndividual(phrase: string): boolean {
  const m = ONE_INDIVIDUAL.exec(phrase.trim());
  if (!m) return false;
  const words = m[1]!.split(/\s+/);
  const stop = words.findIndex((w) => AFTER_HEAD.has(w));
  const head = (stop < 0 ? words : words.slice(0, stop)).pop();
  return head !== undefined && (!head.endsWith('s') || head.endsWith('ss')) && isPersonNoun(head);
}

/**
 * "witnesses", "local fishermen", "search personnel": is the word (singular or plural) a noun for people, by the
 * role lexicon or by WordNet filing its base form under "person"?
 */
export function isPeopleNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (ROLES.has(lower)) return true;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word)) return false;
  return (baseForms(lower, 'noun')[0] ?? lower) !== lower ? isPersonNoun(baseForms(lower, 'noun')[0]!) : isPersonNoun(lower);
}

/** Does a noun's commonest sense (two for the word itself, one for each broader term) lead up to "person"? */
function isPersonNoun(noun: string): boolean {
  const known = personNouns.get(noun);
  if (known !== undefined) return known;
  let layer = [noun];
  const seen = new Set(layer);
  let found = false;
  for (let depth = 0; depth < MAX_PERSON_DEPTH && layer.length && !found; depth++) {
    const next: string[] = [];
    for (const w of layer) {
      for (const b of relativesOf(w, { classes: ['noun'], senses: depth === 0 ? 2 : 1 }).broader) {
        if (b === 'person') found = true;
        else if (!seen.has(b)) {
          seen.add(b);
          next.push(b);
        }
      }
    }
    layer = next;
  }
  if (personNouns.size >= MAX_PERSON_NOUNS) personNouns.clear();
  personNouns.set(noun, found);
  return found;
}
