import { describe, expect, it } from 'vitest';
import { articleName, articleRef, articleUrl } from '../../src/answer/cite';
import { Dossier } from '../../src/answer/dossier';
import type { Answer, Citation } from '../../src/answer/types';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';
import { seedDossier, SEED_ID } from './helpers';

const TITLED_ID = 'harbour-reopens';
const titled = parseArticle(
  [
    '---',
    'title: "Harbour reopens after storm"',
    'source: Coastal Courier',
    'published: 2024-03-05',
    'url: https://example.org/harbour-reopens',
    '---',
    'The harbour of Port Wendle reopened on Tuesday after a storm closed it for three days.',
    '',
    'Harbour master Ada Quill said the quays were safe again. "We checked every mooring," she said.',
    '',
    'Fishing crews returned to sea on Wednesday, Ada Quill said.',
  ].join('\n'),
  TITLED_ID,
);
const seed = seedDossier();
const seedArticle = seed.store.articles[0]!.article;
const two = Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: [...seed.store.articles, extractFacts(titled)] });

const LABEL = 'Harbour reopens after storm · Coastal Courier · 2024-03-05';

function everyCitation(a: Answer): Citation[] {
  return [...a.citations, ...a.sections.flatMap((s) => s.items.flatMap((i) => (i.citation ? [i.citation] : [])))];
}

function expectVerbatim(a: Answer): void {
  const byId = new Map(two.store.articles.map((f) => [f.article.id, f.article]));
  for (const c of everyCitation(a)) expect(byId.get(c.article)!.text.slice(c.start, c.end)).toBe(c.text);
}

describe('naming an article', () => {
  it('is title · outlet · date, with its link kept apart', () => {
    const ref = articleRef(titled);
    expect(articleName(ref)).toBe(LABEL);
    expect(articleUrl(ref)).toBe('https://example.org/harbour-reopens');
    expect(articleUrl({ ...ref, url: 'javascript:alert(1)' })).toBeNull();
    expect(articleUrl({ ...ref, url: 'not a url' })).toBeNull();
  });

  it('names the untitled seed by its opening words, verbatim and quoted, and invents no outlet or date', () => {
    const ref = articleRef(seedArticle);
    expect(ref).toMatchObject({ id: SEED_ID, title: null, outlet: null, published: null, url: null });
    const name = articleName(ref);
    expect(name).toMatch(/^“.+…”$/);
    expect(name.length).toBeLessThanOrEqual(64);
    expect(seedArticle.text.startsWith(name.slice(1, -2))).toBe(true);
    expect(name).not.toContain(SEED_ID);
    // cut at a word boundary: the last word kept is whole
    const kept = name.slice(1, -2);
    expect(seedArticle.text[kept.length]).toBe(' ');
  });

  it('every citation carries the reference, and the seed answers never name it by id', () => {
    const a = seed.ask('Who ordered troops into Ukraine?');
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) expect(c.articleRef).toBe(articleRef(seedArticle));
    expect(seed.brief().title).toBe(articleName(articleRef(seedArticle)));
    // what people read of /about (item.article is the id kept for machines)
    const about = seed.about();
    const read = [about.title, about.text, ...about.sections.flatMap((x) => x.items.map((i) => i.text)), ...about.notes].join('\n');
    expect(read).toContain(articleName(articleRef(seedArticle)));
    expect(read).not.toContain(SEED_ID.slice(4));
  });
});

