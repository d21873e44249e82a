import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import type { TimelineEntry } from '../../src/answer/timeline';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';

/** Invented articles: one with a publication date, one without. */
const HARBOUR = `---
title: Harbour plan stalls
published: 2024-03-14
---
The council will meet again on Monday to discuss the harbour, Mayor Ilse Varga said.

The first harbour plan ran from 2007 to 2013 and cost more than planned.

Varga told BBC Radio 4's Today programme in 2019 that the plan had failed.`;

const PORT = `---
title: Port vote
---
The port authority voted on Tuesday to sell the cranes.

In 2010, the port opened a second terminal.`;

const dossier = Dossier.fromStore({
  schemaVersion: STORE_SCHEMA_VERSION,
  articles: [extractFacts(parseArticle(HARBOUR, 'harbour')), extractFacts(parseArticle(PORT, 'port'))],
});

describe('timeline', () => {
  const answer = dossier.timeline();
  const entries = (answer.data as { entries: TimelineEntry[] }).entries;
  const rows = answer.sections[0]!.items.map((i) => i.text);

  it('orders dates across articles by value, relative ones nothing resolves last', () => {
    expect(entries.map((e) => [e.article, e.text, e.value])).toEqual([
      ['harbour', '2007 to 2013', '2007'],
      ['port', '2010', '2010'],
      ['harbour', '2019', '2019'],
      ['harbour', 'Monday', '2024-03-18'],
      ['port', 'Tuesday', null],
    ]);
  });

  it('keeps a range whole, shows relative dates with their resolved value and names each row’s article', () => {
    expect(rows[0]).toMatch(/^2007–2013 · Harbour plan stalls(?: · [^—]+)? — The first harbour plan/);
    expect(rows[3]).toMatch(/^2024-03-18 \(“Monday”\) · Harbour plan stalls(?: · [^—]+)? — The council will meet again/);
    expect(rows[4]).toMatch(/^“Tuesday” \(relative to publication\) · Port vote(?: · [^—]+)? — /);
    expect(answer.text).toContain('1 relative to a publication date the article does not give');
  });

  it('reads no programme title as a date', () => {
    expect(entries.some((e) => /today/i.test(e.text))).toBe(false);
  });

  it('keeps a dashed year range as one row', () => {
    const d = Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: [extractFacts(parseArticle('The war of 2007-2013 ended badly.', 'w'))] });
    const e = (d.timeline().data as { entries: TimelineEntry[] }).entries;
    expect(e.map((x) => [x.text, x.value, x.end])).toEqual([['2007-2013', '2007', '2013']]);
  });
});
