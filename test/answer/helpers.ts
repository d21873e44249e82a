import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dossier } from '../../src/answer/dossier';
import { loadStore } from '../../src/store/cache';

export const SEED_DIR = resolve('data/articles');
export const SEED_ID = '000_561b48a65b5491d5';
export const SHARED = resolve(process.env.DOSSIER_SHARED ?? '../shared');
export const hasShared = existsSync(resolve(SHARED, 'eval/dev-questions.json'));

let seed: Dossier | undefined;
/** The Dossier over the bundled articles, loaded once per test file. */
export function seedDossier(): Dossier {
  seed ??= Dossier.fromStore(loadStore(SEED_DIR).store);
  return seed;
}
