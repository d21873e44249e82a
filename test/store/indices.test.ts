import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { StoreIndex } from '../../src/store/indices';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';

const TEXTS = [
  'Harbour master Ilse Varnow said on Monday that the port would reopen.\n\n"We are ready," Varnow told reporters in Castelmare. The ferry company Norrline agreed.',
  'On Tuesday, Mayor Tomas Quell met Ilse Varnow in Castelmare.\n\nQuell said the storm had passed.',
];
const facts = TEXTS.map((t, i) => extractFacts(parseArticle(t, `a${i}`, `a${i}.txt`)));
const index = new StoreIndex({ schemaVersion: STORE_SCHEMA_VERSION, articles: facts });

describe("StoreIndex: a sentence's mentions, claims and dates", () => {
  it('are exactly those its article places in that sentence, in the order the facts list them', () => {
    let seen = 0;
    for (const f of facts) {
      f.article.sentences.forEach((_, local) => {
        const id = index.sentenceId(f.article.id, local)!;
        const mentions = f.actors.flatMap((a) => a.mentions.filter((m) => m.sentence === local).map((m) => ({ name: index.actorOf(a.id)!.name, m })));
        expect(index.mentionsIn(id).map((r) => ({ name: r.entry.name, m: r.mention }))).toEqual(mentions);
        expect(index.claimsIn(id)).toEqual(f.claims.filter((c) => c.source.sentence === local).map((claim) => ({ facts: f, claim })));
        expect(index.datesIn(id)).toEqual(f.dates.filter((d) => d.source.sentence === local).map((date) => ({ facts: f, date })));
        seen += index.mentionsIn(id).length + index.claimsIn(id).length + index.datesIn(id).length;
      });
    }
    expect(seen).toBeGreaterThan(6);
  });

  it('are none for a sentence the store does not have', () => {
    for (const id of [-1, index.sentences.length, 1.5]) {
      expect(index.mentionsIn(id)).toEqual([]);
      expect(index.claimsIn(id)).toEqual([]);
      expect(index.datesIn(id)).toEqual([]);
    }
  });

  it('name the merged actor: one entry for a name in two articles', () => {
    const ids = facts.map((f) => index.sentenceId(f.article.id, 0)!);
    const named = ids.map((id) => index.mentionsIn(id).find((r) => r.entry.name === 'Ilse Varnow')?.entry);
    expect(named[0]).toBeDefined();
    expect(named[0]).toBe(named[1]);
  });
});
