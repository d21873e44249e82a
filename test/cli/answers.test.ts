import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { consoleReply } from '../../src/cli/console';
import { parseOptions } from '../../src/cli/options';
import { seedDossier } from '../answer/helpers';

function cli(args: string[], input?: string) {
  const r = spawnSync('npx', ['tsx', 'src/cli.ts', ...args], { encoding: 'utf8', input, env: { ...process.env, DATA_DIR: 'data/articles' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI answer commands', () => {
  it('ask --json prints the contract object and nothing else', () => {
    const out = execFileSync('npx', ['tsx', 'src/cli.ts', 'ask', 'Who ordered troops into Ukraine?', '--json'], { encoding: 'utf8' });
    const json = JSON.parse(out) as { question: string; answered: boolean; answer: string; citations: { article: string; paragraph: number; text: string }[] };
    expect(json.question).toBe('Who ordered troops into Ukraine?');
    expect(json.answered).toBe(true);
    expect(json.answer).toMatch(/Putin/);
    expect(json.citations[0]).toMatchObject({ article: '000_561b48a65b5491d5', paragraph: 13 });
  });

  it('actor --json answers "not found" with exit 0', () => {
    const r = cli(['actor', 'Merkel', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ found: false, actor: null });
  });

  it('exits 2 with one line on stderr for a usage error', () => {
    const r = cli(['source', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('console reads commands and plain questions from a pipe and prints the rendered answers', () => {
    const r = cli(['console'], '/actor name: Lukashenka\nWho ordered troops into Ukraine?\n/quit\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Alexander Lukashenko');
    expect(r.stdout).toMatch(/¶13 {2}“At the beginning/);
  });
});

describe('console lines', () => {
  it('routes Discord-style options and plain questions to the same answers', () => {
    const d = seedDossier();
    const history: { author: string; content: string }[] = [];
    expect(consoleReply(d, '/ask question: When did Putin thank Lukashenko?', history)).toContain('earlier this week');
    expect(consoleReply(d, 'When did Putin thank Lukashenko?', history)).toContain('earlier this week');
    expect(consoleReply(d, '/claims actor: Prokopiev', history)).toContain('window of opportunity');
    expect(consoleReply(d, '/source paragraph: 7', history)).toContain('¶7');
    expect(consoleReply(d, '/nope', history)).toMatch(/Unknown command/);
    expect(consoleReply(d, '   ', history)).toBeNull();
    expect(history).toHaveLength(1);
  });

  it('takes article: ID on the commands that cite, exact ids only', () => {
    const d = seedDossier();
    const history: { author: string; content: string }[] = [];
    const id = '000_561b48a65b5491d5';
    const shown = consoleReply(d, `/source paragraph: 3 article: ${id}`, history)!;
    expect(shown).toMatch(/^“In a wooded space[^\n]*¶3$/m);
    expect(shown).toContain('Source: “In a wooded space');
    expect(shown).not.toContain(id);
    const prefix = consoleReply(d, '/source paragraph: 3 article: 000_5', history)!;
    expect(prefix).toMatch(/^No such article/);
    expect(prefix).toContain(`(article: ${id})`);
    expect(consoleReply(d, '/timeline article: 000_5', history)).toMatch(/^No such article/);
    expect(consoleReply(d, `/claims actor: Prokopiev article: ${id}`, history)).toContain('window of opportunity');
  });

  it('reads --article ID and --article=ID', () => {
    expect(parseArgs(['source', '3', '--article', 'a-1']).article).toBe('a-1');
    expect(parseArgs(['ask', 'q', '--article=a-1', '--data', 'd'])).toMatchObject({ article: 'a-1', data: 'd', positional: ['q'] });
    expect(() => parseArgs(['ask', '--article'])).toThrow(/needs a value/);
    expect(parseArgs(['ask', 'q']).article).toBeNull();
  });

  it('parses named options with the first one unlabelled', () => {
    expect(parseOptions('Putin topic: war', ['actor', 'topic'])).toEqual({ actor: 'Putin', topic: 'war' });
    expect(parseOptions('topic: the war actor: Putin', ['actor', 'topic'])).toEqual({ actor: 'Putin', topic: 'the war' });
    expect(parseOptions('', ['actor'])).toEqual({});
  });
});

describe('a reader that stops early', () => {
  it('ends the output quietly when the pipe closes (dossier … | head -1)', async () => {
    const { spawn } = await import('node:child_process');
    // the pipe is closed before the answer is written, as `head` does once it has its lines
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'brief', '--data', 'data/articles'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
  });
});
