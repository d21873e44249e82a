/**
 * `npm start` as an operator runs it: a child process with only environment configuration, against
 * the local fake Discord, answering every command of the design table with the real Dossier.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limitViolations, type MessageShape } from '../../src/render/discord/limits';
import { autocomplete, interact, messageMenu, slash } from '../fake-discord/interactions';
import { FakeDiscord } from '../fake-discord/server';

const TOKEN = 'dummy-start-token-0123456789';

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function npmStart(env: Record<string, string>): Run {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DISCORD_')));
  // Its own process group, so the test stops npm and the tsx process under it together.
  const child = spawn('npm', ['start', '--silent'], {
    env: { ...clean, DOTENV_CONFIG_PATH: '/nonexistent/.env', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += String(d)));
  child.stderr?.on('data', (d) => (out += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

function stop(run: Run): void {
  if (run.child.exitCode === null && run.child.pid) process.kill(-run.child.pid, 'SIGTERM');
}

async function exitWithin(run: Run, ms: number): Promise<number | null> {
  const timer = setTimeout(() => stop(run), ms);
  try {
    return await run.exited;
  } finally {
    clearTimeout(timer);
  }
}

describe('npm start', () => {
  it('exits non-zero with one clear line when DISCORD_TOKEN is missing', async () => {
    const run = npmStart({});
    expect(await exitWithin(run, 20_000)).toBe(1);
    const lines = run.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DISCORD_TOKEN is not set/);
    expect(run.output()).not.toMatch(/\n\s+at /);
  });

  it('exits non-zero with one clear line when Discord rejects the token', async () => {
    const fake = await FakeDiscord.start({ token: 'the-real-token' });
    try {
      const run = npmStart({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase });
      expect(await exitWithin(run, 20_000)).toBe(1);
      const out = run.output();
      expect(out).toMatch(/Discord rejected DISCORD_TOKEN/);
      expect(out).not.toMatch(/\n\s+at /);
      expect(out).not.toContain(TOKEN);
    } finally {
      await fake.close();
    }
  });

  describe('against a fake Discord', () => {
    let fake: FakeDiscord;
    let run: Run;

    beforeAll(async () => {
      fake = await FakeDiscord.start({ token: TOKEN });
      run = npmStart({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: 'debug' });
      await fake.waitFor(() => run.output().includes('"msg":"ready"') || run.child.exitCode !== null, 25_000);
      if (run.child.exitCode !== null) throw new Error(`bot exited: ${run.output()}`);
    }, 30_000);

    afterAll(async () => {
      if (run) {
        stop(run);
        await exitWithin(run, 5000);
      }
      await fake?.close();
    });

    it('answers every command within 3 s and Discord limits, citing the article, pinging nobody', async () => {
      const complete = await interact(fake, autocomplete('actor', 'name', ''));
      expect(complete.callback.type).toBe(8);
      const choices = complete.callback.data?.choices as { name: string; value: string }[];
      expect(choices.length).toBeGreaterThan(0);
      const name = choices[0]!.value;

      const cases: [Record<string, unknown>, boolean][] = [
        [slash('ask', { question: 'Who is fighting?' }), false],
        [slash('actor', { name }), true],
        [slash('claims', {}), true],
        [slash('claims', { actor: name }), false],
        [slash('timeline'), true],
        [slash('source', { paragraph: 1 }), true],
        [slash('brief'), true],
        [slash('brief', { thread: true }), true],
        [slash('digest', { limit: 20 }), false],
        [slash('about'), false],
        [slash('help'), false],
        [messageMenu('Find sources', 'Soldiers trained in the forest near the border.'), false],
      ];
      for (const [payload, mustCite] of cases) {
        const out = await interact(fake, payload);
        const label = JSON.stringify((payload.data as { name: string }).name);
        expect(out.ms, label).toBeLessThan(3000);
        expect([4, 5], label).toContain(out.callback.type);
        const msg = out.final as MessageShape & { allowed_mentions?: unknown };
        expect(msg.allowed_mentions, label).toEqual({ parse: [] });
        expect(limitViolations(msg), label).toEqual([]);
        if (mustCite) {
          const fields = (msg.embeds ?? []).flatMap((e) => e.fields ?? []);
          // a quoted sentence under its ¶, or list rows that each name their ¶ (briefs, timelines)
          const quoted = fields.some((f) => /^¶\d+/.test(f.name) && f.value.startsWith('> '));
          const listed = fields.some((f) => /^• .+\(¶\d+\)$/m.test(f.value));
          expect(quoted || listed, label).toBe(true);
        }
      }
      for (const r of fake.sent(/^\/channels\/\d+\/messages$/, 'POST')) {
        expect((r.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });
        expect(limitViolations(r.body as MessageShape)).toEqual([]);
      }
      expect(run.output()).not.toContain('handler failed');
    });

    it('never writes the token to its logs', () => {
      expect(run.output().length).toBeGreaterThan(0);
      expect(run.output()).not.toContain(TOKEN);
    });
  });
});
