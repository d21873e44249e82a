import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';

// Shapes of real reporting our tuned sets under-represent, in invented sentences.
const facts = (body: string) => extractFacts(parseArticle(body, 'r'));
const claimWith = (body: string, words: string) => facts(body).claims.find((c) => c.text.includes(words));

describe('reported speech as real news writes it', () => {
  it('an opening phrase of time before the subject leaves a "that"-less clause reported', () => {
    const c = claimWith('Last Monday, the harbour master said the ferry would not sail.', 'the ferry would not sail');
    expect(c?.speaker).toBe('the harbour master');
    // a signature that closes the sentence still reports what came before it, listener and place included
    expect(claimWith('The ferry will not sail, Ilse Marrow said on Monday.', 'The ferry will not sail')?.speaker).toBe('Ilse Marrow');
    expect(claimWith('The driver had fled, police told reporters at the scene.', 'The driver had fled')?.speaker).toBe('police');
    expect(claimWith('The ferry will not sail, Ilse Marrow told the newspaper.', 'The ferry will not sail')?.speaker).toBe('Ilse Marrow');
  });

  it('two opening phrases before the subject of a participle cue', () => {
    const body = 'In 2019, during a long round of talks over the new port rules, the Kesh Shipping Council, which represents owners, pushed back, saying that the costs would be too high.';
    expect(claimWith(body, 'the costs would be too high')?.speaker).toBe('Kesh Shipping Council');
  });

  it('participles of saying beyond "saying" ("before suggesting that …")', () => {
    const body = 'Ilse Marrow spoke about the merger on Friday, before suggesting that both unions had backed the plan.';
    expect(claimWith(body, 'both unions had backed the plan')?.speaker).toBe('Ilse Marrow');
  });

  it('"asked whether …" reports the question; "asked" alone still only introduces a quotation', () => {
    const body = 'At the hearing, Dorin Pask asked whether the council had read the report before the vote.';
    expect(claimWith(body, 'whether the council had read the report')?.speaker).toBe('Dorin Pask');
    expect(claimWith('Dorin Pask asked the council for a copy of the report.', 'the council for a copy')).toBeUndefined();
  });

  it('a listener of lower-case words after "told" is not what was said', () => {
    const c = claimWith('Dorin Pask, head of the port authority, told local television the search area would be widened.', 'the search area would be widened');
    expect(c?.text).toBe('the search area would be widened');
    expect(c?.speaker).toBe('Dorin Pask');
  });

  it('an appositive without its closing comma leaves the name, not the body at its end, as speaker', () => {
    const body = 'Jo van Vale, a marine biologist at the University of Kesh in Tarn told reporters the reef was recovering.';
    expect(claimWith(body, 'the reef was recovering')?.speaker).toBe('Jo van Vale');
    const timed = 'In June, the Kesh senator called on fellow members to drop the bill after the vote.';
    expect(claimWith(timed, 'fellow members to drop the bill')?.speaker).not.toBe('In June');
  });

  it('cues added from the wider lexicon: "reiterated", "testified", "assured X that"', () => {
    expect(claimWith('Ilse Marrow reiterated that the mill would stay open.', 'the mill would stay open')?.speaker).toBe('Ilse Marrow');
    expect(claimWith('Dorin Pask testified that he had never seen the letter.', 'he had never seen the letter')?.speaker).toBe('Dorin Pask');
    const c = claimWith('The minister assured farmers that the subsidy would continue.', 'the subsidy would continue');
    expect(c?.text).toBe('the subsidy would continue');
  });
});

