import { COUNTRY_ABBREVIATIONS, COUNTRY_ALIASES } from '../../lexicon/countries';
import { UMLAUT_SPELLINGS } from '../../lexicon/transliteration';
import type { ActorType } from '../types';
import { type Candidate, textOf } from './candidates';
import type { Token } from './tokens';
import { isAcronym, isFirstName, isFunctionWord, isInstitution, isKnownPlace, isOrgHead, isOrgSuffix, isPlaceSuffix } from './words';

/** The candidates that name one actor, with every form they are written in. */
export interface Cluster {
  type: ActorType | null;
  candidates: Candidate[];
  /** Name forms without honorifics ("Ilse Marrow", "Marrow"). */
  cores: string[];
  /** A short form shared with other clusters ("Clinton" for two Clintons): mentions pick the nearest. */
  shared: string[];
}

const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', 'de', 'du', 'des', 'la', 'le']);
const isInitial = (t: Token) => /^(\p{Lu}\.)+$/u.test(t.text);
/** A person's name words without initials: "Donald J. Trump" and "Donald Trump" are the same person. */
const personWords = (tokens: Token[]) => tokens.filter((t) => !isInitial(t)).map((t) => t.text);
const bare = (form: string) => form.replace(/\./g, '');

/** Groups candidates into actors: the same name, a surname, a name without its suffix, an acronym, a country's other name. */
export function clusterCandidates(candidates: Candidate[]): Cluster[] {
  const byCore = new Map<string, Cluster>();
  for (const c of candidates) {
    const core = textOf(c.name);
    const k = isAcronym(core) || isKnownPlace(core) ? bare(core) : core;
    let cl = byCore.get(k);
    if (!cl) byCore.set(k, (cl = { type: null, candidates: [], cores: [], shared: [] }));
    cl.candidates.push(c);
    if (!cl.cores.includes(core)) cl.cores.push(core);
  }
  const clusters = [...byCore.values()];
  for (const cl of clusters) cl.type = voteType(cl.candidates);

  const alive = new Set(clusters);
  const absorb = (into: Cluster, from: Cluster) => {
    into.candidates.push(...from.candidates);
    for (const f of from.cores) if (!into.cores.includes(f)) into.cores.push(f);
    alive.delete(from);
  };

  mergeCountryNames(clusters, alive, absorb);
  mergeAcronyms(clusters, alive, absorb);
  mergePeople(clusters, alive, absorb);
  mergeFamilyNamesFirst(clusters, alive, absorb);
  mergeSpellings(clusters, alive, absorb);
  mergeShortOrgForms(clusters, alive, absorb);

  for (const cl of alive) {
    if (cl.type !== null) continue;
    if (cl.candidates.every((c) => c.common)) alive.delete(cl); // an English word that never joined a name
  }
  return clusters.filter((cl) => alive.has(cl));
}

function voteType(candidates: Candidate[]): ActorType | null {
  const counts = new Map<ActorType, number>();
  for (const c of candidates) if (c.type) counts.set(c.type, (counts.get(c.type) ?? 0) + (c.titled ? 3 : 1));
  let best: ActorType | null = null;
  for (const [t, n] of counts) if (best === null || n > counts.get(best)!) best = t;
  return best;
}

type Absorb = (into: Cluster, from: Cluster) => void;
const tokensOf = (cl: Cluster) => cl.candidates[0]!.name;

function mergeCountryNames(clusters: Cluster[], alive: Set<Cluster>, absorb: Absorb): void {
  const groupOf = new Map<string, number>();
  COUNTRY_ALIASES.forEach((names, i) => names.forEach((n) => groupOf.set(bare(n).toLowerCase(), i)));
  for (const [abbr, country] of Object.entries(COUNTRY_ABBREVIATIONS)) {
    const g = groupOf.get(country.toLowerCase());
    if (g !== undefined && !groupOf.has(abbr.toLowerCase())) groupOf.set(abbr.toLowerCase(), g);
  }
  const first = new Map<number, Cluster>();
  for (const cl of clusters) {
    if (!alive.has(cl) || cl.type !== 'place') continue;
    const g = groupOf.get(bare(cl.cores[0]!).toLowerCase());
    if (g === undefined) continue;
    const into = first.get(g);
    if (into) absorb(into, cl);
    else first.set(g, cl);
  }
}

