import type { ArticleFacts } from '../extract/types';

/** Bump when the stored shape changes; a store of another version is rebuilt, never trusted. */
export const STORE_SCHEMA_VERSION = 1;

/** Everything Dossier knows: plain JSON-serialisable data. */
export interface FactStore {
  schemaVersion: number;
  articles: ArticleFacts[];
}
