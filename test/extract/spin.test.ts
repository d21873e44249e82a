import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, readArticleFile } from '../../src/article/read';
import { detectSpin } from '../../src/extract/spin';

describe('detectSpin', () => {
  it('finds tortured phrases outside quotes with their likely originals and exact offsets', () => {
    const a = parseArticle(
      'The minister advised reporters that the satellite tv for pc link failed, in response to officials.\n\n' +
        'Lots of of protesters gathered for the reason that begin of the week.',
      'x',
    );
    const report = detectSpin(a);
    expect(report.signals.map((s) => [s.text, s.original])).toEqual([
      ['advised reporters', 'told reporters'],
      ['satellite tv for pc', 'satellite'],
      ['in response to officials', 'according to officials'],
      ['Lots of of', 'hundreds of'],
      ['for the reason that begin of', 'since the start of'],
    ]);
    for (const s of report.signals) expect(a.text.slice(s.start, s.end)).toBe(s.text);
    expect(report.signals.map((s) => s.paragraph)).toEqual([1, 1, 1, 2, 2]);
    expect(report.likely).toBe(true);
  });

  it('leaves words inside quotation marks alone', () => {
    const a = parseArticle('“We advised reporters about the court docket,” she said.', 'q');
    expect(detectSpin(a).signals).toEqual([]);
  });

  it('does not call one odd phrase in clean text spun', () => {
    const a = parseArticle('The court docket was released on Monday. The judge said the hearing would resume.', 'c');
    const report = detectSpin(a);
    expect(report.signals).toHaveLength(1);
    expect(report.likely).toBe(false);
  });

  it('flags the machine-paraphrased seed article', () => {
    const report = detectSpin(readArticleFile('data/articles/000_561b48a65b5491d5.txt'));
    expect(report.likely).toBe(true);
    expect(report.signals.length).toBeGreaterThan(10);
  });

  const corpus = '../shared/corpus';
  it.skipIf(!existsSync(corpus))('finds no spin in clean journalism (../shared/corpus)', () => {
    for (const name of readdirSync(corpus)) {
      expect(detectSpin(readArticleFile(join(corpus, name))).likely, name).toBe(false);
    }
  });
});
