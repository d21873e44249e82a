import { describe, expect, it } from 'vitest';
import { ActorLookup, mentionCount } from '../../src/answer/lookup';
import type { ActorEntry } from '../../src/store/indices';
import { fold, tokenize } from '../../src/store/terms';
import { seedDossier } from './helpers';

const key = (text: string) => tokenize(text).map((t) => fold(t.word)).join(' ');
const words = (form: string) => tokenize(form).map((t) => fold(t.word));
const byRank = (a: ActorEntry, b: ActorEntry) => mentionCount(b) - mentionCount(a) || a.name.localeCompare(b.name);

/** The ranking spelt out over every actor: exact names, then names with a form or word starting so. */
function naive(actors: ActorEntry[], prefix: string, limit: number): ActorEntry[] {
  const q = key(prefix);
  const forms = (e: ActorEntry) => [e.name, ...e.aliases].map(words);
  const exact = actors.filter((e) => forms(e).some((w) => w.join(' ') === q)).sort(byRank);
  const starting = actors.filter((e) => !exact.includes(e) && forms(e).some((w) => w.some((_, i) => w.slice(i).join(' ').startsWith(q)))).sort(byRank);
  return [...exact, ...starting].slice(0, limit);
}

describe('autocomplete', () => {
  const index = seedDossier().index;
  const lookup = new ActorLookup(index);
  const prefixes = index.actors.flatMap((e) => [1, 2, 3, 4, 6].map((n) => e.name.slice(0, n)));
  prefixes.push(...index.actors.flatMap((e) => e.name.split(' ').slice(1).map((w) => w.slice(0, 5))));

  it('ranks exact names, then prefixes, most mentioned first, as a scan of every actor does', () => {
    for (const p of prefixes) for (const limit of [1, 2, 5, 25]) expect(lookup.complete(p, limit, false).map((e) => e.name), p).toEqual(naive(index.actors, p, limit).map((e) => e.name));
  });

  it('adds close spellings only after every name that starts so, and never more than the limit', () => {
    for (const p of prefixes) {
      const plain = lookup.complete(p, 25, false);
      const all = lookup.complete(p, 25);
      expect(all.slice(0, plain.length)).toEqual(plain);
      expect(all.length).toBeLessThanOrEqual(25);
    }
    const name = index.actors.map((e) => e.name).find((n) => /^\w{7,}$/.test(n))!;
    const misspelt = name.slice(0, 3) + name.slice(4);
    expect(lookup.complete(misspelt).map((e) => e.name)).toContain(name);
  });

  it('answers the same whether its tables were built ahead (warm) or on first use', () => {
    const cold = new ActorLookup(index);
    const warm = new ActorLookup(index);
    warm.warm();
    const misspelt = prefixes.filter((p) => p.length > 4).map((p) => p.slice(0, 2) + p.slice(3));
    for (const p of [...prefixes, ...misspelt]) {
      expect(warm.complete(p).map((e) => e.name), p).toEqual(cold.complete(p).map((e) => e.name));
      expect(warm.find(p).map((m) => m.entry.name), p).toEqual(cold.find(p).map((m) => m.entry.name));
    }
  });

  it('gives the most mentioned actors for an empty prefix', () => {
    expect(lookup.complete('', 3).map((e) => e.name)).toEqual([...index.actors].sort(byRank).slice(0, 3).map((e) => e.name));
  });
});

describe('actors by a name word', () => {
  const index = seedDossier().index;
  const lookup = new ActorLookup(index);

  it('lists, in index order, every actor a scan finds with that last name word', () => {
    const surnames = new Set(index.actors.flatMap((e) => [e.name, ...e.aliases].map((n) => fold(n.split(' ').pop() ?? ''))));
    let checked = 0;
    for (const s of surnames) {
      const listed = lookup.withNameWord(s);
      if (!listed) continue;
      checked++;
      const scan = index.actors.filter((e) => [e.name, ...e.aliases].some((n) => fold(n.split(' ').pop() ?? '') === s));
      expect(listed.filter((e) => scan.includes(e)), s).toEqual(scan);
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('leaves short words, stop words and non-letters to a scan', () => {
    for (const w of ['al', 'the', "o'neil", '2024']) expect(lookup.withNameWord(w)).toBeUndefined();
  });
});