/** "IMF" with "International Monetary Fund": the acronym spells the capitalised words' initials. */
function mergeAcronyms(clusters: Cluster[], alive: Set<Cluster>, absorb: Absorb): void {
  const byInitials = groupBy(
    clusters.filter((cl) => tokensOf(cl).length > 1 && cl.type !== 'person'),
    (cl) => [initials(tokensOf(cl))],
  );
  for (const cl of clusters) {
    if (!alive.has(cl) || tokensOf(cl).length !== 1 || !isAcronym(cl.cores[0]!)) continue;
    const target = byInitials.get(bare(cl.cores[0]!))?.find((l) => alive.has(l));
    if (target) absorb(target, cl);
  }
}

function initials(tokens: Token[]): string {
  return tokens
    .filter((t) => !CONNECTORS.has(t.text) && !isOrgHead(t.text))
    .map((t) => t.text[0])
    .join('')
    .toUpperCase();
}

/** "Marrow" with "Ilse Marrow"; "Donald Trump" with "Donald J. Trump". A surname two people share is shared. */
function mergePeople(clusters: Cluster[], alive: Set<Cluster>, absorb: Absorb): void {
  const wordsOf = new Map(clusters.map((cl) => [cl, personWords(tokensOf(cl))]));
  const people = clusters
    .filter((cl) => cl.type === 'person' && wordsOf.get(cl)!.length > 1)
    .sort((a, b) => tokensOf(b).length - tokensOf(a).length);
  // a shorter form ends with the fuller name's last word: only people sharing it are compared
  const bySurname = groupBy(people, (p) => [wordsOf.get(p)!.at(-1)!]);
  for (const cl of clusters) {
    // "Bedford" after "Tom Bedford": a surname the dictionary also knows as some town, but no gazetteer place
    const townSurname = cl.type === 'place' && tokensOf(cl).length === 1 && !isKnownPlace(cl.cores[0]!);
    if (!alive.has(cl) || (cl.type !== null && cl.type !== 'person' && !townSurname)) continue;
    const words = wordsOf.get(cl)!;
    const fuller = (bySurname.get(words.at(-1) ?? '') ?? []).filter((p) => p !== cl && alive.has(p) && isShorterForm(words, wordsOf.get(p)!, tokensOf(p).length > tokensOf(cl).length));
    // the same person may be written several ways: keep only the fullest candidates (compared pairwise only
    // while few: beyond that many people share the name and none is taken)
    const distinct =
      fuller.length > MAX_PAIRWISE ? fuller : fuller.filter((p) => !fuller.some((q) => q !== p && isShorterForm(wordsOf.get(p)!, wordsOf.get(q)!, true)));
    if (distinct.length === 1) absorb(distinct[0]!, cl);
    else if (distinct.length > 1 && words.length === 1 && !townSurname) {
      for (const p of distinct) {
        p.shared.push(...cl.cores);
        p.candidates.push(...cl.candidates.filter((c) => c.titled));
      }
      alive.delete(cl);
    }
  }
}

/**
 * "Mrs Zhou" with "Zhou Meixia": names written family name first are called by their first word after an honorific.
 * Only a titled one-word name that no one bears as a surname (mergePeople took those), is no known given name, and
 * opens exactly one two-word name.
 */
function mergeFamilyNamesFirst(clusters: Cluster[], alive: Set<Cluster>, absorb: Absorb): void {
  const byFirstWord = groupBy(
    clusters.filter((cl) => cl.type === 'person' && personWords(tokensOf(cl)).length === 2),
    (cl) => [personWords(tokensOf(cl))[0]!],
  );
  for (const cl of clusters) {
    const words = personWords(tokensOf(cl));
    if (!alive.has(cl) || cl.type !== 'person' || words.length !== 1 || !cl.candidates.some((c) => c.titled) || isFirstName(words[0]!)) continue;
    const fuller = (byFirstWord.get(words[0]!) ?? []).filter((p) => p !== cl && alive.has(p));
    if (fuller.length === 1) absorb(fuller[0]!, cl);
  }
}

