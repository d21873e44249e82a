/**
 * Drives many interactions through the fake Discord at a fixed concurrency and measures each one from dispatch
 * to the request that answers it.
 */
import { autocomplete, messageMenu, slash } from '../fake-discord/interactions';
import type { FakeDiscord, RecordedRequest } from '../fake-discord/server';

type Json = Record<string, unknown>;

/** A mix like a busy server's: questions, lookups, lists, autocomplete and the message menu. */
export function loadPayload(i: number): Json {
  const user = { id: String(1_500_000_000_000_000_000n + BigInt(i % 200)), username: `reader${i % 200}`, global_name: null, discriminator: '0', avatar: null };
  const questions = ['Who said the election was rigged?', 'When did the protests start?', 'Who is fighting?', 'What did the army say?', '@everyone who leads?'];
  const pick = <T>(xs: T[]): T => xs[i % xs.length]!;
  switch (i % 10) {
    case 0:
    case 1:
    case 2:
      return slash('ask', { question: pick(questions) }, undefined, user);
    case 3:
      return slash('actor', { name: pick(['president', 'army', 'Minsk', 'nobody at all']) }, undefined, user);
    case 4:
      return slash('claims', {}, undefined, user);
    case 5:
      return slash('timeline', {}, undefined, user);
    case 6:
      return slash('source', { paragraph: (i % 12) + 1 }, undefined, user);
    case 7:
      return autocomplete('actor', 'name', pick(['', 'a', 'pr', 'Bel']));
    case 8:
      return messageMenu('Find sources', pick(questions));
    default:
      return slash('about', {}, undefined, user);
  }
}

export interface LoadResult {
  count: number;
  answered: number;
  /** Milliseconds from dispatch to the answering request, sorted ascending. */
  latencies: number[];
  wallMs: number;
  /** Messages the bot sent (for limit and mention checks). */
  bodies: unknown[];
}

/** Sends `count` interactions, `concurrency` at a time; each waits for its callback (and, when deferred, its edit). */
export async function runLoad(fake: FakeDiscord, count: number, concurrency: number, timeoutMs = 10_000): Promise<LoadResult> {
  const pending = new Map<string, (r: RecordedRequest) => void>();
  const observe = (r: RecordedRequest): void => {
    if (r.status === undefined || r.status >= 300) return;
    const m = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path) ?? /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/.exec(r.path);
    if (m) pending.get(m[1]!)?.(r);
  };
  fake.observers.add(observe);
  const latencies: number[] = [];
  const bodies: unknown[] = [];
  let answered = 0;
  let next = 0;
  const one = async (payload: Json): Promise<void> => {
    const started = Date.now();
    const id = payload.id as string;
    const token = payload.token as string;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => (pending.delete(id), pending.delete(token), reject(new Error(`interaction ${next} not answered`))), timeoutMs);
      const done = (r: RecordedRequest): void => {
        const body = r.body as { type?: number; data?: unknown } | null;
        // A deferral (type 5) is not the answer yet: wait for the edit of @original.
        if (/\/callback$/.test(r.path) && body?.type === 5) return;
        clearTimeout(timer);
        pending.delete(id);
        pending.delete(token);
        bodies.push(/\/callback$/.test(r.path) ? (body?.data ?? body) : r.body);
        resolve();
      };
      pending.set(id, done);
      pending.set(token, done);
      fake.dispatch('INTERACTION_CREATE', payload);
    });
    latencies.push(Date.now() - started);
    answered += 1;
  };
  const started = Date.now();
  const workers = Array.from({ length: concurrency }, async () => {
    while (next < count) await one(loadPayload(next++));
  });
  try {
    await Promise.all(workers);
  } finally {
    fake.observers.delete(observe);
  }
  return { count, answered, latencies: latencies.sort((a, b) => a - b), wallMs: Date.now() - started, bodies };
}

export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
