/**
 * `npm start` as a child process with a known dummy token: it starts with the valid articles and names the
 * ones it skipped, survives payloads that make discord.js throw outside any handler (the last-resort guard),
 * keeps answering, and never writes the token anywhere.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNREADABLE } from '../../src/bot/gateway-guard';
import { interact, slash } from '../fake-discord/interactions';
import { FakeDiscord } from '../fake-discord/server';
import { TOKEN } from './harness';

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function npmStart(env: Record<string, string>): Run {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_') && k !== 'DATA_DIR'));
  const child = spawn('npm', ['start', '--silent'], { env: { ...clean, DOTENV_CONFIG_PATH: '/nonexistent/.env', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function stop(run: Run): Promise<void> {
  if (run.child.exitCode === null && run.child.pid) process.kill(-run.child.pid, 'SIGTERM');
  await run.exited;
}

const lines = (run: Run): Record<string, unknown>[] =>
  run
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('npm start with broken articles and a hostile gateway', () => {
  let dir: string;
  let fake: FakeDiscord;
  let run: Run;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dossier-start-'));
    copyFileSync('data/articles/000_561b48a65b5491d5.txt', join(dir, '000_seed.txt'));
    writeFileSync(join(dir, '001_empty.md'), '');
    writeFileSync(join(dir, '002_binary.txt'), Buffer.from([0xff, 0xd8, 0xff, 0, 0x10]));
    writeFileSync(join(dir, '003_front.md'), '---\npublished: someday\n---\nText.\n');
    writeFileSync(join(dir, '.dossier-cache.json'), '{"schemaVersion": 1, "key": "x"\n{ truncated');
    fake = await FakeDiscord.start({ token: TOKEN });
    run = npmStart({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, DATA_DIR: dir, LOG_LEVEL: 'info' });
    await fake.waitFor(() => run.output().includes('"msg":"ready"') || run.child.exitCode !== null, 40_000);
    if (run.child.exitCode !== null) throw new Error(`bot exited: ${run.output()}`);
  }, 60_000);

  afterAll(async () => {
    if (run) await stop(run);
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('starts with the valid article, names each file it skipped and why, and the cache it rebuilt', () => {
    const skipped = lines(run).filter((l) => l.msg === 'skipped an article').map((l) => String(l.reason));
    expect(skipped).toHaveLength(3);
    expect(skipped.find((r) => r.startsWith('001_empty.md'))).toMatch(/no paragraphs/);
    expect(skipped.find((r) => r.startsWith('002_binary.txt'))).toMatch(/not a text file|not UTF-8/);
    expect(skipped.find((r) => r.startsWith('003_front.md'))).toMatch(/published/);
    expect(lines(run).find((l) => l.msg === 'articles loaded')).toMatchObject({ articles: 1, skipped: 3 });
    const cache = lines(run).find((l) => l.msg === 'rebuilt the article cache');
    expect(cache?.cache).toBe(join(dir, '.dossier-cache.json'));
    expect(String(cache?.problem)).toMatch(/corrupt|version/);
  });

  it('survives payloads that throw inside discord.js, and keeps answering', async () => {
    fake.dispatch('READY', { garbage: true }); // throws in discord.js's own READY handling, outside any handler
    fake.dispatch('GUILD_CREATE', null);
    const noUser = slash('ask', { question: 'who?' });
    delete noUser.member;
    const unreadable = await interact(fake, noUser);
    expect(unreadable.final.content).toBe(UNREADABLE);

    const out = await interact(fake, slash('ask', { question: 'Who said what?' }));
    expect(out.ms).toBeLessThan(3000);
    expect(JSON.stringify(out.final.embeds)).toContain('¶');
    expect(run.child.exitCode).toBeNull();
    // Log lines cross a pipe; give them a moment.
    await fake.waitFor(() => /kept serving/.test(run.output()) && /dropped a gateway payload/.test(run.output()));
  });

  it('never wrote the token to stdout or stderr, nor sent it in a message', () => {
    expect(run.output().length).toBeGreaterThan(0);
    expect(run.output()).not.toContain(TOKEN);
    for (const r of fake.requests) expect(JSON.stringify(r.body ?? '')).not.toContain(TOKEN);
  });
});

describe('npm start without its data folder', () => {
  it('exits 1 with one line naming the folder', async () => {
    const run = npmStart({ DISCORD_TOKEN: TOKEN, DATA_DIR: '/nonexistent/articles' });
    const timer = setTimeout(() => void stop(run), 30_000);
    expect(await run.exited).toBe(1);
    clearTimeout(timer);
    expect(run.output().trim().split('\n')).toHaveLength(1);
    expect(run.output()).toMatch(/\/nonexistent\/articles/);
    expect(run.output()).not.toContain(TOKEN);
  }, 40_000);
});

describe('secrets in the repository', () => {
  it('.env is git-ignored', () => {
    const git = spawnSync('git', ['check-ignore', '-q', '.env']);
    if (git.error) return; // no git on this machine: nothing to check
    expect(git.status).toBe(0);
  });
});
