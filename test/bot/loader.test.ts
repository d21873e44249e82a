import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/bot/loader';
import { createLogger } from '../../src/bot/logger';
import { COMMANDS_DIR } from '../../src/bot/register';

let dir: string | null = null;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

describe('loadCommands', () => {
  it('keeps valid modules and skips invalid or duplicate ones with a warning', async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-commands-'));
    const good = "export default { data: { name: 'ping', description: 'p' }, async execute() {} };";
    writeFileSync(join(dir, 'a-good.mjs'), good);
    writeFileSync(join(dir, 'b-dup.mjs'), good);
    writeFileSync(join(dir, 'c-no-execute.mjs'), "export default { data: { name: 'x', description: 'x' } };");
    writeFileSync(join(dir, 'd-no-default.mjs'), 'export const data = 1;');
    writeFileSync(join(dir, 'notes.txt'), 'not a module');
    const lines: string[] = [];
    const logger = createLogger('warn', [], new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }));
    const commands = await loadCommands(dir, logger);
    expect(commands.map((c) => c.data.name)).toEqual(['ping']);
    expect(lines.filter((l) => l.includes('skipping'))).toHaveLength(3);
  });

  it('loads the ten commands of the design table, and the library commands (/ingest, Add to library, /library)', async () => {
    const commands = await loadCommands(COMMANDS_DIR, createLogger('silent'));
    expect(commands.map((c) => c.data.name).sort()).toEqual(['Add to library', 'Find sources', 'about', 'actor', 'ask', 'brief', 'claims', 'digest', 'help', 'ingest', 'library', 'source', 'timeline']);
    for (const c of commands) {
      expect(c.data.name.length).toBeLessThanOrEqual(32);
      if ('description' in c.data) expect(c.data.description.length).toBeLessThanOrEqual(100);
    }
  });
});
