import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { readArticleFile } from '../src/article/read';
import { Dossier } from '../src/answer/dossier';
import { extractFacts } from '../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../src/store/types';
import { norm } from './match';
import { answerSaid, scoreQuestions, type QuestionScores, type QuestionSet } from './questions';
import { articlePath } from './article-path';

/**
 * Question sets about real articles other than the seed, written without seeing the system (test/answer/blind/).
 * An article's set is asked of a store holding that article alone (its negatives are about that article); the
 * multi-article set of a store holding every article the sets name.
 */
export interface ArticleSet extends QuestionSet {
  article: string;
}

export interface MultiSet {
  questions: { q: string; answers: { article: string; answer_contains: string[]; paragraphs: number[] }[] }[];
}

export function dossierOf(shared: string, articles: string[]): Dossier {
  const facts = articles.map((a) => extractFacts(readArticleFile(articlePath(shared, a))));
  return Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: facts });
}

export function scoreArticleSet(shared: string, file: string): QuestionScores {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Omit<ArticleSet, 'negatives'> & { negatives: (string | { q: string })[] };
  // the blind sets write a negative as the bare question
  const set = { ...raw, negatives: raw.negatives.map((n) => (typeof n === 'string' ? { q: n } : n)) };
  return scoreQuestions(dossierOf(shared, [set.article]), set);
}

/** The article id a store gives a file (its name without the extension). */
function articleId(path: string): string {
  return basename(path).replace(/\.(md|txt)$/, '');
}

/**
 * A multi-article question counts each article's expected answer: right when the answer text contains it,
 * cited when a citation of that article names an acceptable paragraph.
 */
export function scoreMulti(dossier: Dossier, questions: MultiSet['questions']): { right: [number, number]; cited: [number, number]; misses: string[] } {
  let right = 0;
  let cited = 0;
  let total = 0;
  const misses: string[] = [];
  for (const q of questions) {
    const a = dossier.ask(q.q);
    for (const want of q.answers) {
      total++;
      const said = answerSaid(a);
      const ok = a.answered && want.answer_contains.some((w) => norm(said).includes(norm(w)));
      const ci = ok && a.citations.some((c) => c.article === articleId(want.article) && want.paragraphs.includes(c.paragraph));
      if (ok) right++;
      if (ci) cited++;
      if (!ci) misses.push(`${ok ? 'wrong ¶' : 'wrong'}: ${q.q} [${articleId(want.article).slice(0, 24)} ${want.answer_contains[0]}] → ${a.answered ? `“${a.text.slice(0, 100)}” ${a.citations.map((c) => `${c.article.slice(0, 12)}¶${c.paragraph}`).join(',')}` : 'abstained'}`);
    }
  }
  return { right: [right, total], cited: [cited, total], misses };
}

export function readMulti(file: string): MultiSet {
  return JSON.parse(readFileSync(file, 'utf8')) as MultiSet;
}

const BLIND_DIR = resolve('test/answer/blind');

/** The blind article sets in name order; every second one is the held-out half (fixed before scoring, SPLIT.md). */
export function blindSets(): { file: string; article: string; heldOut: boolean }[] {
  return readdirSync(BLIND_DIR)
    .filter((f) => f.endsWith('.json') && f !== 'multi.json')
    .sort()
    .map((f, i) => {
      const file = resolve(BLIND_DIR, f);
      return { file, article: (JSON.parse(readFileSync(file, 'utf8')) as ArticleSet).article, heldOut: i % 2 === 1 };
    });
}
