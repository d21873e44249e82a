/**
 * `npm run eval`: extraction scored against the reference annotations in ../shared.
 * `--misses` lists every miss; `--synth-prefix a-,b-` scores only the eval/synth/ articles named so (one writer's); `--only seed|polnear|tempeval|gold|questions|verdicts|html|relative-dates|fresh|fresh2|dev3|fresh3|fresh4|synth|mutations` runs one part.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { readSplit, scoreBlindGold } from './blind-gold';
import { ratio } from './match';
import { scorePolnear } from './polnear';
import { readRelativeDates, scoreRelativeDates } from './relative-dates';
import { scoreSeed } from './seed';
import { scoreTempeval } from './tempeval';

const shared = resolve(process.env.DOSSIER_SHARED ?? '../shared');
const showMisses = process.argv.includes('--misses');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const want = (part: string) => !only || only === part;
const prefixAt = process.argv.indexOf('--synth-prefix');
const synthPrefixes = prefixAt >= 0 ? (process.argv[prefixAt + 1] ?? '').split(',') : [''];
const r = ([n, d]: [number, number]) => ratio(n, d);

if (!existsSync(shared)) {
  process.stderr.write(`eval: ${shared} not found (set DOSSIER_SHARED)\n`);
  process.exit(1);
}

function misses(list: string[]): void {
  if (showMisses) for (const m of list) console.log(`    - ${m}`);
}

if (want('seed')) {
  const s = scoreSeed(resolve(shared, 'eval/seed-gold.json'), resolve(shared, 'seed/000_561b48a65b5491d5.txt'));
  console.log('Seed article (eval/seed-gold.json)');
  console.log(`  actor recall         ${r(s.actorRecall)}`);
  console.log(`  person recall        ${r(s.personRecall)}`);
  console.log(`  actor precision      ${r(s.actorPrecision)}`);
  console.log(`  quotes found         ${r(s.quotesFound)}`);
  console.log(`  quotes attributed    ${r(s.quotesAttributed)}`);
  console.log(`  reported attributed  ${r(s.reportedAttributed)}`);
  console.log(`  dates found          ${r(s.datesFound)}`);
  console.log(`  date values right    ${r(s.dateValues)}`);
  misses(s.misses);
}

if (want('polnear')) {
  const p = scorePolnear(resolve(shared, 'bench/polnear-dev'));
  console.log('PolNeAR dev (15 articles)');
  console.log(`  speaker person recall     ${r(p.personRecall)}`);
  console.log(`  quotes found              ${r(p.quotesFound)}`);
  console.log(`  quote speaker accuracy    ${r(p.quotesAttributed)}`);
  console.log(`  reported speaker accuracy ${r(p.reportedAttributed)}`);
  misses(p.misses);
}

// ---- Blind references (eval/gold): real news and the corpus, written by annotators who never saw the code ----
if (want('gold')) {
  const goldDir = resolve('eval/gold');
  const split = readSplit(goldDir);
  for (const [part, names] of [['dev', split.dev], ['held-out', split.heldout]] as const) {
    for (const spun of [false, true]) {
      const g = scoreBlindGold(goldDir, shared, names, spun);
      console.log(`Blind gold, ${part} (${names.length} articles)${spun ? ', machine-paraphrased copies' : ''}`);
      console.log(`  quote speaker accuracy    ${r(g.quotesAttributed)}`);
      console.log(`  reported speaker accuracy ${r(g.reportedAttributed)}`);
      console.log(`  date recall               ${r(g.datesFound)}`);
      misses(g.misses);
    }
  }
  // PolNeAR dev split as fixed in eval/gold/split.json before scoring: the last files are kept apart
  const heldoutLast = (JSON.parse(readFileSync(resolve(goldDir, 'split.json'), 'utf8')) as { polnear: { heldoutLast: number } }).polnear.heldoutLast;
  for (const [part, pick] of [
    ['tuned', (i: number, n: number) => i < n - heldoutLast],
    ['held-out', (i: number, n: number) => i >= n - heldoutLast],
  ] as const) {
    const p = scorePolnear(resolve(shared, 'bench/polnear-dev'), pick);
    console.log(`PolNeAR dev, ${part} part`);
    console.log(`  quote speaker accuracy    ${r(p.quotesAttributed)}`);
    console.log(`  reported speaker accuracy ${r(p.reportedAttributed)}`);
    misses(p.misses);
  }
}

if (want('tempeval')) {
  const t = scoreTempeval(resolve(shared, 'bench/tempeval3'));
  console.log('TempEval-3 platinum, DATE expressions');
  console.log(`  found            ${r(t.found)}`);
  console.log(`  exact value      ${r(t.correct)}`);
  misses(t.misses);
}

if (want('html')) {
  const { scoreHtml } = await import('./html');
  const h = scoreHtml(resolve(shared, 'bench/html-newspaper'));
  const f = (x: number) => x.toFixed(4);
  console.log('HTML news pages (bench/html-newspaper; word-shingle body F1 as article-extraction-benchmark)');
  for (const [label, s] of [
    ['dev', h.dev],
    ['held out', h.heldOut],
    ['dev, notes too', h.devAll],
    ['held out, notes too', h.heldOutAll],
  ] as const) {
    console.log(`  body ${label.padEnd(20)} F1 ${f(s.f1)}  precision ${f(s.precision)}  recall ${f(s.recall)}  (${s.pages} pages)`);
  }
  console.log(`  published date found      ${r(h.datesFound)}`);
  console.log(`  date agrees with its URL   ${r(h.dates)}`);
  misses(h.misses);
}

if (want('relative-dates')) {
  // our own fixture (test/extract/relative-dates.json): relative dates in invented sentences, past and future
  const cases = readRelativeDates(resolve('test/extract/relative-dates.json'));
  for (const split of ['dev', 'heldout'] as const) {
    const s = scoreRelativeDates(cases.filter((c) => c.split === split));
    console.log(`Relative dates, ${split} (test/extract/relative-dates.json)`);
    console.log(`  value right      ${r(s.right)}`);
    console.log(`  unambiguous      ${r(s.unambiguous)}`);
    for (const [tense, n] of s.byTense) console.log(`    ${tense.padEnd(14)} ${r(n)}`);
    misses(s.misses);
  }
}

// ---- Questions: the answer layer on the dev questions (and our own paraphrased set) ----------------------
if (want('questions')) {
  const { Dossier } = await import('../src/answer/dossier');
  const { buildStore } = await import('../src/store/build');
  const { readQuestionSet, scoreQuestions } = await import('./questions');
  // built directly, not through the store cache: ../shared is read, never written
  const dossier = Dossier.fromStore(buildStore(resolve(shared, 'seed')).store);
  for (const [label, file] of [
    ['Dev questions (eval/dev-questions.json)', resolve(shared, 'eval/dev-questions.json')],
    ['Paraphrased questions (test/answer/seed-questions.json)', resolve('test/answer/seed-questions.json')],
    ['Fresh paraphrases, round 4 (test/answer/seed-questions-round4.json)', resolve('test/answer/seed-questions-round4.json')],
    ['Held-out paraphrases, round 5 (test/answer/seed-questions-round5.json)', resolve('test/answer/seed-questions-round5.json')],
    ...[6, 7, 8, 9, 10, 11, 12, 13]
      .map((n) => resolve(`test/answer/seed-questions-round${n}.json`))
      .filter((file) => existsSync(file))
      .map((file) => [`Held-out paraphrases, ${basename(file, '.json').replace('seed-questions-', '')} (${relative('.', file)})`, file] as const),
  ] as const) {
    const q = scoreQuestions(dossier, readQuestionSet(file));
    console.log(label);
    console.log(`  answered right       ${r(q.right)}`);
    console.log(`  right and cited      ${r(q.cited)}`);
    console.log(`  negatives abstained  ${r(q.abstained)}`);
    if (q.lookups[1]) console.log(`  actor lookups right  ${r(q.lookups)}`);
    misses(q.misses);
  }
  // Real articles other than the seed (test/answer/blind/, held-out half named in SPLIT.md): one article per store
  const { blindSets, dossierOf, readMulti, scoreArticleSet, scoreMulti } = await import('./blind');
  for (const half of ['dev', 'held-out'] as const) {
    const sets = blindSets().filter((s) => s.heldOut === (half === 'held-out'));
    const scores = sets.map((s) => scoreArticleSet(shared, s.file));
    const sum = (k: 'right' | 'cited' | 'abstained') => scores.reduce<[number, number]>((t, q) => [t[0] + q[k][0], t[1] + q[k][1]], [0, 0]);
    console.log(`Blind questions on real articles, ${half} half (${sets.length} articles, test/answer/blind/)`);
    console.log(`  answered right       ${r(sum('right'))}`);
    console.log(`  right and cited      ${r(sum('cited'))}`);
    console.log(`  negatives abstained  ${r(sum('abstained'))}`);
    misses(scores.flatMap((q) => q.misses));
  }
  const multi = readMulti(resolve('test/answer/blind/multi.json'));
  const m = scoreMulti(dossierOf(shared, blindSets().map((s) => s.article)), multi.questions);
  console.log('Blind questions several articles answer (test/answer/blind/multi.json, all 14 articles in one store)');
  console.log(`  article answers right          ${r(m.right)}`);
  console.log(`  article answers right and cited ${r(m.cited)}`);
  misses(m.misses);
}

// ---- Verdicts: the claim checker on chat statements about the seed and the corpus articles ---------------
if (want('verdicts')) {
  const { confusionLines, filesDossier, readChatStatements, scoreVerdicts, sharedDossier } = await import('./verdicts');
  const dossier = sharedDossier(shared);
  const items = readChatStatements(resolve('test/answer/chat-statements.json'));
  for (const split of ['dev', 'heldout'] as const) {
    const v = scoreVerdicts(dossier, items.filter((i) => i.split === split));
    console.log(`Chat statements, ${split} (test/answer/chat-statements.json)`);
    console.log(`  verdict accuracy            ${r(v.right)}`);
    console.log(`  contradicted → supported    ${v.contradictedSupported}`);
    for (const line of confusionLines(v.confusion)) console.log(line);
    misses(v.misses);
  }
  const all = scoreVerdicts(dossier, items);
  console.log(`Chat statements, all ${items.length} (heldout no longer untouched)`);
  console.log(`  verdict accuracy            ${r(all.right)}`);
  console.log(`  contradicted → supported    ${all.contradictedSupported}`);
  // a second blind set about other articles (paths relative to ../shared), scored once untouched before any tuning
  const fresh = readChatStatements(resolve('test/answer/chat-statements-fresh.json'));
  const v = scoreVerdicts(filesDossier(shared, fresh.map((i) => i.article)), fresh);
  console.log('Chat statements, fresh (test/answer/chat-statements-fresh.json)');
  console.log(`  verdict accuracy            ${r(v.right)}`);
  console.log(`  contradicted → supported    ${v.contradictedSupported}`);
  for (const line of confusionLines(v.confusion)) console.log(line);
  misses(v.misses);
}

// ---- Blind sets on new articles: eval/fresh/ (session 4, dev since session 5), eval/fresh2/ (untouched), eval/dev3/ and
// eval/fresh3/ (session 6: dev and untouched halves), eval/fresh4/ (session 7, untouched), eval/synth/ (articles our writers invented, with their references; dev) ------------------------------------------------------
for (const [part, title] of [
  ['fresh', 'Session-4 blind sets, dev since session 5'],
  ['fresh2', 'Fresh held-out'],
  ['dev3', 'Session-6 blind sets, dev'],
  ['fresh3', 'Session-6 held-out'],
  ['fresh4', 'Session-7 held-out'],
  ['synth', 'Invented articles, dev'],
] as const) {
  if (!want(part)) continue;
  const { scoreFresh } = await import('./fresh');
  const f = scoreFresh(resolve('eval', part), shared, part === 'synth' ? synthPrefixes : ['']);
  if (f.statements) {
    console.log(`${title} chat statements (eval/${part}/statements.json)`);
    console.log(`  verdict accuracy            ${r(f.statements.right)}`);
    console.log(`  contradicted → supported    ${f.statements.contradictedSupported}`);
    const { confusionLines } = await import('./verdicts');
    for (const line of confusionLines(f.statements.confusion)) console.log(line);
    misses(f.statements.misses);
  }
  if (f.gold) {
    for (const [label, g] of [['', f.gold.plain], [', machine-paraphrased copies', f.gold.spun]] as const) {
      console.log(`${title} attribution (eval/${part}/gold, ${f.gold.articles} articles)${label}`);
      console.log(`  quote speaker accuracy    ${r(g.quotesAttributed)}`);
      console.log(`  reported speaker accuracy ${r(g.reportedAttributed)}`);
      console.log(`  date recall               ${r(g.datesFound)}`);
      misses(g.misses);
    }
  }
  if (f.questions) {
    console.log(`${title} questions (eval/${part}/questions, ${f.questions.articles} articles)`);
    console.log(`  answered right       ${r(f.questions.right)}`);
    console.log(`  right and cited      ${r(f.questions.cited)}`);
    console.log(`  negatives abstained  ${r(f.questions.abstained)}`);
    console.log(`  answerable abstained ${r(f.questions.silent)}`);
    misses(f.questions.misses);
  }
  if (f.relativeDates) {
    console.log(`${title} relative dates (eval/${part}/relative-dates.json)`);
    console.log(`  value right      ${r(f.relativeDates.right)}`);
    console.log(`  unambiguous      ${r(f.relativeDates.unambiguous)}`);
    for (const [tense, n] of f.relativeDates.byTense) console.log(`    ${tense.padEnd(14)} ${r(n)}`);
    misses(f.relativeDates.misses);
  }
  if (f.seedQuestions) {
    console.log(`${title} questions about the seed (eval/${part}/seed-questions.json)`);
    console.log(`  answered right       ${r(f.seedQuestions.right)}`);
    console.log(`  right and cited      ${r(f.seedQuestions.cited)}`);
    console.log(`  negatives abstained  ${r(f.seedQuestions.abstained)}`);
    console.log(`  answerable abstained ${r(f.seedQuestions.silent)}`);
    misses(f.seedQuestions.misses);
  }
}

// ---- Mutations: true statements of the tuned sets made false by one general edit; none may be called supported ----
if (want('mutations')) {
  const { OPERATORS, scoreMutations } = await import('./mutations');
  const m = scoreMutations(shared);
  console.log(`Mutations of ${m.sources} supported true statements (tuned sets only; eval/mutations.ts)`);
  console.log('  operator     mutants  supported  maybe true');
  for (const o of OPERATORS) {
    const s = m.byOperator[o];
    console.log(`  ${o.padEnd(12)} ${String(s.mutants).padStart(7)} ${String(s.supported).padStart(10)} ${String(s.maybeTrue).padStart(11)}`);
  }
  misses(m.misses);
}
