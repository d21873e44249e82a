import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CITIES } from '../src/lexicon/cities';
import { COUNTRIES } from '../src/lexicon/countries';
import { DEMONYMS } from '../src/lexicon/demonyms';
import { FUNCTION_WORDS, MONTHS, WEEKDAYS } from '../src/lexicon/non-names';
import { ORG_SUFFIXES } from '../src/lexicon/organisations';
import { HONORIFICS, ROLE_TITLES } from '../src/lexicon/titles';

const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'tor', 'sa', 'del', 'ri', 'nov', 'bel', 'ar', 'ost', 'ul', 'zen', 'pa', 'dor', 'emi', 'gan', 'hil', 'jo'];

/** A distinct, pronounceable suffix for variant n, so 1,000 variants never share a name. */
function suffix(n: number): string {
  let s = '';
  let k = n;
  do {
    s += SYLLABLES[k % SYLLABLES.length];
    k = Math.floor(k / SYLLABLES.length);
  } while (k > 0);
  return s;
}

/** General words stay as they are, so titles, organisation suffixes and places still read as such. */
const KEEP = new Set(
  [...HONORIFICS, ...ROLE_TITLES, ...ORG_SUFFIXES, ...DEMONYMS, ...FUNCTION_WORDS, ...MONTHS, ...WEEKDAYS, ...[...COUNTRIES, ...CITIES].flatMap((p) => p.split(' '))].map((w) => w.toLowerCase()),
);

/** Capitalised words that also occur mid-sentence and are not general words: the article's names. */
function nameWords(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/(?<=[a-z,;] )\p{Lu}\p{Ll}{2,}/gu)) if (!KEEP.has(m[0].toLowerCase())) names.add(m[0]);
  return names;
}

/** One variant of an article: names, years and other numbers changed consistently within it. */
export function variant(text: string, n: number): string {
  const names = nameWords(text);
  const tail = suffix(n);
  return text
    .replace(/\p{Lu}\p{Ll}{2,}/gu, (w) => (names.has(w) ? `${w}${tail}` : w))
    .replace(/\b(19|20)(\d\d)\b/g, (y) => String(Number(y) - (n % 25)))
    .replace(/\b\d{1,3}\b/g, (d) => String(Number(d) + (n % 7)));
}

/** Front matter and body of a source article, so variants keep a valid header with a shifted date. */
function splitFront(raw: string): { front: string; body: string } {
  const m = /^---\n[\s\S]*?\n---\n/.exec(raw);
  return m ? { front: m[0], body: raw.slice(m[0].length) } : { front: '', body: raw };
}

/**
 * Writes `count` articles derived from the seed and ../shared/corpus into `dir` (emptied first).
 * The texts are copyrighted: they are generated into a temporary folder for measuring, never committed.
 */
export function buildCorpus(dir: string, count: number, sources: string[]): string[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bases = sources.map((f) => splitFront(readFileSync(f, 'utf8')));
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length]!;
    const body = i < bases.length ? base.body : variant(base.body, i);
    const front = base.front.replace(/^title: (.*)$/m, (_l, t: string) => `title: ${i < bases.length ? t : variant(t, i)}`);
    const file = join(dir, `${String(i).padStart(4, '0')}.${front ? 'md' : 'txt'}`);
    writeFileSync(file, front + body);
    files.push(file);
  }
  return files;
}

export function sourceArticles(seedDir: string, corpusDir: string): string[] {
  const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.md')).sort().map((f) => join(corpusDir, f));
  const seed = readdirSync(seedDir).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => join(seedDir, f));
  return [...seed, ...corpus];
}
