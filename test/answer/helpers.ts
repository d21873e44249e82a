import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dossier } from '../../src/answer/dossier';

export const SEED_DIR = resolve('data/articles');
export const SEED_ID = '000_561b48a65b5491d5';
export const SHARED = resolve(process.env.DOSSIER_SHARED ?? '../shared');
export const hasShared = existsSync(resolve(SHARED, 'eval/dev-questions.json'));

let seed: Dossier | undefined;
/** The Dossier over the bundled articles, loaded once per test file. */
export function seedDossier(): Dossier {
  seed ??= Dossier.load(SEED_DIR).dossier;
  return seed;
}
