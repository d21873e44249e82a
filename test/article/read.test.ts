import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleError, parseArticle, readArticleFile } from '../../src/article/read';

describe('parseArticle', () => {
  it('reads front matter, numbers paragraphs from 1 and keeps exact offsets', () => {
    const a = parseArticle('---\ntitle: "A headline"\nsource: Example News\npublished: 2024-03-18 # a comment\n---\nFirst one. Second.\n\n\nThird para.\r\n', 'x');
    expect(a.title).toBe('A headline');
    expect(a.source).toBe('Example News');
    expect(a.published).toBe('2024-03-18');
    expect(a.url).toBeNull();
    expect(a.paragraphs.map((p) => [p.index, p.text])).toEqual([
      [1, 'First one. Second.'],
      [2, 'Third para.'],
    ]);
    expect(a.sentences.map((s) => [s.paragraph, s.text])).toEqual([
      [1, 'First one.'],
      [1, 'Second.'],
      [2, 'Third para.'],
    ]);
    for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    for (const p of a.paragraphs) expect(a.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('leaves metadata empty for a plain text body', () => {
    const a = parseArticle('Just a body.', 'plain');
    expect([a.title, a.source, a.url, a.published]).toEqual([null, null, null, null]);
  });

  it('rejects an empty body, a bad date and malformed front matter with one line', () => {
    expect(() => parseArticle('  \n\n ', 'e')).toThrow(ArticleError);
    expect(() => parseArticle('---\npublished: March 3\n---\nBody.', 'd')).toThrow(/published/);
    expect(() => parseArticle('---\nthis is not yaml\n---\nBody.', 'f')).toThrow(/front matter/);
  });
});

describe('readArticleFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-read-'));
  const write = (name: string, data: string | Buffer) => {
    const file = join(dir, name);
    writeFileSync(file, data);
    return file;
  };

  it('names the file in its errors', () => {
    expect(() => readArticleFile(write('empty.txt', ''))).toThrow(/^empty\.txt: /);
    expect(() => readArticleFile(write('bin.txt', Buffer.from([0x89, 0x50, 0x00, 0x01])))).toThrow(/not a text file/);
    expect(() => readArticleFile(write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9])))).toThrow(/UTF-8/);
    expect(() => readArticleFile(join(dir, 'missing.txt'))).toThrow(/cannot read/);
  });

  it('refuses a file over the size limit without reading it all', () => {
    expect(() => readArticleFile(write('big.txt', 'word '.repeat(1_100_000)))).toThrow(/too large/);
  });

  it('takes the id from the file name', () => {
    expect(readArticleFile(write('017_story.md', 'Body text.')).id).toBe('017_story');
  });
});
