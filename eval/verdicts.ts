import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dossier } from '../src/answer/dossier';
import { readArticleFile } from '../src/article/read';
import { extractFacts } from '../src/extract/pipeline';
import { buildStore } from '../src/store/build';
import { STORE_SCHEMA_VERSION } from '../src/store/types';
import { articlePath } from './article-path';

/** One chat statement of test/answer/chat-statements.json with the verdict a reader gave it. */
export interface ChatStatementItem {
  article: string;
  statement: string;
  kind: string;
  verdict: Verdict;
  paragraphs: number[];
  evidence: string;
  /** The first set's dev/heldout split (the held-out split has since been tuned on too); absent in the fresh set. */
  split?: 'dev' | 'heldout';
}

type Verdict = 'supported' | 'contradicted' | 'not_covered' | 'skip';
const VERDICTS: Verdict[] = ['supported', 'contradicted', 'not_covered', 'skip'];

export interface VerdictScores {
  right: [number, number];
  /** confusion[expected][got] */
  confusion: Record<Verdict, Record<Verdict, number>>;
  /** Contradicted statements called supported: must stay 0. */
  contradictedSupported: number;
  misses: string[];
}

export function readChatStatements(file: string): ChatStatementItem[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { items: ChatStatementItem[] }).items;
}

/** The seed and the corpus articles in one Dossier, built from ../shared (never copied into the repo). */
export function sharedDossier(shared: string): Dossier {
  const stores = [buildStore(resolve(shared, 'seed')).store, buildStore(resolve(shared, 'corpus')).store];
  return Dossier.fromStore({ schemaVersion: stores[0]!.schemaVersion, articles: stores.flatMap((s) => s.articles) });
}

/** The articles a statement set names by path relative to ../shared, in one Dossier (read there, never copied). */
export function filesDossier(shared: string, files: string[]): Dossier {
  const articles = [...new Set(files)].map((f) => extractFacts(readArticleFile(articlePath(shared, f))));
  return Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles });
}

/**
 * What /check makes of a statement, as one verdict: skip when it states nothing, contradicted when any of its
 * statements is, supported when all are, else not covered.
 */
export function verdictOf(dossier: Dossier, text: string): { verdict: Verdict; why: string } {
  const data = dossier.check(text).data as { statements: { verdict: Verdict; reason: string | null; citation: { paragraph: number } | null }[] };
  const judged = data.statements.filter((s) => s.verdict !== 'skip');
  const why = judged.map((s) => `${s.verdict}${s.citation ? ` ¶${s.citation.paragraph}` : ''}${s.reason ? ` (${s.reason})` : ''}`).join('; ');
  if (judged.length === 0) return { verdict: 'skip', why };
  if (judged.some((s) => s.verdict === 'contradicted')) return { verdict: 'contradicted', why };
  if (judged.every((s) => s.verdict === 'supported')) return { verdict: 'supported', why };
  return { verdict: 'not_covered', why };
}

export function scoreVerdicts(dossier: Dossier, items: ChatStatementItem[]): VerdictScores {
  const confusion = Object.fromEntries(VERDICTS.map((e) => [e, Object.fromEntries(VERDICTS.map((g) => [g, 0]))])) as VerdictScores['confusion'];
  const misses: string[] = [];
  let right = 0;
  for (const item of items) {
    const { verdict, why } = verdictOf(dossier, item.statement);
    confusion[item.verdict][verdict]++;
    if (verdict === item.verdict) right++;
    else misses.push(`${item.kind} ${item.verdict} → ${verdict}: ${item.statement} [${why}] (gold ¶${item.paragraphs.join(',')})`);
  }
  return { right: [right, items.length], confusion, contradictedSupported: confusion.contradicted.supported, misses };
}

export function confusionLines(c: VerdictScores['confusion']): string[] {
  const short: Record<Verdict, string> = { supported: 'supp', contradicted: 'contra', not_covered: 'notcov', skip: 'skip' };
  return [`  expected \\ got  ${VERDICTS.map((v) => short[v].padStart(7)).join('')}`, ...VERDICTS.map((e) => `  ${e.padEnd(15)} ${VERDICTS.map((g) => String(c[e][g]).padStart(7)).join('')}`)];
}
