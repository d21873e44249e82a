import { resolve } from 'node:path';
import nlp from 'compromise';
import { Dossier } from '../src/answer/dossier';
import { readArticleFile } from '../src/article/read';
import type { ArticleFacts } from '../src/extract/types';
import { extractFacts } from '../src/extract/pipeline';
import { buildStore } from '../src/store/build';
import { STORE_SCHEMA_VERSION } from '../src/store/types';
import { ANTONYM_PAIRS } from '../src/lexicon/antonyms';
import { MONTHS, WEEKDAYS } from '../src/lexicon/calendar';
import { negates, placeKeys } from '../src/answer/verdict/features';
import { articlePath } from './article-path';
import { readChatStatements, verdictOf, type ChatStatementItem } from './verdicts';

/**
 * The mutation eval (`--only mutations`): every statement our tuned sets mark true that the checker supports is
 * turned false by one general edit — another person or place the article names, another number, date or weekday,
 * a negation, an antonym — and each such mutant must not be called supported. A mutant can be true by accident
 * (the article says that too): one is set apart, by rule, when the sentence cited for it holds the swapped-in value
 * ("maybe true"); the rest, supported by a sentence without it, are the checker's errors.
 */
export type Operator = 'person' | 'place' | 'number' | 'date' | 'negation' | 'antonym';
export const OPERATORS: Operator[] = ['person', 'place', 'number', 'date', 'negation', 'antonym'];

export interface Mutant {
  operator: Operator;
  original: string;
  text: string;
  /** The swapped-in value, lower case (absent for negations and antonyms). */
  value?: string;
}

export interface MutationScores {
  /** Statements marked true and supported: the ones mutated. */
  sources: number;
  byOperator: Record<Operator, { mutants: number; supported: number; maybeTrue: number }>;
  misses: string[];
}

// the tuned sets only: never fresh2/fresh3/fresh4
const SETS: { file: string; shared: 'seed+corpus' | 'files' }[] = [
  { file: 'test/answer/chat-statements.json', shared: 'seed+corpus' },
  { file: 'test/answer/chat-statements-fresh.json', shared: 'files' },
  { file: 'eval/fresh/statements.json', shared: 'files' },
  { file: 'eval/dev3/statements.json', shared: 'files' },
  { file: 'eval/synth/statements.json', shared: 'files' },
];

const idOf = (path: string) => path.replace(/^.*\//, '').replace(/\.[a-z]+$/, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (w: string, flags = 'i') => new RegExp(`(?<![\\p{L}\\d])${escape(w)}(?![\\p{L}\\d])`, `u${flags}`);
const caseLike = (model: string, word: string) => (model === model.toLowerCase() ? word.toLowerCase() : word);

function replaceFirst(text: string, from: string, to: string): string | null {
  const m = wordRe(from).exec(text);
  if (!m) return null;
  return text.slice(0, m.index) + caseLike(m[0], to) + text.slice(m.index + m[0].length);
}

/** Another person the article names in place of one the statement names (full name for a full name, surname for one word). */
function personMutants(text: string, facts: ArticleFacts, cited: string): Mutant[] {
  const people = facts.actors.filter((a) => a.type === 'person' && a.name.includes(' '));
  const surname = (name: string) => name.split(' ').at(-1)!;
  const named = people.find((a) => [a.name, ...a.aliases, surname(a.name)].some((f) => f.length > 2 && wordRe(f).test(text)));
  if (!named) return [];
  const form = [named.name, ...named.aliases, surname(named.name)].sort((a, b) => b.length - a.length).find((f) => f.length > 2 && wordRe(f).test(text))!;
  // another person shares no name word with the one named ("Clinton" is no swap for "Hillary Clinton")
  const namedWords = new Set([named.name, ...named.aliases].flatMap((f) => f.toLowerCase().split(/\s+/)));
  const others = people
    .filter((a) => !a.name.toLowerCase().split(/\s+/).some((w) => namedWords.has(w)) && !wordRe(surname(a.name)).test(cited) && !wordRe(surname(a.name)).test(text))
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, 2);
  return others.flatMap((o) => {
    const to = form.includes(' ') ? o.name : surname(o.name);
    const out = replaceFirst(text, form, to);
    return out ? [{ operator: 'person' as const, original: text, text: out, value: surname(o.name).toLowerCase() }] : [];
  });
}

