/** bench/hostile-run.ts's worker: generates one case, then parses and extracts it, timing every stage. */
import { parentPort } from 'node:worker_threads';
import { parseArticle } from '../src/article/read';
import { DEFAULT_STAGES, extractedPart } from '../src/extract/pipeline';
import type { ArticleFacts } from '../src/extract/types';
import { hostileText, type HostileCase } from './hostile';

const port = parentPort!;
port.on('message', (c: HostileCase) => {
  const text = hostileText(c);
  const stages: Record<string, number> = {};
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const cpuMs = () => {
    const d = process.cpuUsage(cpu0);
    return (d.user + d.system) / 1000;
  };
  try {
    const article = parseArticle(text, 'hostile');
    stages.parse = performance.now() - t0;
    // as extractFacts does: the stages read the part of the body within the extraction limit
    const facts: ArticleFacts = { article: extractedPart(article), actors: [], dates: [], claims: [], spin: { signals: [], score: 0, likely: false } };
    for (const stage of DEFAULT_STAGES) {
      const t = performance.now();
      stage.run(facts);
      stages[stage.name] = performance.now() - t;
    }
    port.postMessage({ ms: performance.now() - t0, cpuMs: cpuMs(), stages, sentences: article.sentences.length });
  } catch (err) {
    // a refusal (no paragraphs) is an answer too, and timed as one
    port.postMessage({ ms: performance.now() - t0, cpuMs: cpuMs(), stages, sentences: 0, error: (err as Error).message.split('\n')[0] });
  }
});
