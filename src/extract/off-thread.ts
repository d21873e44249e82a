import type { Article } from '../article/types';
import { extractFacts } from './pipeline';
import type { ArticleFacts } from './types';

/**
 * The one way ingestion extracts an article: a promise, so callers are already written for extraction that
 * runs off the event loop (a worker thread). For now it runs the pipeline in this thread.
 */
export async function extractOffThread(article: Article): Promise<ArticleFacts> {
  return extractFacts(article);
}