/** The places an article names as written (one or two capitalised words that the place lexicons know), by key. */
function placesWritten(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\b/gu)) {
    // a single word that names a place is the place ("Four Belarusian" → "Belarusian"); a pair only when neither is one
    const singles = m[0].split(' ').filter((w) => placeKeys(w).size === 1);
    for (const form of singles.length ? singles : [m[0]]) {
      const keys = [...placeKeys(form)];
      if (keys.length === 1 && !out.has(keys[0]!)) out.set(keys[0]!, form);
    }
  }
  return out;
}

function placeMutants(text: string, facts: ArticleFacts, cited: string): Mutant[] {
  const inArticle = placesWritten(facts.article.text);
  const citedKeys = placeKeys(cited);
  for (const [key, form] of placesWritten(text.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase()))) {
    const candidates = [...inArticle].filter(([k]) => k !== key && !citedKeys.has(k) && !placeKeys(text).has(k)).slice(0, 2);
    const out = candidates.flatMap(([, to]) => {
      const t = replaceFirst(text, form, to);
      return t ? [{ operator: 'place' as const, original: text, text: t, value: to.toLowerCase() }] : [];
    });
    if (out.length) return out;
  }
  return [];
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

/** Another number: more (±), ten times, or another number the cited sentence gives. Years are the date operator's. */
function numberMutants(text: string, cited: string): Mutant[] {
  const m = /(?<![\p{L}\d.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+)(?![\d])/u.exec(text.replace(/\b(1[89]|20)\d\d\b/g, (y) => 'Y'.repeat(y.length)));
  const word = NUMBER_WORDS.findIndex((w, i) => i >= 2 && wordRe(w).test(text));
  const out: Mutant[] = [];
  const swap = (from: string, to: string) => {
    const t = replaceFirst(text, from, to);
    if (t && t !== text) out.push({ operator: 'number', original: text, text: t, value: to });
  };
  if (m) {
    const n = Number(m[1]!.replace(/,/g, ''));
    const bigger = n < 10 ? n + 3 : Math.round(n * 1.5);
    swap(m[1]!, String(bigger));
    swap(m[1]!, String(n * 10));
    const other = [...cited.matchAll(/(?<![\d.,])\d[\d,]*(?:\.\d+)?/g)].map((x) => x[0].replace(/,$/, '')).find((x) => Number(x.replace(/,/g, '')) !== n && !/^(1[89]|20)\d\d$/.test(x) && !wordRe(x).test(text));
    if (other) swap(m[1]!, other);
  } else if (word >= 0) {
    swap(NUMBER_WORDS[word]!, NUMBER_WORDS[word < 17 ? word + 3 : word - 3]!);
  }
  return out;
}

const MONTH_NAMES = [...MONTHS].filter(([k]) => k.length > 3).sort((a, b) => a[1] - b[1]).map(([k]) => k);
const WEEKDAY_NAMES = [...WEEKDAYS].filter(([k]) => k.length > 5 && k.endsWith('day')).sort((a, b) => a[1] - b[1]).map(([k]) => k);

function dateMutants(text: string): Mutant[] {
  const out: Mutant[] = [];
  const swap = (from: string, to: string) => {
    const t = replaceFirst(text, from, to);
    if (t && t !== text) out.push({ operator: 'date', original: text, text: t, value: to.toLowerCase() });
  };
  const year = /\b(?:19|20)\d\d\b/.exec(text);
  if (year) swap(year[0], String(Number(year[0]) - 2));
  const day = WEEKDAY_NAMES.find((d) => wordRe(d).test(text));
  if (day) swap(day, WEEKDAY_NAMES[(WEEKDAY_NAMES.indexOf(day) + 2) % 7]!);
  // "may" is a word too: a month only beside a number
  const month = MONTH_NAMES.find((mo) => (mo === 'may' ? /\bmay \d|\d+(?:st|nd|rd|th)? may\b/i.test(text) : wordRe(mo).test(text)));
  if (month) swap(month, MONTH_NAMES[(MONTH_NAMES.indexOf(month) + 3) % 12]!);
  return out;
}

/** The statement negated, or its negation dropped (compromise conjugates: "said" → "did not say"). */
function negationMutants(text: string): Mutant[] {
  const negative = negates(text);
  const doc = nlp(text);
  const out = negative ? doc.sentences().toPositive().text() : doc.sentences().toNegative().text();
  // only an edit that turns the statement's polarity is a mutant ("No. 4" is no negation to drop)
  return out && negates(out) !== negative ? [{ operator: 'negation', original: text, text: out }] : [];
}

/** A word of the statement replaced by the first word of its antonym's side (src/lexicon/antonyms.ts). */
function antonymMutants(text: string): Mutant[] {
  for (const [a, b] of ANTONYM_PAIRS) {
    for (const [side, other] of [[a, b], [b, a]] as const) {
      const word = side.find((w) => !w.includes(' ') && wordRe(w).test(text));
      if (word) return [{ operator: 'antonym', original: text, text: replaceFirst(text, word, other[0]!)!, value: other[0] }];
    }
  }
  return [];
}

export function mutantsOf(text: string, facts: ArticleFacts, cited: string): Mutant[] {
  return [...personMutants(text, facts, cited), ...placeMutants(text, facts, cited), ...numberMutants(text, cited), ...dateMutants(text), ...negationMutants(text), ...antonymMutants(text)];
}

function setDossier(shared: string, items: ChatStatementItem[], kind: 'seed+corpus' | 'files'): { dossier: Dossier; facts: Map<string, ArticleFacts> } {
  const articles =
    kind === 'seed+corpus'
      ? [buildStore(resolve(shared, 'seed')).store, buildStore(resolve(shared, 'corpus')).store].flatMap((s) => s.articles)
      : [...new Set(items.map((i) => i.article))].map((f) => extractFacts(readArticleFile(articlePath(shared, f))));
  return { dossier: Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles }), facts: new Map(articles.map((a) => [a.article.id, a])) };
}

