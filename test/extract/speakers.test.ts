import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/read';
import { displayPhrase, SpeakerResolver } from '../../src/extract/speakers';
import type { Actor, ArticleFacts } from '../../src/extract/types';

function at(text: string, phrase: string, from = 0) {
  const start = text.indexOf(phrase, from);
  if (start < 0) throw new Error(`missing ${phrase}`);
  return { start, end: start + phrase.length };
}

function setup(body: string, actors: { name: string; type: Actor['type']; forms: string[]; description?: string }[]) {
  const article = parseArticle(body, 's');
  const list: Actor[] = actors.map((a, i) => {
    const mentions = a.forms.flatMap((f) => {
      const out = [];
      for (let k = body.indexOf(f); k >= 0; k = body.indexOf(f, k + f.length)) {
        const s = article.sentences.find((x) => k >= x.start && k < x.end)!;
        out.push({ start: k, end: k + f.length, text: f, paragraph: s.paragraph, sentence: s.index });
      }
      return out;
    });
    mentions.sort((x, y) => x.start - y.start);
    return { id: `s#a${i + 1}`, name: a.name, type: a.type, aliases: a.forms.filter((f) => f !== a.name), description: a.description ?? null, descriptionSource: null, mentions };
  });
  const facts: ArticleFacts = { article, actors: list, dates: [], claims: [], spin: { signals: [], score: 0, likely: false } };
  return { article, resolver: new SpeakerResolver(facts, () => false) };
}

describe('displayPhrase', () => {
  const show = (t: string) => displayPhrase(t, { start: 0, end: t.length });
  it('keeps a name after a description, a name after by/for in a common-noun phrase, else the phrase', () => {
    expect(show('Belarusian opposition chief Jane Doe')).toBe('Jane Doe');
    expect(show('intelligence collected by NATO surveillance planes')).toBe('NATO');
    expect(show('a spokesman for Acme Corp')).toBe('Acme Corp');
    expect(show('the Ukrainian navy')).toBe('the Ukrainian navy');
    expect(show('Belarus’s resistance')).toBe('Belarus’s resistance');
  });
});

