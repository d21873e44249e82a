import { DEMONYMS, PARTY_ADJECTIVES } from '../lexicon/demonyms';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs';
import { HONORIFICS, ROLE_TITLES, TITLE_ABBREVIATIONS } from '../lexicon/titles';
import { isStopword } from '../store/terms';

/** Words a text puts right before an actor's name: titles and roles ("opposition chief", "President"). */
const LEAD_IN_WORDS = 4;

/**
 * Punctuation that ends a phrase; the dot of a title's abbreviation ("Detective Lt. Jane Roe", "Gov. Tom Varley")
 * does not.
 */
const PHRASE_END = new RegExp(`(?<!\\b(?:${[...Object.keys(TITLE_ABBREVIATIONS), ...HONORIFICS].join('|')}))\\.|[,;:!?"“”()\\n–—]`, 'i');

/** Up to a few words before an offset, stopping at punctuation that ends a phrase. */
export function leadIn(text: string, offset: number): string {
  const before = text.slice(Math.max(0, offset - 80), offset);
  const phrase = before.split(PHRASE_END).pop() ?? '';
  return phrase.trim().split(/\s+/).slice(-LEAD_IN_WORDS).join(' ');
}

/** A role written right before a name: "lawyer and activist Jane …", "French President Emmanuel …". */
export function titleBefore(text: string, nameStart: number): string | null {
  const before = leadIn(text, nameStart);
  const words = before.split(' ').filter(Boolean);
  // keep the trailing run of words that can be a title: capitalised titles, demonyms and lower-case role nouns
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (isStopword(w) && w !== 'and') break;
    // "… Robin Cook said Lord X": a verb before the name ends the title
    if (isVerbForm(w)) break;
    if (/^(?:by|with|from|to|that|after|before|when|as)$/i.test(w)) break;
    kept.unshift(w);
  }
  while (kept[0] === 'and') kept.shift();
  if (kept.length === 0 || kept.some((w) => /\d/.test(w))) return null;
  if (kept.every((w) => HONORIFIC_WORDS.has(w.toLowerCase().replace(/\.$/, '')))) return null; // "Mr" is part of a name, not a role
  // a capitalised word right before the name that is no title, demonym or party is a first name: "Tony Blair"
  const last = kept[kept.length - 1]!;
  if (/^\p{Lu}/u.test(last) && !TITLE_WORDS.has(last.toLowerCase().replace(/\.$/, ''))) return null;
  const title = kept.join(' ');
  // a dash or a quote mark before a name ("… .” ― Jane Roe") is no title
  if (!/\p{L}/u.test(title)) return null;
  // a bare verb or adverb before the name is not a role
  if (kept.length === 1 && /(?:ed|ly|s|ing)$/.test(title) && /^\p{Ll}/u.test(title)) return null;
  return title;
}

const HONORIFIC_WORDS = new Set(HONORIFICS);
const TITLE_WORDS = new Set([...ROLE_TITLES, ...HONORIFICS, ...Object.keys(TITLE_ABBREVIATIONS), ...DEMONYMS.map((d) => d.toLowerCase()), ...PARTY_ADJECTIVES]);

const VERB_FORMS = new Set(IRREGULAR_VERBS.flatMap((forms) => forms.slice(1)));

/** A past or third-person verb form ("said", "told", "claimed", "says"): never part of a title. */
function isVerbForm(word: string): boolean {
  const w = word.toLowerCase();
  return /^\p{Ll}/u.test(word) && (VERB_FORMS.has(w) || /ed$/.test(w) || ['says', 'tells', 'adds', 'claims', 'notes'].includes(w));
}