function citedOf(dossier: Dossier, text: string): string {
  const data = dossier.check(text).data as { statements: { citation: { text: string } | null }[] };
  return data.statements.map((s) => s.citation?.text ?? '').join(' ');
}

export function scoreMutations(shared: string): MutationScores {
  const byOperator = Object.fromEntries(OPERATORS.map((o) => [o, { mutants: 0, supported: 0, maybeTrue: 0 }])) as MutationScores['byOperator'];
  const misses: string[] = [];
  let sources = 0;
  for (const set of SETS) {
    const items = readChatStatements(resolve(set.file)).filter((i) => i.verdict === 'supported');
    const { dossier, facts } = setDossier(shared, items, set.shared);
    for (const item of items) {
      const article = facts.get(idOf(item.article));
      if (!article || verdictOf(dossier, item.statement).verdict !== 'supported') continue;
      sources++;
      const cited = citedOf(dossier, item.statement);
      for (const m of mutantsOf(item.statement, article, cited)) {
        byOperator[m.operator].mutants++;
        const v = verdictOf(dossier, m.text);
        if (v.verdict !== 'supported') continue;
        // true by accident, by rule: the sentence cited for the mutant holds the swapped-in value
        const maybeTrue = m.value !== undefined && wordRe(m.value).test(citedOf(dossier, m.text));
        if (maybeTrue) byOperator[m.operator].maybeTrue++;
        else byOperator[m.operator].supported++;
        misses.push(`${m.operator}${maybeTrue ? ' (maybe true)' : ''}: ${m.text} ⟵ ${m.original} [${v.why}]`);
      }
    }
  }
  return { sources, byOperator, misses };
}
