/** `ingest FILE`: hostile files are refused with one line naming the file, and the data folder is left byte-for-byte. */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../../src/article/read';
import { ingestArticle, IngestError } from '../../src/cli/ingest';
import { Dossier } from '../../src/answer/dossier';

const SEED = 'data/articles/000_561b48a65b5491d5.txt';
let root: string;
let data: string;
let inbox: string;

/** Every entry of the folder with its bytes: what "exactly as it was" compares. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f)).toString('base64')]));
}

function file(name: string, content: string | Buffer): string {
  const path = join(inbox, name);
  writeFileSync(path, content);
  return path;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
  data = join(root, 'articles');
  inbox = join(root, 'inbox');
  mkdirSync(data);
  mkdirSync(inbox);
  copyFileSync(SEED, join(data, '000_seed.txt'));
  writeFileSync(join(data, '.dossier-cache.json'), 'a cache the store may rebuild');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('ingestArticle', () => {
  const bad: [string, () => string, RegExp][] = [
    ['a missing file', () => join(inbox, 'nope.md'), /nope\.md: cannot read/],
    ['an empty file', () => file('empty.md', ''), /empty\.md: no paragraphs/],
    ['only whitespace', () => file('blank.txt', ' \n\n\t\n'), /blank\.txt: no paragraphs/],
    ['binary bytes', () => file('binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])), /binary\.md: not a text file/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0x0a])), /latin1\.txt: not UTF-8/],
    ['broken front matter', () => file('front.md', '---\ntitle Storm\n---\nBody.\n'), /front\.md: front matter/],
    ['a bad published date', () => file('date.md', '---\npublished: yesterday\n---\nBody.\n'), /date\.md: front matter/],
    ['front matter and no body', () => file('nobody.md', '---\ntitle: T\n---\n'), /nobody\.md: no paragraphs/],
    ['too large', () => file('huge.txt', Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a')), /huge\.txt: too large/],
    ['a directory', () => (mkdirSync(join(inbox, 'dir.md'), { recursive: true }), join(inbox, 'dir.md')), /dir\.md: not a regular file/],
    ['a dangling symlink', () => (symlinkSync(join(inbox, 'gone'), join(inbox, 'link.md')), join(inbox, 'link.md')), /link\.md: is a symbolic link/],
    ['a symlink to a system file', () => (symlinkSync('/etc/passwd', join(inbox, 'passwd.md')), join(inbox, 'passwd.md')), /passwd\.md: is a symbolic link; not followed/],
    ['a symlink to a valid article', () => (symlinkSync(join(process.cwd(), SEED), join(inbox, 'seedlink.txt')), join(inbox, 'seedlink.txt')), /seedlink\.txt: is a symbolic link/],
    ['a month that does not exist', () => file('month.md', '---\npublished: 2024-13-45\n---\nBody.\n'), /month\.md: front matter: published is not a date on the calendar/],
    ['a 29 February outside a leap year', () => file('leap.md', '---\npublished: 2023-02-29\n---\nBody.\n'), /leap\.md: front matter: published is not a date/],
    ['an escape sequence in the name', () => file('evil\u001b]52;c;aGk=\u0007.md', 'Body.\n'), /^"evil\\u001b\]52;c;aGk=\\u0007\.md": the name has control characters$/],
    ['a carriage return in the name', () => file('cr\r.txt', 'Body.\n'), /"cr\\r\.txt": the name has control characters/],
    ['a direction override in the name', () => file('txt.\u202egnp.md', 'Body.\n'), /the name has control characters/],
    ['a backslash in the name', () => file('a\\b.md', 'Body.\n'), /a\\b\.md: the name has a path separator/],
    ['a FIFO', () => (spawnSync('mkfifo', [join(inbox, 'pipe.md')]), join(inbox, 'pipe.md')), /pipe\.md: not a regular file/],
    ['a name the store would not read', () => file('notes.pdf', 'Some text.\n'), /notes\.pdf: not an article file name/],
    ['a dot-file', () => file('.hidden.md', 'Some text.\n'), /\.hidden\.md: not an article file name/],
    ['another article under the same name', () => file('000_seed.txt', 'Different text.\n'), /000_seed\.txt: .* already exists/],
    ['the same id with another extension', () => file('000_seed.md', 'Different text.\n'), /id "000_seed" is already/],
  ];

  it.each(bad)('refuses %s with one line naming the file, and leaves the folder byte-for-byte', (_label, make, reason) => {
    const path = make();
    const before = snapshot(data);
    let error: unknown;
    try {
      ingestArticle(path, data);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(IngestError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).not.toContain('\n');
    expect(snapshot(data)).toEqual(before);
  });

  it('refuses a data folder that does not exist, and creates nothing', () => {
    const missing = join(root, 'missing');
    expect(() => ingestArticle(file('ok.md', 'A paragraph.\n'), missing)).toThrow(/data folder .*missing does not exist/);
    expect(readdirSync(root)).not.toContain('missing');
  });

  it('adds a valid article under its own name, with exactly its bytes, and the store then serves it', async () => {
    const text = '---\ntitle: Harbour reopens\npublished: 2024-03-18\n---\nThe harbour reopened on Monday, the port authority said.\n\n"We are open," said Jane Doe.\n';
    const done = ingestArticle(file('harbour.md', text), data);
    expect(done).toMatchObject({ id: 'harbour', title: 'Harbour reopens', paragraphs: 2, unchanged: false });
    expect(readFileSync(join(data, 'harbour.md'), 'utf8')).toBe(text);
    expect(readdirSync(data).filter((f) => f.includes('.tmp'))).toEqual([]);
    const { dossier, skipped } = await Dossier.load(data);
    expect(skipped).toEqual([]);
    expect(dossier.store.articles.map((a) => a.article.id)).toContain('harbour');
  });

  it('accepts 29 February of a leap year', () => {
    expect(ingestArticle(file('leapday.md', '---\npublished: 2024-02-29\n---\nThe harbour reopened, the port authority said.\n'), data).unchanged).toBe(false);
  });

  it('takes over the folder lock a killed ingest left, and waits out (then refuses) one that is held', () => {
    const lock = join(data, '.dossier.lock');
    writeFileSync(lock, String(spawnSync('true').pid)); // its owner is gone
    expect(ingestArticle(file('afterkill.md', 'The ferry left at noon, the captain said.\n'), data).unchanged).toBe(false);
    expect(readdirSync(data)).not.toContain('.dossier.lock');
    const holder = spawn('sleep', ['30']);
    try {
      writeFileSync(lock, String(holder.pid));
      const before = snapshot(data);
      expect(() => ingestArticle(file('whilelocked.md', 'The bridge closed at dawn, officials said.\n'), data)).toThrow(/whilelocked\.md: the data folder is locked by another writer \(pid \d+\)/);
      expect(snapshot(data)).toEqual(before);
    } finally {
      holder.kill();
      rmSync(lock, { force: true });
    }
  });

  it('ingesting the same bytes again changes nothing and succeeds', () => {
    const before = snapshot(data);
    const again = ingestArticle(join(inbox, 'harbour.md'), data);
    expect(again.unchanged).toBe(true);
    expect(snapshot(data)).toEqual(before);
  });
});

describe('npm run cli -- ingest', () => {
  const cli = (...args: string[]) => spawnSync('npx', ['tsx', 'src/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, DATA_DIR: data } });

  it('exits 1 with one line on stderr for an invalid file, 0 with --json for a valid one', () => {
    const before = snapshot(data);
    const bad = cli('ingest', join(inbox, 'binary.md'));
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^dossier: binary\.md: not a text file/);
    expect(snapshot(data)).toEqual(before);

    const good = cli('ingest', file('second.txt', 'Officials said the bridge would close.\n'), '--json');
    expect(good.status).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ ingested: true, id: 'second', paragraphs: 1 });
    expect(readdirSync(data)).toContain('second.txt');
  }, 60_000);
});
