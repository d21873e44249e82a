import type { StoreIndex } from '../store/indices';
import { fold } from '../store/terms';
import { TITLE_INITIALS } from '../lexicon/titles';

/**
 * "How much did the DEA seize?" of articles that only write "the Drug Enforcement Administration": an acronym the
 * articles never write, spelt out as the one name they give whose capitalised words' initials spell it. An
 * acronym several names spell, or none, is left as typed (an outside name the question brings in). A title's
 * initials ("CEO") are spelt out as the title's words where the articles write those and not the initials.
 */
export function spelledOut(index: StoreIndex, question: string): string {
  // "who is the ceo": a title's initials, where the articles write the title's words instead
  const titled = question.replace(TITLE_INITIAL, (word) => {
    const words = TITLE_INITIALS[word.toLowerCase()]!;
    return !index.surface.has(fold(word)) && words.split(' ').every((w) => index.surface.has(w)) ? words : word;
  });
  return titled.replace(ACRONYM, (word) => {
    if (index.surface.has(fold(word))) return word;
    const names = namesByInitials(index).get(word);
    return names && names.size === 1 ? [...names][0]! : word;
  });
}

const TITLE_INITIAL = new RegExp(`\\b(?:${Object.keys(TITLE_INITIALS).join('|')})\\b`, 'gi');

/** Two to five capitals, as typed in a question ("UN", "RNC", "NAACP"). */
const ACRONYM = /\b\p{Lu}{2,5}\b/gu;
/** Words a name's initials pass over ("Bank *of* Norland", "*the* Lerno Party"). */
const CONNECTORS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', '&']);

const BY_INITIALS = new WeakMap<StoreIndex, Map<string, Set<string>>>();

function namesByInitials(index: StoreIndex): Map<string, Set<string>> {
  let map = BY_INITIALS.get(index);
  if (map) return map;
  map = new Map();
  for (const actor of index.actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const words = name.split(/\s+/).filter((w) => !CONNECTORS.has(w.toLowerCase()));
      // an acronym stands for a name of two words or more, each capitalised
      if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) continue;
      const initials = words.map((w) => w[0]).join('');
      const names = map.get(initials) ?? new Set<string>();
      names.add(name);
      map.set(initials, names);
    }
  }
  BY_INITIALS.set(index, map);
  return map;
}
