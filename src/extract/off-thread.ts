import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../article/types';
import { BUILD_DIR } from '../paths';
import type { ExtractReply } from './extract-worker';
import type { ArticleFacts } from './types';

/** An article that extracts longer than this is refused: one article must never hold up the others. */
export const DEFAULT_EXTRACTION_TIMEOUT_MS = 10_000;

/** The one-line refusal when an extraction overruns its time budget (or the worker fails). */
export class ExtractionError extends Error {
  override name = 'ExtractionError';
}

/** From source (tsx, vitest) the worker is TypeScript, started through a shim that registers tsx in its thread. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');

function startWorker(): Worker {
  if (FROM_SOURCE) {
    const entry = new URL('./extract-worker.ts', import.meta.url).href;
    return new Worker(fileURLToPath(new URL('./ts-worker.mjs', import.meta.url)), { workerData: { entry } });
  }
  // the build bundles this module into a chunk elsewhere in dist/; the worker is an entry of its own
  return new Worker(join(BUILD_DIR, 'src/extract/extract-worker.js'));
}

interface Job {
  article: Article;
  timeoutMs: number;
  resolve: (facts: ArticleFacts) => void;
  reject: (err: Error) => void;
}

/**
 * One long-lived worker, one article at a time: loading the pipeline (compromise's lexicon) costs about a second,
 * so it is paid once. On a timeout the worker is terminated (the only way to stop synchronous code) and the next
 * job starts a fresh one.
 */
class ExtractionThread {
  private worker: Worker | null = null;
  private ready: Promise<Worker> | null = null;
  private readonly queue: Job[] = [];
  private busy = false;
  private nextId = 1;

  run(job: Job): void {
    this.queue.push(job);
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.busy) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker?.unref(); // an idle worker never keeps the process alive
      return;
    }
    this.busy = true;
    try {
      job.resolve(await this.extract(job));
    } catch (err) {
      job.reject(err as Error);
    } finally {
      this.busy = false;
      void this.drain();
    }
  }

  private async extract(job: Job): Promise<ArticleFacts> {
    const worker = await this.started();
    worker.ref();
    const id = this.nextId++;
    return new Promise<ArticleFacts>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const fail = (message: string) => {
        done();
        this.discard(worker);
        reject(new ExtractionError(message));
      };
      const onMessage = (reply: ExtractReply) => {
        if (reply.id !== id) return;
        done();
        if (reply.ok) resolve({ article: job.article, ...reply.facts });
        else reject(new ExtractionError(`extraction failed (${reply.error})`));
      };
      const onError = (err: Error) => fail(`extraction failed (${err.message.split('\n')[0]})`);
      const onExit = () => fail('extraction failed (the worker stopped)');
      const timer = setTimeout(
        () => fail(`extraction took longer than ${job.timeoutMs >= 1000 ? `${job.timeoutMs / 1000} s` : `${job.timeoutMs} ms`}; the article was not added`),
        job.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage({ id, article: job.article });
    });
  }

  /** The worker, started on first use; resolves once it has loaded the pipeline. */
  private started(): Promise<Worker> {
    if (this.ready) return this.ready;
    const worker = startWorker();
    this.worker = worker;
    this.ready = new Promise<Worker>((resolve, reject) => {
      const onReady = (m: unknown) => {
        if (m !== 'ready') return;
        worker.off('message', onReady);
        worker.off('error', onError);
        resolve(worker);
      };
      const onError = (err: Error) => {
        this.discard(worker);
        reject(new ExtractionError(`extraction worker failed to start (${err.message.split('\n')[0]})`));
      };
      worker.on('message', onReady);
      worker.once('error', onError);
    });
    return this.ready;
  }

  private discard(worker: Worker): void {
    if (this.worker === worker) {
      this.worker = null;
      this.ready = null;
    }
    void worker.terminate();
  }
}

const thread = new ExtractionThread();

/**
 * Runs the extraction pipeline on `article` in a worker thread, so the caller's event loop keeps answering while
 * it runs. Rejects with a one-line ExtractionError when it takes longer than `timeoutMs`.
 */
export function extractOffThread(article: Article, opts: { timeoutMs?: number } = {}): Promise<ArticleFacts> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_EXTRACTION_TIMEOUT_MS;
  return new Promise((resolve, reject) => thread.run({ article, timeoutMs, resolve, reject }));
}
