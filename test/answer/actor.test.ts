import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import { CLAIMS_ABOUT_SHOWN, type ActorData } from '../../src/answer/profile';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';
import { seedDossier } from './helpers';

describe('actor lookup', () => {
  it.each([
    ['Lukashenka', 'Alexander Lukashenko'],
    ['alexander lukashenko', 'Alexander Lukashenko'],
    ['Tikhanovskaja', 'Svetlana Tikhanovskaya'],
    ['putn', 'Vladimir Putin'],
    ['Prokopyev', 'Vadim Prokopiev'],
    ['Poutine', 'Vladimir Putin'],
    ['Lukaschenko', 'Alexander Lukashenko'],
    ['Tsikhanouskaya', 'Svetlana Tikhanovskaya'],
    ['dissident', 'Vadim Prokopiev'],
    ['restaurateur', 'Vadim Prokopiev'],
    ['the Belarusian president', 'Alexander Lukashenko'],
    ['opposition leader', 'Svetlana Tikhanovskaya'],
  ])('finds %s as %s', (query, name) => {
    const a = seedDossier().actor(query);
    expect(a.answered).toBe(true);
    expect(a.title).toBe(name);
  });

  it.each(['Merkel', 'Angela Merkel', 'Eiffel Tower', 'xq'])('does not find %s, rather than answer a random actor', (query) => {
    const a = seedDossier().actor(query);
    expect(a.answered).toBe(false);
    expect((a.data as ActorData).actor).toBeNull();
  });

  it('gives a profile: type, description, aliases, claims by and about them, the paragraphs they appear in', () => {
    const a = seedDossier().actor('Prokopiev');
    const { actor } = a.data as ActorData;
    expect(actor?.type).toBe('person');
    expect(actor?.aliases).toContain('Prokopiev');
    expect(actor?.description).toMatch(/restaurateur/);
    expect(actor?.mentions.map((m) => m.paragraph)).toContain(6);
    expect(actor?.claims.some((c) => c.kind === 'quote' && c.text.includes('window of opportunity'))).toBe(true);
    expect(a.sections[0]?.heading).toBe('Claims by them');
    const putin = seedDossier().actor('Putin').data as ActorData;
    expect(putin.actor?.claimsAbout.length).toBeGreaterThan(0);
  });
});

describe('autocomplete', () => {
  it('returns at most 25 choices with names of at most 100 characters', () => {
    const all = seedDossier().autocomplete('');
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThanOrEqual(25);
    for (const c of all) expect(c.name.length).toBeLessThanOrEqual(100);
  });

  it('ranks exact names before prefixes before close spellings', () => {
    const d = seedDossier();
    expect(d.autocomplete('Putin')[0]?.value).toBe('Vladimir Putin');
    expect(d.autocomplete('luk')[0]?.value).toBe('Alexander Lukashenko');
    expect(d.autocomplete('tikhanovskaja')[0]?.value).toBe('Svetlana Tikhanovskaya');
    const mo = d.autocomplete('Mo').map((c) => c.value);
    expect(mo[0]).toBe('Moscow');
  });

  it('gives each call its own profile, so changing one answer does not change the next', () => {
    const d = seedDossier();
    const name = d.autocomplete('')[0]!.value;
    const first = d.actor(name);
    const sizes = first.sections.map((s) => s.items.length);
    const claims = (first.data as ActorData).actor!.claims.length;
    first.sections.forEach((s) => (s.items.length = 0));
    (first.data as ActorData).actor!.claims.length = 0;
    first.notes.push('changed');
    const second = d.actor(name);
    expect(second.sections.map((s) => s.items.length)).toEqual(sizes);
    expect((second.data as ActorData).actor!.claims.length).toBe(claims);
    expect(second.notes).not.toContain('changed');
  });

  it('resolves each choice it offers', () => {
    const d = seedDossier();
    for (const c of d.autocomplete('')) expect(d.actor(c.value).title).toBe(c.value);
  });
});

describe('actor profile of a much-discussed actor', () => {
  it('lists the first claims about them and counts them all', () => {
    const n = CLAIMS_ABOUT_SHOWN + 5;
    const body = Array.from({ length: n }, (_, i) => `“Acme Corporation broke promise number ${i + 1},” Jane Smith said.`).join('\n\n');
    const facts = extractFacts(parseArticle(body, 'acme'));
    const d = Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: [facts] });
    const data = d.actor('Acme Corporation').data as ActorData;
    expect(data.actor?.claimsAboutTotal).toBe(n);
    expect(data.actor?.claimsAbout).toHaveLength(CLAIMS_ABOUT_SHOWN);
    expect(data.actor?.claimsAbout[0]?.text).toMatch(/number 1\b/);
    expect(d.actor('Acme Corporation').sections.find((s) => s.heading.startsWith('Claims about'))?.heading).toMatch(`of ${n}`);
  });
});
