import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';

/** Invented articles. */
const HARBOUR = `---
title: Harbour plan stalls
published: 2024-03-14
---
Rain fell over the grey water on a quiet morning in the old port.

The harbour council in Gdansk rejected a plan to dredge the northern basin on Tuesday, Mayor Ilse Varga said.

The plan, drawn up by engineer Tomas Brandt, would have cost 40 million euros over six years.

“We cannot spend money we do not have,” Varga told reporters after the vote in the town hall.

Brandt said the basin would silt up within a decade without the work, and that three ferries would have to stop.

Fishermen watched the vote from the gallery, and some of them left before it ended.

The port handled 2.1 million tonnes of cargo last year, the port authority said.

Varga said the council would look at a smaller plan in June.

“The council has chosen decline,” Brandt said.`;

const MILL = `---
title: Mill reopens
published: 2024-03-10
---
The Kessel paper mill reopened on Friday after a two-year closure, owner Marta Olsen said.

About 120 workers returned to the mill, which had closed in 2022 after a fire.

“It feels like coming home,” said Olsen, who bought the mill last year.`;

const dossierOf = (...bodies: [string, string][]) =>
  Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: bodies.map(([body, id]) => extractFacts(parseArticle(body, id))) });

describe('brief of one article', () => {
  const answer = dossierOf([HARBOUR, 'harbour']).brief();
  const points = answer.sections.find((s) => s.heading === 'Key points')!.items;

  it('leads with who, when and where from the lede and the most-mentioned actors', () => {
    expect(answer.text).toMatch(/^Who: .*Ilse Varga \(Mayor\)/);
    expect(answer.text).toContain('Tomas Brandt');
    expect(answer.text).toContain('When: 2024-03-12 (“Tuesday”)');
    expect(answer.text).toContain('Where: Gdansk');
    expect(answer.text).toContain('What: The harbour council in Gdansk rejected a plan to dredge the northern basin on Tuesday ·');
  });

  it('gives 3–5 key sentences carrying facts, each cited once, the lede’s fact first, no scenery', () => {
    expect(points.length).toBeGreaterThanOrEqual(3);
    expect(points.length).toBeLessThanOrEqual(5);
    expect(points[0]!.text).toMatch(/^The harbour council in Gdansk rejected/);
    expect(points.some((p) => p.text.includes('40 million euros'))).toBe(true);
    expect(points.some((p) => p.text.startsWith('Rain fell'))).toBe(false);
    const cited = points.map((p) => p.citation!.start);
    expect(new Set(cited).size).toBe(cited.length);
    for (const p of points) expect(p.citation!.text).toBe(p.text);
  });

  it('never repeats a sentence: not in the text above the lists, not between points and quotes', () => {
    const quotes = answer.sections.find((s) => s.heading === 'Strongest quotes')?.items ?? [];
    const starts = [...points, ...quotes].map((i) => i.citation!.start);
    expect(new Set(starts).size).toBe(starts.length);
    expect(answer.citations).toEqual([]);
    for (const p of points) expect(answer.text).not.toContain(p.text);
  });

  it('lists key actors with their roles and the strongest quotes with their speakers', () => {
    const actors = answer.sections.find((s) => s.heading === 'Key actors')!.items.map((i) => i.text);
    expect(actors).toContain('Ilse Varga — Mayor (person)');
    expect(actors.some((a) => a.startsWith('Tomas Brandt'))).toBe(true);
    const quotes = answer.sections.find((s) => s.heading === 'Strongest quotes')!.items.map((i) => i.text);
    expect(quotes.some((q) => /^(?:Ilse )?Varga: “We cannot spend money/.test(q) || /^(?:Tomas )?Brandt: “The council has chosen decline/.test(q))).toBe(true);
  });
});

describe('brief of several articles', () => {
  const d = dossierOf([HARBOUR, 'harbour'], [MILL, 'mill']);
  const answer = d.brief();

  it('gives one section per article, headed by its title, never mixing their sentences', () => {
    // headed by the article's name: its title, then outlet and date where it gives them
    expect(answer.sections.map((s) => s.heading.split(' · ')[0])).toEqual(['Harbour plan stalls', 'Mill reopens']);
    for (const [section, id] of [
      [answer.sections[0]!, 'harbour'],
      [answer.sections[1]!, 'mill'],
    ] as const) {
      expect(section.items[0]!.text).toMatch(/^Who: /);
      const cited = section.items.flatMap((i) => (i.citation ? [i.citation.article] : []));
      expect(cited.length).toBeGreaterThanOrEqual(3);
      expect(new Set(cited)).toEqual(new Set([id]));
    }
    expect(answer.sections[1]!.items.some((i) => i.text.includes('About 120 workers'))).toBe(true);
  });

  it('briefs one article when asked for it', () => {
    const one = d.brief({ article: 'mill' });
    expect(one.title.split(' · ')[0]).toBe('Mill reopens');
    expect(one.text).toContain('Marta Olsen');
    expect(one.sections.flatMap((s) => s.items).every((i) => !i.citation || i.citation.article === 'mill')).toBe(true);
  });
});

describe('the spin warning', () => {
  it('is one short line per reply, with the full explanation in /about', async () => {
    const { seedDossier } = await import('./helpers');
    const { SPIN_NOTE, SPIN_EXPLANATION } = await import('../../src/answer/about');
    const d = seedDossier();
    for (const a of [d.brief(), d.ask('Who leads the Pohonia Battalion?'), d.timeline()]) {
      expect(a.notes).toEqual([SPIN_NOTE]);
    }
    expect(SPIN_NOTE.length).toBeLessThan(100);
    const about = d.about();
    expect(about.notes).toEqual([]);
    expect(about.sections.flatMap((s) => s.items.map((i) => i.text))).toContain(SPIN_EXPLANATION);
  });
});
