import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/article/read';
import { findActors } from '../../src/extract/actors';

const SEED = 'data/articles/000_561b48a65b5491d5.txt';

describe.skipIf(!existsSync(SEED))('actors of the seed article', () => {
  const article = readArticleFile(SEED);
  const actors = findActors(article);
  const byName = (name: string) => actors.find((a) => a.name === name);

  it('finds the four people, each once, merged with their surnames and described as the text does', () => {
    const people = actors.filter((a) => a.type === 'person');
    expect(people.map((p) => p.name).sort()).toEqual(['Alexander Lukashenko', 'Svetlana Tikhanovskaya', 'Vadim Prokopiev', 'Vladimir Putin']);
    expect(byName('Vadim Prokopiev')?.aliases).toEqual(['Prokopiev']);
    expect(byName('Vadim Prokopiev')?.description).toBe('dissident and restaurateur');
    expect(byName('Vladimir Putin')?.description).toBe('Russian President');
    expect(byName('Alexander Lukashenko')?.description).toBe('Belarusian President');
    expect(byName('Svetlana Tikhanovskaya')?.description).toMatch(/^Belarusian opposition \w+$/);
    // every possessive ("Putin’s") is a mention of the person
    expect(byName('Vladimir Putin')!.mentions.length).toBe((article.text.match(/Putin/g) ?? []).length);
  });

  it('finds the organisations, the group and the places', () => {
    expect(byName('Pohonia Battalion')?.aliases).toEqual(['Pohonia']);
    expect(byName('International Legion of Defence of Ukraine')?.type).toBe('organization');
    expect(byName('Belta')?.description).toMatch(/^Belarus state \w+ \w+$/);
    for (const org of ['CNN', 'NATO', 'Kremlin']) expect(byName(org)?.type).toBe('organization');
    expect(byName('Biden administration')?.aliases).toEqual(['Biden']);
    for (const place of ['Ukraine', 'Belarus', 'Russia', 'Poland', 'Moscow', 'Minsk', 'Kyiv', 'Europe']) expect(byName(place)?.type).toBe('place');
  });

  it('makes no actor of demonyms, weekdays, months or weapons, and no two actors share a form', () => {
    const forms = actors.flatMap((a) => [a.name, ...a.aliases]);
    for (const bad of ['Belarusian', 'Belarusians', 'Russian', 'Ukrainian', 'Polish', 'Monday', 'Wednesday', 'March', 'April', 'Kalashnikov']) {
      expect(forms).not.toContain(bad);
    }
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('keeps every mention at its exact offsets, in order, with ids in order of first mention', () => {
    actors.forEach((a, i) => expect(a.id).toBe(`${article.id}#a${i + 1}`));
    for (const a of actors) {
      let prev = -1;
      for (const m of a.mentions) {
        expect(article.text.slice(m.start, m.end)).toBe(m.text);
        expect(m.start).toBeGreaterThan(prev);
        const s = article.sentences[m.sentence]!;
        expect(m.start >= s.start && m.end <= s.end && s.paragraph === m.paragraph).toBe(true);
        prev = m.start;
      }
      if (a.descriptionSource) expect(article.text.slice(a.descriptionSource.start, a.descriptionSource.end)).toContain(a.description!);
    }
  });
});
