/**
 * The extraction worker (src/extract/off-thread.ts): runs the pipeline on each article it is sent and posts the
 * facts back without the article, which the caller already holds.
 */
import { parentPort } from 'node:worker_threads';
import type { Article } from '../article/types';
import { extractFacts } from './pipeline';

export interface ExtractRequest {
  id: number;
  article: Article;
}

export type ExtractReply = { id: number; ok: true; facts: Omit<ReturnType<typeof extractFacts>, 'article'> } | { id: number; ok: false; error: string };

const port = parentPort;
if (!port) throw new Error('extract-worker runs only as a worker thread');
port.on('message', ({ id, article }: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    const { actors, dates, claims, spin } = extractFacts(article);
    reply = { id, ok: true, facts: { actors, dates, claims, spin } };
  } catch (err) {
    reply = { id, ok: false, error: (err as Error).message.split('\n')[0] ?? 'extraction failed' };
  }
  port.postMessage(reply);
});
port.postMessage('ready');
