/**
 * `ingest URL|FILE --guild ID` and `library list|remove|import`: pages served from 127.0.0.1 (saved news pages
 * from ../shared/bench/html-newspaper; skipped when absent), fetched with loopback allowed only through the
 * explicit test setting. Commands run in this process; the exit-status contract is checked on the real CLI.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceCommand } from '../../src/cli/answers';
import { parseArgs } from '../../src/cli/args';
import { ingestCommand } from '../../src/cli/ingest-command';
import { libraryCommand } from '../../src/cli/library';
import type { CliCommand } from '../../src/cli/output';
import { loadStore } from '../../src/store/cache';

const PAGES = resolve(process.env.DOSSIER_SHARED ?? '../shared', 'bench/html-newspaper/html');
const A = '300000000000000001';
const B = '300000000000000002';

let root: string;
let data: string;
let server: Server;
let base: string;
const saved = process.env.DOSSIER_FETCH_ALLOW_LOOPBACK;

const run = async (command: CliCommand, ...argv: string[]) => (await command.run(parseArgs([command.name, ...argv, '--data', data]))).json as Record<string, unknown>;

describe.skipIf(!existsSync(PAGES))('CLI server libraries', () => {
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'dossier-cli-library-'));
    data = join(root, 'articles');
    mkdirSync(data);
    copyFileSync('data/articles/000_561b48a65b5491d5.txt', join(data, '000_seed.txt'));
    server = createServer((req, res) => {
      const file = join(PAGES, (req.url ?? '/').slice(1));
      if (/^\/[\w.-]+\.html$/.test(req.url ?? '') && existsSync(file)) res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(file));
      else res.writeHead(404).end();
    });
    server.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.DOSSIER_FETCH_ALLOW_LOOPBACK = 'true';
  });

  afterAll(() => {
    if (saved === undefined) delete process.env.DOSSIER_FETCH_ALLOW_LOOPBACK;
    else process.env.DOSSIER_FETCH_ALLOW_LOOPBACK = saved;
    server?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('ingests a URL and an .html file into one server’s library only, and the same page again changes nothing', async () => {
    const url = await run(ingestCommand, `${base}/al.com1.html`, '--guild', A);
    expect(url).toMatchObject({ ingested: true, guild: A, unchanged: false });
    const page = join(root, 'page.html');
    copyFileSync(join(PAGES, 'apartmenttherapy.com1.html'), page);
    const file = await run(ingestCommand, page, '--guild', A);
    expect(file).toMatchObject({ ingested: true, unchanged: false });
    expect(await run(ingestCommand, `${base}/al.com1.html`, '--guild', A)).toMatchObject({ ingested: false, unchanged: true, id: url.id });

    const listA = (await run(libraryCommand, 'list', '--guild', A)).articles as { id: string; paragraphs: number }[];
    expect(listA.map((a) => a.id)).toEqual([url.id, file.id]);
    expect(listA.every((a) => a.paragraphs > 0)).toBe(true);
    expect((await run(libraryCommand, 'list', '--guild', B)).articles).toEqual([]);
    // the bundled folder is never written by a server's ingest
    expect(readdirSync(data).filter((f) => !f.startsWith('.'))).toEqual(['000_seed.txt']);

    const own = await run(sourceCommand, '1', String(url.id), '--guild', A);
    expect(own.article).toBe(url.id);
    const other = await run(sourceCommand, '1', String(url.id), '--guild', B);
    expect(other.answered).toBe(false);
  });

  it('removes by exact id only', async () => {
    const [first] = (await run(libraryCommand, 'list', '--guild', A)).articles as { id: string }[];
    await expect(run(libraryCommand, 'remove', first!.id.slice(0, -1), '--guild', A)).rejects.toThrow(/has no article/);
    await expect(run(libraryCommand, 'remove', first!.id, '--guild', B)).rejects.toThrow(/has no article/);
    expect(await run(libraryCommand, 'remove', first!.id, '--guild', A)).toEqual({ guild: A, removed: first!.id });
    expect((await run(libraryCommand, 'list', '--guild', A)).articles).toHaveLength(1);
  });

  it('imports a folder into a server’s library under the files’ names', async () => {
    const imported = await run(libraryCommand, 'import', data, '--guild', B);
    expect(imported).toMatchObject({ added: ['000_seed'], skipped: [] });
    expect((await run(sourceCommand, '2', '000_seed', '--guild', B)).article).toBe('000_seed');
  });

  it('ingests a URL into a data folder as an article file, as the folder store reads it', async () => {
    const done = await run(ingestCommand, `${base}/al.com1.html`);
    expect(done).toMatchObject({ ingested: true });
    expect(String(done.path)).toMatch(/\.md$/);
    expect(loadStore(data).store.articles.map((f) => f.article.id)).toContain(done.id);
  });

  it('keeps the exit-status contract: 2 for usage, 1 with one line for a refused link, nothing stored', async () => {
    const cli = (...argv: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...argv, '--data', data], { encoding: 'utf8', env: { ...process.env, DOSSIER_FETCH_ALLOW_LOOPBACK: '' } });
    const usage = cli('library', 'list');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^dossier: library needs --guild ID/);
    const before = await run(libraryCommand, 'list', '--guild', A);
    const refused = cli('ingest', 'http://10.0.0.7/story', '--guild', A);
    expect(refused.status).toBe(1);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toMatch(/^dossier: .*refused/);
    // loopback needs the explicit setting: the CLI without it refuses the local server
    const loopback = cli('ingest', `${base}/about.com1.html`, '--guild', A);
    expect(loopback.status).toBe(1);
    expect(await run(libraryCommand, 'list', '--guild', A)).toEqual(before);
  });
});
