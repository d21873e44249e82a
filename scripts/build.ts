/**
 * `npm run build [-- MORE_ENTRIES]`: bundles the bot, the deploy script, the CLI and every command module into
 * dist/ with the repository's layout (dist/src/cli.js, dist/commands/ask.js …) as plain ES modules, so a
 * production process starts without compiling TypeScript on the fly (tsx costs about 0.4 s of every start).
 * Shared code is split into chunks, so the bot and the command modules it loads share one copy of every
 * module; packages stay in node_modules, and the extraction pipeline stays a lazy chunk, loaded only when the
 * cache cannot serve. Extra entries (the benchmark's serving process) are built alongside.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUILD_DIR, PACKAGE_ROOT } from '../src/paths';

const commands = readdirSync(join(PACKAGE_ROOT, 'commands'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => `commands/${f}`);

rmSync(BUILD_DIR, { recursive: true, force: true });
await build({
  absWorkingDir: PACKAGE_ROOT,
  // the extraction worker is an entry of its own: src/extract/off-thread.ts starts dist/src/extract/extract-worker.js
  entryPoints: ['src/cli.ts', 'src/bot/main.ts', 'src/bot/deploy.ts', 'src/extract/extract-worker.ts', ...commands, ...process.argv.slice(2)],
  outdir: BUILD_DIR,
  outbase: '.',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  logLevel: 'warning',
});
