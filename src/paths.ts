import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the repository's folders are, for code that runs both from its TypeScript source (tsx, vitest) and
 * from the build (`npm run build`: bundled chunks under dist/, at another depth).
 */
const here = fileURLToPath(import.meta.url);

/** The folder holding package.json: the first one found walking up from this module. */
export const PACKAGE_ROOT = (() => {
  for (let dir = dirname(here); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${here}`);
  }
})();

/** True when this process runs the build (plain JavaScript), which can only import built modules. */
export const RUNNING_BUILD = here.endsWith('.js');

/** The build's output folder; it mirrors the repository's layout (dist/src, dist/commands). */
export const BUILD_DIR = join(PACKAGE_ROOT, 'dist');
