/** Where an article comes from: links in a message, local files (text as is, web pages read), one-line refusals. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/fetch';
import { firstLink, fromAttachment, fromFile, fromUrl, isRefusal } from '../../src/ingest/sources';

const dir = mkdtempSync(join(tmpdir(), 'dossier-sources-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  writeFileSync(join(dir, name), content);
  return join(dir, name);
};

describe('firstLink', () => {
  it.each([
    ['read https://example.org/a?b=1 now', 'https://example.org/a?b=1'],
    ['no embed: <https://example.org/story>', 'https://example.org/story'],
    ['[the story](https://example.org/x), then http://second.example', 'https://example.org/x'],
    ['ends a sentence: https://example.org/y.', 'https://example.org/y'],
    ['ftp://example.org/file and nothing else', null],
    ['', null],
  ])('%j → %j', (content, link) => expect(firstLink(content)).toBe(link));
});

describe('fromFile', () => {
  it('keeps Markdown as it is and reads a web page into the article format', async () => {
    expect((await fromFile(file('note.md', '---\ntitle: Note\n---\nA line.\n'))).text).toBe('---\ntitle: Note\n---\nA line.\n');
    const page = file(
      'page.html',
      '<html><head><title>Harbour reopens</title></head><body><article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after a week of repairs to the old sea wall, the port authority said in a statement.</p><p>"We are open again and the ferries are running," said Jane Doe, the harbour master, who thanked the crews.</p></article></body></html>',
    );
    const { text, name } = await fromFile(page);
    expect(name).toBe('page.html');
    expect(text).toMatch(/^---\n(.*\n)*title: "Harbour reopens"\n/);
    expect(text).toContain('The harbour reopened on Monday');
  });

  it.each([
    ['a name it does not read', () => file('notes.pdf', 'x'), /notes\.pdf: not an article file/],
    ['a missing file', () => join(dir, 'gone.md'), /gone\.md: cannot read/],
    ['bytes that are not UTF-8', () => file('latin.txt', Buffer.from([0x48, 0xe9, 0x0a])), /latin\.txt: not UTF-8/],
    ['a page without an article', () => file('empty.html', '<html><body></body></html>'), /empty\.html: /],
  ])('refuses %s in one line', async (_label, make, reason) => {
    const err = await fromFile(make()).catch((e: unknown) => e);
    expect(isRefusal(err)).toBe(true);
    expect((err as Error).message).toMatch(reason);
    expect((err as Error).message).not.toContain('\n');
  });
});

describe('links and attachments without test settings', () => {
  it('refuse loopback, private addresses and hosts other than Discord’s CDN before any request', async () => {
    for (const attempt of [
      fromUrl('http://127.0.0.1:9/story'),
      fromUrl('http://192.168.0.10/story'),
      fromAttachment({ url: 'https://example.org/story.md', name: 'story.md', size: 10 }),
      fromAttachment({ url: 'https://cdn.discordapp.com/attachments/1/2/big.md', name: 'big.md', size: 200 * 1024 * 1024 }),
    ]) {
      const err = await attempt.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(FetchError);
      expect(isRefusal(err)).toBe(true);
    }
  });
});
