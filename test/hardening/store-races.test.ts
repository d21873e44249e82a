/**
 * The store as several processes see it: a cache never holds an article that is not on disk, one id is one
 * article whatever its extension, a hand-edited cache is rebuilt even with its checksum recomputed, and the
 * temporary files a killed process left behind are cleaned up.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_FILE, loadStore } from '../../src/store/cache';
import { openStore } from '../../src/store/open';

const SEED = 'data/articles/000_561b48a65b5491d5.txt';
const EXTRA = 'The harbour reopened on Monday, the port authority said.\n\n"We are open," said Jane Doe.\n';
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-races-'));
  copyFileSync(SEED, join(dir, '000_seed.txt'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cli = (...args: string[]) => spawn('npx', ['tsx', 'src/cli.ts', ...args, '--data', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
function finished(child: ReturnType<typeof cli>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += String(d)));
  child.stderr!.on('data', (d) => (stderr += String(d)));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}
const ids = (articles: { article: { id: string } }[]) => articles.map((a) => a.article.id);

describe('a cache built while the folder changes', () => {
  it('never serves an article that was added during the build and deleted after it', async () => {
    // `about` rebuilds the cache (none yet) while an article appears at some point of its run and is deleted once it is done
    const served: string[][] = [];
    for (const delay of [1500, 3000, 4500]) {
      rmSync(join(dir, CACHE_FILE), { force: true });
      const about = finished(cli('about', '--json'));
      await sleep(delay);
      writeFileSync(join(dir, '001_extra.md'), EXTRA);
      expect((await about).code).toBe(0);
      rmSync(join(dir, '001_extra.md'));
      const after = await openStore(dir);
      served.push(ids(after.store.articles));
    }
    expect(served).toEqual(served.map(() => ['000_seed']));
  }, 120_000);
});

describe('one id, two extensions', () => {
  it('the loader serves the first and names the other as skipped, in one line', () => {
    writeFileSync(join(dir, 'race.md'), EXTRA);
    writeFileSync(join(dir, 'race.txt'), 'Another text about the port.\n');
    for (const loaded of [loadStore(dir), loadStore(dir)]) {
      expect(ids(loaded.store.articles)).toEqual(['000_seed', 'race']);
      expect(loaded.store.articles[1]!.article.text).toContain('harbour');
      expect(loaded.skipped).toHaveLength(1);
      expect(loaded.skipped[0]).toMatch(/^race\.txt: .*id "race".*race\.md/);
      expect(loaded.skipped[0]).not.toContain('\n');
    }
  });

  it('two ingests of race.md and race.txt at once: one is added, the other refused', async () => {
    const inbox = mkdtempSync(join(tmpdir(), 'dossier-inbox-'));
    try {
      // the seed's length: extracting it keeps each ingest between its checks and its write for a while
      copyFileSync(SEED, join(inbox, 'race.md'));
      writeFileSync(join(inbox, 'race.txt'), `${readFileSync(SEED, 'utf8')}\nAnd one more paragraph.\n`);
      for (let round = 0; round < 2; round++) {
        const runs = await Promise.all([finished(cli('ingest', join(inbox, 'race.md'))), finished(cli('ingest', join(inbox, 'race.txt')))]);
        const onDisk = readdirSync(dir).filter((f) => f.startsWith('race.'));
        expect(onDisk, JSON.stringify(runs)).toHaveLength(1);
        expect(runs.map((r) => r.code).sort()).toEqual([0, 1]);
        const refused = runs.find((r) => r.code === 1)!;
        expect(refused.stderr.trim().split('\n')).toHaveLength(1);
        expect(refused.stderr).toMatch(/id "race"/);
        for (const f of onDisk) rmSync(join(dir, f));
      }
    } finally {
      rmSync(inbox, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('a hand-edited cache', () => {
  it('is rebuilt even when its plain sha256 checksum is recomputed', () => {
    loadStore(dir);
    const path = join(dir, CACHE_FILE);
    const raw = readFileSync(path, 'utf8');
    const newline = raw.indexOf('\n');
    const header = JSON.parse(raw.slice(0, newline)) as Record<string, unknown>;
    const payload = raw.slice(newline + 1);
    const title = loadStore(dir).store.articles[0]!.article.title!;
    expect(payload).toContain(JSON.stringify(title));
    const forged = payload.replace(JSON.stringify(title), JSON.stringify('Forged title'));
    header.checksum = createHash('sha256').update(forged).digest('hex');
    writeFileSync(path, `${JSON.stringify(header)}\n${forged}`);
    const result = loadStore(dir);
    expect(result.from).toBe('extraction');
    expect(result.store.articles[0]!.article.title).toBe(title);
    expect(loadStore(dir).from).toBe('cache');
  });

  it('keys the cache with a per-installation secret: 32 random bytes, mode 0600, made once', () => {
    loadStore(dir);
    const secret = join(dir, '.dossier-secret');
    const first = readFileSync(secret);
    expect(first.length).toBe(32);
    expect(spawnSync('stat', ['-c', '%a', secret], { encoding: 'utf8' }).stdout.trim()).toBe('600');
    loadStore(dir);
    expect(readFileSync(secret).equals(first)).toBe(true);
    // another installation's secret does not vouch for this cache
    rmSync(secret);
    expect(loadStore(dir).from).toBe('extraction');
    expect(loadStore(dir).from).toBe('cache');
    // a secret others can read is no secret: replaced, and the cache it signed rebuilt
    const second = readFileSync(secret);
    chmodSync(secret, 0o644);
    expect(loadStore(dir).from).toBe('extraction');
    expect(readFileSync(secret).equals(second)).toBe(false);
    expect(statSync(secret).mode & 0o777).toBe(0o600);
    expect(loadStore(dir).from).toBe('cache');
  });
});

describe('temporary files left by a killed process', () => {
  it('an ingest killed with SIGKILL mid-way leaves its .tmp file, and the next start removes it', async () => {
    const inbox = mkdtempSync(join(tmpdir(), 'dossier-inbox-'));
    try {
      copyFileSync(SEED, join(inbox, 'killed.md'));
      // node itself (not npx), so the signal reaches the process that holds the temporary file
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ingest', join(inbox, 'killed.md'), '--data', dir], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      const temp = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));
      for (let i = 0; i < 3000 && temp().length === 0 && child.exitCode === null; i++) await sleep(10);
      child.kill('SIGKILL');
      await exited;
      expect(temp()).toHaveLength(1);
      expect(readdirSync(dir)).not.toContain('killed.md');
      await openStore(dir);
      expect(temp()).toEqual([]);
    } finally {
      rmSync(inbox, { recursive: true, force: true });
    }
  }, 60_000);

  it('are removed at start when their process is gone, and kept while it runs', () => {
    const gone = spawnSync('true').pid!;
    const stale = [`${CACHE_FILE}.${gone}.tmp`, `.ingest-${gone}-0a1b2c3d.tmp`];
    const live = `.ingest-${process.pid}-0a1b2c3d.tmp`;
    for (const f of [...stale, live]) writeFileSync(join(dir, f), 'half a file');
    loadStore(dir);
    for (const f of stale) expect(existsSync(join(dir, f)), f).toBe(false);
    expect(existsSync(join(dir, live))).toBe(true);
    expect(existsSync(join(dir, '000_seed.txt'))).toBe(true);
  });
});