describe('choosing an article', () => {
  it('/source without article asks which when several are loaded, and answers with one', () => {
    const which = two.source({ paragraph: 2 });
    expect(which.answered).toBe(false);
    expect(which.title).toBe('Which article?');
    expect(which.citations).toEqual([]);
    expect(which.sections[0]!.items).toEqual([
      { text: articleName(articleRef(seedArticle)), article: SEED_ID },
      { text: LABEL, article: TITLED_ID },
    ]);
    const one = seed.source({ paragraph: 2 });
    expect(one.answered).toBe(true);
    const chosen = two.source({ paragraph: 2, article: TITLED_ID });
    expect(chosen.title).toBe(`${LABEL} ¶2`);
    expect(chosen.citations[0]!.text).toBe(titled.paragraphs[1]!.text);
    expectVerbatim(chosen);
  });

  it('matches ids exactly, never by prefix', () => {
    for (const a of [
      two.source({ paragraph: 1, article: '000_5' }),
      two.brief({ article: 'harbour' }),
      two.ask('Who said the quays were safe?', { article: '000_561b' }),
      two.timeline({ article: TITLED_ID.toUpperCase() }),
      seed.claims({ article: '000' }),
    ]) {
      expect(a.answered).toBe(false);
      expect(a.title).toBe('No such article');
      expect(everyCitation(a)).toEqual([]);
      expect(a.sections[0]!.items.map((i) => i.article)).toContain(SEED_ID);
    }
  });

  it('restricts every answer that cites to the chosen article', () => {
    const asked = two.ask('Who said the quays were safe?', { article: TITLED_ID });
    expect(asked.answered).toBe(true);
    expect(asked.text).toMatch(/Ada Quill/);
    const elsewhere = two.ask('Who said the quays were safe?', { article: SEED_ID });
    expect(everyCitation(elsewhere).every((c) => c.article === SEED_ID)).toBe(true);
    for (const a of [two.timeline({ article: TITLED_ID }), two.claims({ article: TITLED_ID }), two.actor('Ada Quill', { article: TITLED_ID }), two.brief({ article: TITLED_ID })]) {
      const cited = everyCitation(a);
      expect(cited.length).toBeGreaterThan(0);
      expect(cited.every((c) => c.article === TITLED_ID)).toBe(true);
      expectVerbatim(a);
    }
    expect(two.actor('Ada Quill', { article: SEED_ID }).answered).toBe(false);
    expect(two.timeline().sections[0]!.items.some((i) => i.citation?.article === SEED_ID)).toBe(true);
  });

  it('keeps a few single-article Dossiers, not one per id ever asked', () => {
    const a = two.forArticle(TITLED_ID);
    expect(a).not.toBeNull();
    expect(two.forArticle(TITLED_ID)).toBe(a);
    expect(two.forArticle('harbour')).toBeNull();
    expect(seed.forArticle(SEED_ID)).toBe(seed);
  });
});

describe('article autocomplete', () => {
  it('offers titles in tiers (exact, prefix, word prefix, close spelling), each value an exact id', () => {
    expect(two.articleChoices('Harbour reopens after storm')).toEqual([{ name: LABEL, value: TITLED_ID }]);
    expect(two.articleChoices('harb')).toEqual([{ name: LABEL, value: TITLED_ID }]);
    expect(two.articleChoices('after st')).toEqual([{ name: LABEL, value: TITLED_ID }]);
    expect(two.articleChoices('harbuor')).toEqual([{ name: LABEL, value: TITLED_ID }]);
    expect(two.articleChoices('wooded')).toEqual([{ name: articleName(articleRef(seedArticle)), value: SEED_ID }]);
    expect(two.articleChoices(TITLED_ID)).toEqual([{ name: LABEL, value: TITLED_ID }]);
    expect(two.articleChoices('zebra crossing')).toEqual([]);
    expect(two.articleChoices('').map((c) => c.value)).toEqual([SEED_ID, TITLED_ID]);
  });

  it('puts an exact title before titles that only start with it', () => {
    const a = parseArticle('---\ntitle: Storm\n---\nA storm came.', 'storm');
    const b = parseArticle('---\ntitle: Storm damage mounts\n---\nThe damage mounts.', 'storm-damage');
    const d = Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: [extractFacts(b), extractFacts(a)] });
    expect(d.articleChoices('storm').map((c) => c.value)).toEqual(['storm', 'storm-damage']);
  });

  it('returns at most 25 choices with names of at most 100 characters', () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      extractFacts(parseArticle(`---\ntitle: "Storm report ${i} ${'with a very long headline '.repeat(6)}"\nsource: Coastal Courier\n---\nIt rained.`, `storm-${i}`)),
    );
    const d = Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: many });
    const choices = d.articleChoices('storm');
    expect(choices).toHaveLength(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(many.some((f) => f.article.id === c.value)).toBe(true);
    }
  });
});