describe('subjects with long descriptions, datelines and numbers', () => {
  it('a number’s thousands separator is no comma closing a relative clause', () => {
    const body = 'The Tarn Ramblers’ Club, which has about 4,100 members, said it would ask for a meeting with the council.';
    expect(claimWith(body, 'it would ask for a meeting')?.speaker).toBe('Tarn Ramblers’ Club');
  });

  it('a subject after a wire dateline, and a long description before the cue', () => {
    const dated = 'KESHTOWN, May 3 (Invented Wire) - Acme Mills, a maker of farm tools used by thousands of growers, said on Friday that its plant would close.';
    expect(claimWith(dated, 'its plant would close')?.speaker).toBe('Acme Mills');
    const long = 'Dr. Ilse Marrow, a heart specialist at the Kesh General Hospital in Tarn who was not involved in the trial, warned that the study had enrolled few older patients.';
    expect(claimWith(long, 'the study had enrolled few older patients')?.speaker).toBe('Ilse Marrow');
  });

  it('a closing signature with an adjunct and a participle after it reports the clause before it', () => {
    const f = facts('The plant will close in May, Acme Mills said in a statement, adding that 300 jobs would go.');
    expect(f.claims.find((c) => c.text.includes('The plant will close'))?.text).toBe('The plant will close in May');
    expect(f.claims.find((c) => c.text.includes('300 jobs would go'))?.speaker).toBe('Acme Mills');
    const aside = facts('About 1,200 of the 9,000 members voted, the union said in a statement, or roughly one in eight.');
    expect(aside.claims.find((c) => c.text.includes('About 1,200 of the 9,000 members voted'))?.speaker).toBe('the union');
  });
});

describe('a claim’s text is the whole reported act', () => {
  it('keeps the verb (and an auxiliary) when the content is no clause', () => {
    expect(claimWith('The mayor has apologised to the families for the delays at the port.', 'apologised')?.text).toBe('has apologised to the families for the delays at the port');
    expect(claimWith('Ilse Marrow criticised the new port rules as reckless and costly.', 'port rules')?.text).toBe('criticised the new port rules as reckless and costly');
  });

  it('leaves a clause, a "that" clause and a content before the cue as they are', () => {
    expect(claimWith('Ilse Marrow said prices would rise in May.', 'prices would rise')?.text).toBe('prices would rise in May');
    expect(claimWith('Ilse Marrow warned that the plan was reckless and costly.', 'the plan was')?.text).toBe('the plan was reckless and costly');
    expect(claimWith('The plan was reckless and costly, Ilse Marrow said.', 'The plan')?.text).toBe('The plan was reckless and costly');
    expect(facts('Prices declined 3 percent on Monday as traders sold.').claims).toEqual([]);
  });
});

describe('beliefs and instructions', () => {
  it('"experts believe …" reports the belief; "is believed to" and a belief inside another’s words do not', () => {
    expect(claimWith('Aviation experts believe the hull may be found near the reef.', 'the hull may be found')?.speaker).toBe('Aviation experts');
    expect(facts('The driver is believed to be 30 years old.').claims).toEqual([]);
    const nested = facts('Board chair Ilse Marrow said that the majority believed the school needed new leaders.');
    expect(nested.claims.map((c) => c.speaker)).toEqual(['Ilse Marrow']);
    // a belief under a closing signature: the signer reports the whole sentence
    const signed = facts('Tom Vale believed he was going to be fined, not jailed, his lawyer Ilse Marrow said.');
    expect(signed.claims.find((c) => c.text.startsWith('Tom Vale believed'))?.speaker).toBe('Ilse Marrow');
  });

  it('"telling X to …" keeps the telling and the listener with the instruction', () => {
    const c = claimWith('The dispatcher replied, telling Dorin Pask to leave the building at once.', 'to leave the building');
    expect(c?.text).toBe('telling Dorin Pask to leave the building at once');
  });
});

describe('members of the public', () => {
  it('"One fan, …, said …" then "“…,” she said" is the fan, not a woman named in the paragraph before', () => {
    const body = 'A spokeswoman for Kesh Records declined to comment on the case.\n\nOne fan, a nursing student from Tarn, said she had queued since dawn. “I grew up on her songs,” she said.';
    expect(claimWith(body, 'I grew up on her songs')?.speaker).toBe('One fan');
  });
});

describe('a cue at the very end of the text', () => {
  it('is read without running past the last word', () => {
    for (const body of ['The ferry will not sail, Ilse Marrow said', 'The ferry will not sail, said', 'Ilse Marrow said', 'said']) {
      expect(() => facts(body), body).not.toThrow();
    }
  });
});