describe('SpeakerResolver', () => {
  it('resolves a phrase to the actor mentioned at its head, skipping a possessor and places', () => {
    const body = 'Acme spokesman John Roe spoke. Belarus’s resistance spoke too.';
    const { article, resolver } = setup(body, [
      { name: 'Acme', type: 'organization', forms: ['Acme'] },
      { name: 'John Roe', type: 'person', forms: ['John Roe'] },
      { name: 'Belarus', type: 'place', forms: ['Belarus'] },
    ]);
    const s0 = article.sentences[0]!;
    const s1 = article.sentences[1]!;
    expect(resolver.resolve(at(body, 'Acme spokesman John Roe'), s0).speakerId).toBe('s#a2');
    expect(resolver.resolve(at(body, 'Belarus’s resistance'), s1)).toEqual({ speaker: 'Belarus’s resistance', speakerId: null });
  });

  it('resolves he/she to the subject of a recent sentence rather than a later object', () => {
    const body = 'Dan Lee met voters. Later the crowd cheered for Tom Roe. He said nothing.';
    const { article, resolver } = setup(body, [
      { name: 'Dan Lee', type: 'person', forms: ['Dan Lee'] },
      { name: 'Tom Roe', type: 'person', forms: ['Tom Roe'] },
    ]);
    const s2 = article.sentences[2]!;
    expect(resolver.resolve(at(body, 'He'), s2).speaker).toBe('Dan Lee');
  });

  it('prefers the last speaker it was told about', () => {
    const body = 'Ann Lee and Tom Roe met. They argued. He left.';
    const { article, resolver } = setup(body, [
      { name: 'Ann Lee', type: 'person', forms: ['Ann Lee'] },
      { name: 'Tom Roe', type: 'person', forms: ['Tom Roe'] },
    ]);
    resolver.remember({ speaker: 'Tom Roe', speakerId: 's#a2' }, 1, at(body, 'They').start);
    expect(resolver.resolve(at(body, 'He'), article.sentences[2]!).speaker).toBe('Tom Roe');
  });

  it('skips a possessor in the pronoun’s own sentence', () => {
    const body = 'At dinner, Ann Lee backed Tom Roe’s plan when she spoke.';
    const { article, resolver } = setup(body, [
      { name: 'Ann Lee', type: 'person', forms: ['Ann Lee'] },
      { name: 'Tom Roe', type: 'person', forms: ['Tom Roe'] },
    ]);
    expect(resolver.resolve(at(body, 'she'), article.sentences[0]!).speaker).toBe('Ann Lee');
  });

  it('stays with the people of its own paragraph rather than an earlier paragraph’s speaker', () => {
    const body = 'Tom Roe spoke at length.\n\nThe charges were set out in a book by Ann Lee, a friend of Max Ode’s family. She also says the deal was bad.';
    const { article, resolver } = setup(body, [
      { name: 'Tom Roe', type: 'person', forms: ['Tom Roe'] },
      { name: 'Ann Lee', type: 'person', forms: ['Ann Lee'] },
      { name: 'Max Ode', type: 'person', forms: ['Max Ode'] },
    ]);
    resolver.remember({ speaker: 'Tom Roe', speakerId: 's#a1' }, 0, 0);
    expect(resolver.resolve(at(body, 'She'), article.sentences[2]!).speaker).toBe('Ann Lee');
  });

  it('falls back on a named speaker that is no actor, but not on a description', () => {
    const body = 'Dan Lee waited. Ed Vane said the plan failed. He left.';
    const { article, resolver } = setup(body, [{ name: 'Dan Lee', type: 'person', forms: ['Dan Lee'] }]);
    resolver.remember({ speaker: 'Ed Vane', speakerId: null }, 1, at(body, 'Ed Vane').start);
    expect(resolver.resolve(at(body, 'He'), article.sentences[2]!).speaker).toBe('Ed Vane');
    const other = setup(body, [{ name: 'Dan Lee', type: 'person', forms: ['Dan Lee'] }]);
    other.resolver.remember({ speaker: 'The Republican', speakerId: null }, 1, at(body, 'Ed Vane').start);
    expect(other.resolver.resolve(at(body, 'He'), other.article.sentences[2]!).speaker).toBe('Dan Lee');
  });

  it('resolves "it" to a recent organisation and first-person pronouns to nobody', () => {
    const body = 'Acme Corp lost money. It said sales fell. We know.';
    const { article, resolver } = setup(body, [{ name: 'Acme Corp', type: 'organization', forms: ['Acme Corp'] }]);
    expect(resolver.resolve(at(body, 'It'), article.sentences[1]!).speaker).toBe('Acme Corp');
    expect(resolver.resolve(at(body, 'We'), article.sentences[2]!)).toEqual({ speaker: null, speakerId: null });
  });

  it('resolves "the <role>" to the person in focus and "the <body>" to the organisation named with that word', () => {
    const body = 'Ann Lee has long opposed Tom Roe. In June, the Ohio senator urged voters to leave. The Board of Trade met. The board said no. The coastal navy said yes.';
    const { article, resolver } = setup(body, [
      { name: 'Ann Lee', type: 'person', forms: ['Ann Lee'] },
      { name: 'Tom Roe', type: 'person', forms: ['Tom Roe'] },
      { name: 'Board of Trade', type: 'organization', forms: ['Board of Trade'] },
    ]);
    expect(resolver.resolve(at(body, 'the Ohio senator'), article.sentences[1]!).speaker).toBe('Ann Lee');
    expect(resolver.resolve(at(body, 'The board'), article.sentences[3]!).speaker).toBe('Board of Trade');
    expect(resolver.resolve(at(body, 'The coastal navy'), article.sentences[4]!)).toEqual({ speaker: 'The coastal navy', speakerId: null });
  });

  it('resolves a role that opens the article to the person the next sentences name', () => {
    const body = 'The finance minister has denied the report.\n\nLord Ivo Crane said the figures were wrong. The senator left.\n\nTom Roe stayed.';
    const { article, resolver } = setup(body, [
      { name: 'Ivo Crane', type: 'person', forms: ['Ivo Crane'] },
      { name: 'Tom Roe', type: 'person', forms: ['Tom Roe'] },
    ]);
    expect(resolver.resolve(at(body, 'The finance minister'), article.sentences[0]!).speaker).toBe('Ivo Crane');
  });

  it('resolves a bare "the bank" to the firm last named nearby, but not a modified noun', () => {
    const body = 'Regulators fined Stells Margo and Acme Corp. The bank said it had fired staff. The Ohio bank said nothing.';
    const { article, resolver } = setup(body, [
      { name: 'Stells Margo', type: 'organization', forms: ['Stells Margo'] },
      { name: 'Acme Corp', type: 'organization', forms: ['Acme Corp'] },
    ]);
    expect(resolver.resolve(at(body, 'The bank'), article.sentences[1]!).speaker).toBe('Acme Corp');
    expect(resolver.resolve(at(body, 'The Ohio bank'), article.sentences[2]!).speakerId).toBe(null);
  });

  it('resolves a title to the actor described that way', () => {
    const body = 'Ann Lee, the senator from Ohio, arrived. The senator spoke.';
    const { article, resolver } = setup(body, [{ name: 'Ann Lee', type: 'person', forms: ['Ann Lee'], description: 'the senator from Ohio' }]);
    expect(resolver.resolve(at(body, 'The senator'), article.sentences[1]!).speaker).toBe('Ann Lee');
  });
});
