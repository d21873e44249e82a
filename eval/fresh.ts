import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { scoreBlindGold, type GoldScores } from './blind-gold';
import { dossierOf, scoreArticleSet } from './blind';
import { readQuestionSet, scoreQuestions, type QuestionScores } from './questions';
import { readRelativeDates, scoreRelativeDates, type RelativeDateScores } from './relative-dates';
import { filesDossier, readChatStatements, scoreVerdicts, type VerdictScores } from './verdicts';

/**
 * A folder of blind sets (eval/fresh/, eval/fresh2/, README in each): chat statements, attribution references,
 * questions and relative dates on articles no earlier set used, written by annotators who never saw the code.
 * Each part is optional so a folder can grow; the formats are the earlier sets'.
 */
export interface FreshScores {
  statements?: VerdictScores;
  gold?: { plain: GoldScores; spun: GoldScores; articles: number };
  questions?: Pick<QuestionScores, 'right' | 'cited' | 'abstained' | 'silent' | 'misses'> & { articles: number };
  relativeDates?: RelativeDateScores;
  /** A round of questions about the seed (the format of test/answer/seed-questions-round*.json). */
  seedQuestions?: QuestionScores;
}

const SEED_ARTICLE = 'seed/000_561b48a65b5491d5.txt';
const jsonFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : []);
const add = (a: [number, number], b: [number, number]): [number, number] => [a[0] + b[0], a[1] + b[1]];

/** prefixes: only the articles whose file names start with one of them (per-writer figures of eval/synth/, `--synth-prefix a-,b-`). */
export function scoreFresh(freshDir: string, shared: string, prefixes: readonly string[] = ['']): FreshScores {
  const scores: FreshScores = {};
  const mine = (path: string) => prefixes.some((p) => basename(path).startsWith(p));
  const statementsFile = join(freshDir, 'statements.json');
  if (existsSync(statementsFile)) {
    const items = readChatStatements(statementsFile).filter((i) => mine(i.article));
    scores.statements = scoreVerdicts(filesDossier(shared, items.map((i) => i.article)), items);
  }
  const goldDir = join(freshDir, 'gold');
  const names = jsonFiles(goldDir).filter(mine).map((f) => basename(f, '.json'));
  if (names.length) {
    scores.gold = { plain: scoreBlindGold(goldDir, shared, names, false), spun: scoreBlindGold(goldDir, shared, names, true), articles: names.length };
  }
  const questionFiles = jsonFiles(join(freshDir, 'questions')).filter(mine);
  if (questionFiles.length) {
    const sets = questionFiles.map((f) => scoreArticleSet(shared, join(freshDir, 'questions', f)));
    const zero: [number, number] = [0, 0];
    scores.questions = {
      right: sets.reduce((t, s) => add(t, s.right), zero),
      cited: sets.reduce((t, s) => add(t, s.cited), zero),
      abstained: sets.reduce((t, s) => add(t, s.abstained), zero),
      silent: sets.reduce((t, s) => add(t, s.silent), zero),
      articles: sets.length,
      misses: sets.flatMap((s) => s.misses),
    };
  }
  const datesFile = join(freshDir, 'relative-dates.json');
  if (existsSync(datesFile)) scores.relativeDates = scoreRelativeDates(readRelativeDates(datesFile));
  const seedFile = join(freshDir, 'seed-questions.json');
  if (existsSync(seedFile)) scores.seedQuestions = scoreQuestions(dossierOf(shared, [SEED_ARTICLE]), readQuestionSet(seedFile));
  return scores;
}
