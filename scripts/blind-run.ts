import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dossierOf, readMulti, scoreArticleSet, scoreMulti } from '../eval/blind';
const shared = '/work/shared';
const dir = '/work/wt/multi/test/answer/blind';
const which = process.argv[2] ?? 'dev'; // dev | heldout | all
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'multi.json').sort();
let c = 0, t = 0, n = 0, nt = 0;
files.forEach((f, i) => {
  const held = i % 2 === 1;
  if (which === 'dev' && held) return;
  if (which === 'heldout' && !held) return;
  const s = scoreArticleSet(shared, resolve(dir, f));
  c += s.cited[0]; t += s.cited[1]; n += s.abstained[0]; nt += s.abstained[1];
  console.log(`${held ? 'H' : 'D'} ${f.slice(0, 40).padEnd(40)} cited ${s.cited.join('/')} right ${s.right.join('/')} neg ${s.abstained.join('/')}`);
  if (process.env.V) for (const m of s.misses) console.log('    ' + m);
});
console.log(`TOTAL cited ${c}/${t} = ${(c / t).toFixed(3)}  negatives ${n}/${nt}`);
const multi = readMulti(resolve(dir, 'multi.json'));
const arts = [...new Set(files.map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')).article as string))];
const d = dossierOf(shared, arts);
const qs = multi.questions.filter((_, i) => which === 'all' || (which === 'heldout') === (i % 2 === 1));
const m = scoreMulti(d, qs);
console.log(`MULTI cited ${m.cited.join('/')} right ${m.right.join('/')}`);
if (process.env.V) for (const x of m.misses) console.log('    ' + x);