/**
 * "Braeuer" and "Brauer" with "Jorg Bräuer": a one-word name that is the surname of exactly one person written
 * without its accents or with the umlaut spelt out. Only a surname that has such letters is looked at, so two
 * plain spellings ("Brauer", "Braeuer") never merge on their own.
 */
function mergeSpellings(clusters: Cluster[], alive: Set<Cluster>, absorb: Absorb): void {
  const bySpelling = new Map<string, Cluster[]>();
  for (const p of clusters) {
    const words = personWords(tokensOf(p));
    if (!alive.has(p) || p.type !== 'person' || words.length < 2) continue;
    for (const v of plainSpellings(words.at(-1)!)) {
      const list = bySpelling.get(v);
      if (list) list.push(p);
      else bySpelling.set(v, [p]);
    }
  }
  if (!bySpelling.size) return;
  for (const cl of clusters) {
    if (!alive.has(cl) || tokensOf(cl).length !== 1 || isKnownPlace(cl.cores[0]!)) continue;
    const people = bySpelling.get(cl.cores[0]!) ?? [];
    if (people.length === 1 && people[0] !== cl) absorb(people[0]!, cl);
  }
}

/** The other ways a name with accents or umlauts is printed ("Bräuer" → "Brauer", "Braeuer"); none for a plain name. */
function plainSpellings(word: string): string[] {
  const stripped = word.normalize('NFD').replace(/\p{M}/gu, '');
  if (stripped === word && !word.includes('ß')) return [];
  const spelt = word.replace(/[äöüßÄÖÜ]/g, (ch) => {
    const out = UMLAUT_SPELLINGS[ch.toLowerCase()]!;
    return ch === ch.toLowerCase() ? out : out[0]!.toUpperCase() + out.slice(1);
  });
  return [...new Set([stripped, spelt])];
}

/** Is `short` the end of `long` ("Virtanen" of "Aino Virtanen"), or the same words when `long` is written longer? */
function isShorterForm(short: string[], long: string[], longer: boolean): boolean {
  if (short.length > long.length || short.length === 0) return false;
  if (short.length === long.length) return longer && short.every((w, i) => w === long[i]);
  return short.every((w, i) => w === long[long.length - short.length + i]);
}

/** "Zorvan" with "Zorvan Brigade", "Grain Board" with "Grain Board of Kesh", "Harlow" with "Harlow administration". */
function mergeShortOrgForms(clusters: Cluster[], alive: Set<Cluster>, absorb: Absorb): void {
  const named = clusters.filter((cl) => (cl.type === 'organization' || cl.type === 'group' || cl.type === 'place') && tokensOf(cl).length > 1);
  // by every proper prefix of their words (names are short): the longer names a short form can begin
  const byPrefix = groupBy(named, (n) => {
    const long = tokensOf(n).map((t) => t.text);
    return long.slice(1).map((_, k) => long.slice(0, k + 1).join(' '));
  });
  for (const cl of clusters) {
    const short = cl.cores[0]!;
    // "The" opening a sentence is no short form of "The Gazette"
    if (!alive.has(cl) || cl.type === 'person' || isFunctionWord(short) || isKnownPlace(short) || isInstitution(short) || isAcronym(short)) continue;
    const words = tokensOf(cl).map((t) => t.text);
    const target = (byPrefix.get(words.join(' ')) ?? []).find((n) => {
      if (n === cl || !alive.has(n)) return false;
      const long = tokensOf(n).map((t) => t.text);
      if (long.length <= words.length || !words.every((w, i) => w === long[i])) return false;
      const rest = long.slice(words.length);
      const lastShort = words[words.length - 1]!;
      const restIsSuffix = rest.length === 1 && (isOrgSuffix(rest[0]!) || isPlaceSuffix(rest[0]!) || isOrgHead(rest[0]!));
      return restIsSuffix || isOrgSuffix(lastShort);
    });
    if (target) absorb(target, cl);
  }
}

/** Beyond this many fuller names for one short form, they are not compared with each other. */
const MAX_PAIRWISE = 32;

/** Items by each of their keys, each list in the items' order. */
function groupBy<T>(items: readonly T[], keys: (item: T) => string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const k of new Set(keys(item))) {
      const list = map.get(k);
      if (list) list.push(item);
      else map.set(k, [item]);
    }
  }
  return map;
}
