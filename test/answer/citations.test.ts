import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Dossier } from '../../src/answer/dossier';
import type { Answer, Citation } from '../../src/answer/types';
import { readQuestionSet } from '../../eval/questions';
import { SEED_DIR, SEED_ID, seedDossier } from './helpers';

/** Every citation of an answer, in its citations and in its sections. */
function allCitations(answer: Answer): Citation[] {
  return [...answer.citations, ...answer.sections.flatMap((s) => s.items.flatMap((i) => (i.citation ? [i.citation] : [])))];
}

/** Runs every command of the Dossier with a spread of inputs. */
function everyAnswer(d: Dossier): Answer[] {
  const set = readQuestionSet(resolve('test/answer/seed-questions.json'));
  const questions = [...set.questions.map((q) => q.q), ...set.negatives.map((n) => n.q)];
  const actors = d.autocomplete('').map((c) => c.value);
  const paragraphs = d.store.articles.flatMap((f) => f.article.paragraphs.map((p) => ({ paragraph: p.index, article: f.article.id })));
  return [
    ...questions.map((q) => d.ask(q)),
    ...actors.map((a) => d.actor(a)),
    ...actors.map((a) => d.claims({ actor: a })),
    d.claims(),
    d.claims({ topic: 'war' }),
    d.timeline(),
    ...paragraphs.map((p) => d.source(p)),
    d.brief(),
    d.digest(questions.map((q, i) => ({ author: `user${i % 3}`, content: q.replace(/\?$/, '.') }))),
    ...questions.map((q) => d.check(q)),
    d.about(),
    d.help(),
  ];
}

function expectVerbatim(d: Dossier, answers: Answer[]): number {
  const texts = new Map(d.store.articles.map((f) => [f.article.id, f.article]));
  let n = 0;
  for (const answer of answers) {
    for (const c of allCitations(answer)) {
      const article = texts.get(c.article);
      expect(article, `citation names a loaded article: ${c.article}`).toBeDefined();
      expect(article!.text.slice(c.start, c.end)).toBe(c.text);
      const p = article!.paragraphs[c.paragraph - 1]!;
      expect(c.start >= p.start && c.end <= p.end, `¶${c.paragraph} holds “${c.text.slice(0, 40)}”`).toBe(true);
      n++;
    }
  }
  return n;
}

describe('citations', () => {
  it('are verbatim slices of their article, inside the paragraph they name, for every command', () => {
    const d = seedDossier();
    const n = expectVerbatim(d, everyAnswer(d));
    expect(n).toBeGreaterThan(100);
  });

  it('name the right article when several are loaded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-multi-'));
    writeFileSync(join(dir, `${SEED_ID}.txt`), readFileSync(join(SEED_DIR, `${SEED_ID}.txt`)));
    writeFileSync(
      join(dir, '001_harbour.md'),
      '---\ntitle: Harbour reopens\npublished: 2024-03-18\n---\nThe harbour of Exampleton reopened on Monday after storm repairs, Mayor Jane Holloway told reporters.\n\n"We are open for business again," Holloway said. Officials said 40 boats returned in the first week.\n',
    );
    const { dossier, skipped } = await Dossier.load(dir);
    expect(skipped).toEqual([]);
    expect(dossier.store.articles).toHaveLength(2);
    const a = dossier.ask('How many boats returned to the harbour?');
    expect(a.answered).toBe(true);
    expect(a.text).toContain('40');
    expect(a.citations[0]?.article).toBe('001_harbour');
    expect(a.citations[0]?.articleTitle).toBe('Harbour reopens');
    const seedAnswer = dossier.ask('Who ordered troops into Ukraine?');
    expect(seedAnswer.citations[0]?.article).toBe(SEED_ID);
    expect(expectVerbatim(dossier, everyAnswer(dossier))).toBeGreaterThan(100);
  });
});
