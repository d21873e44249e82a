import { describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/answer/context';
import { Dossier } from '../../src/answer/dossier';
import { answerGeneral, askedType } from '../../src/answer/general';
import { parseQuestion } from '../../src/answer/question';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';
import { STORE_SCHEMA_VERSION } from '../../src/store/types';

/** The general answering path (src/answer/general.ts) on invented articles, asked directly so no other route answers. */
function context(id: string, paragraphs: string[], title = ''): AskContext {
  const text = `${title ? `---\ntitle: "${title}"\n---\n` : ''}${paragraphs.join('\n\n')}`;
  const d = Dossier.fromStore({ schemaVersion: STORE_SCHEMA_VERSION, articles: [extractFacts(parseArticle(text, id))] });
  return d as unknown as AskContext;
}

function general(ctx: AskContext, question: string): { answer: string; paragraph: number } | null {
  const q = parseQuestion(question);
  const found = answerGeneral(ctx, q, ctx.lookup.inText(q.text));
  return found ? { answer: found.answer, paragraph: found.citations[0]!.paragraph } : null;
}

describe('the answer type a question asks', () => {
  it('reads a count of the noun asked, money, a share, what was said and a reason', () => {
    expect(askedType(parseQuestion('how many jobs is the mill cutting'))).toEqual({ type: 'count', noun: 'jobs' });
    expect(askedType(parseQuestion('how much is the bridge contract worth'))).toEqual({ type: 'money' });
    expect(askedType(parseQuestion('how much did bread prices rise'))).toEqual({ type: 'share' });
    expect(askedType(parseQuestion('what did Ortega say about the budget'))).toEqual({ type: 'said' });
    expect(askedType(parseQuestion('why did the drivers walk out'))).toEqual({ type: 'reason' });
  });

  it('leaves dates, places and people to the specific routes', () => {
    expect(askedType(parseQuestion('when did the fire start'))).toBeNull();
    expect(askedType(parseQuestion('where is the plant'))).toBeNull();
    expect(askedType(parseQuestion('who is the mayor of Lernford'))).toBeNull();
  });
});

describe('a general answer is a typed span of the best-covering sentence', () => {
  const mill = context(
    'mill',
    [
      'Harlow Mills said on Monday that demand for its paper had fallen for a third year.',
      'The company will cut about 1,200 jobs at its two plants in Wendle, and it expects to save $45 million a year.',
      'Union leader Rosa Ortega said the budget for retraining was "nowhere near enough for families who have given this town everything".',
      'Workers at the Wendle plant walked out on Tuesday because managers had refused to meet them.',
      'Bread prices in the region rose 4.5 percent last month.',
    ],
  );

  it('answers a count with the number attached to the noun asked, named actor resolved from the paragraph', () => {
    expect(general(mill, 'how many jobs is Harlow Mills cutting')).toEqual({ answer: 'about 1,200 jobs', paragraph: 2 });
  });

  it('answers money with the amount and its magnitude', () => {
    expect(general(mill, 'how much does the company expect to save')?.answer).toBe('$45 million');
  });

  it('reads "worth", "cost" or "paid" of a money question as the type asked, not a word to find', () => {
    const bridge = context('bridge', ['The council awarded Dunmore Build a $42 million contract to repair the Wendle bridge.']);
    expect(general(bridge, 'how much is the bridge contract worth')?.answer).toBe('$42 million');
  });

  it('answers a share with its unit', () => {
    expect(general(mill, 'how much did bread prices rise')?.answer).toBe('4.5 percent');
  });

  it('answers a reason with the clause after "because"', () => {
    expect(general(mill, 'why did workers at the wendle plant walk out')?.answer).toMatch(/^because managers had refused/);
  });

  it('answers what a named speaker said with their claim', () => {
    expect(general(mill, 'what did ortega say about the retraining budget')?.answer).toContain('nowhere near enough');
  });

  it('passes over light words no sentence need repeat ("going")', () => {
    expect(general(mill, 'how many jobs is Harlow Mills going to cut')?.answer).toBe('about 1,200 jobs');
  });

  it('abstains when a word of the question is one no article writes', () => {
    expect(general(mill, 'how many jobs is Harlow Mills outsourcing')).toBeNull();
  });

  it('abstains when no number is attached to the noun asked', () => {
    expect(general(mill, 'how many workers walked out at the wendle plant')).toBeNull();
  });

  it('abstains when the named actor is not where the answer is', () => {
    const two = context('two', ['LERNO (Wire) — Paper makers are struggling.', 'Harlow Mills said demand had fallen.', 'Vantry Paper, a rival, will cut 300 jobs next year.']);
    expect(general(two, 'how many jobs is Harlow Mills cutting')).toBeNull();
  });

  it('abstains on a name asked of a relation it cannot read', () => {
    expect(general(mill, "what's the name of Ortega's lawyer")).toBeNull();
  });
});

describe('the article subject covers its own sentences', () => {
  it('reads a company the title names into a sentence that does not repeat it', () => {
    const layoffs = context(
      'layoffs',
      [
        'The maker of garden tools reported a loss for the year.',
        'Chief executive Dana Pruitt said 250 workers would be cut by June.',
        'Greenfold Tools was founded in Lerno in 1952.',
      ],
      'Greenfold Tools to lay off staff',
    );
    expect(general(layoffs, 'how many workers is Greenfold cutting')?.answer).toBe('250 workers');
  });
});
