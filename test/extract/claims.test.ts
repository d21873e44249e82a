import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle, readArticleFile } from '../../src/article/read';
import { claimsStage } from '../../src/extract/claims';
import { extractFacts } from '../../src/extract/pipeline';
import type { ActorType, ArticleFacts, Mention, Stage } from '../../src/extract/types';

const SEED = 'data/articles/000_561b48a65b5491d5.txt';

/** A stand-in actors stage for tests: every occurrence of each given name form is a mention. */
function actorsFrom(list: { name: string; type?: ActorType; aliases?: string[]; description?: string }[]): Stage {
  return {
    name: 'test-actors',
    run(facts) {
      const { text } = facts.article;
      facts.actors = list.map((a, i) => {
        const forms = [a.name, ...(a.aliases ?? [])].sort((x, y) => y.length - x.length);
        const mentions: Mention[] = [];
        for (const form of forms) {
          for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            if (mentions.some((m) => at < m.end && at + form.length > m.start)) continue;
            const s = facts.article.sentences.find((x) => at >= x.start && at < x.end)!;
            mentions.push({ start: at, end: at + form.length, text: form, paragraph: s.paragraph, sentence: s.index });
          }
        }
        mentions.sort((x, y) => x.start - y.start);
        return { id: `t#a${i + 1}`, name: a.name, type: a.type ?? 'person', aliases: a.aliases ?? [], description: a.description ?? null, descriptionSource: null, mentions };
      });
    },
  };
}

function claims(body: string, actors: Parameters<typeof actorsFrom>[0] = []): ArticleFacts['claims'] {
  return extractFacts(parseArticle(body, 't'), [actorsFrom(actors), claimsStage]).claims;
}
const brief = (body: string, actors: Parameters<typeof actorsFrom>[0] = []) =>
  claims(body, actors).map((c) => [c.kind, c.speaker, c.text]);

describe('direct quotes', () => {
  it('attributes a quote followed by name and cue, plain and spun', () => {
    expect(brief('“We will win this,” Smith said.')).toEqual([['quote', 'Smith', 'We will win this']]);
    expect(brief('“We see a window here,” Jones advised CNN on Monday.')).toEqual([['quote', 'Jones', 'We see a window here']]);
    expect(brief('"Prices will rise again soon," stated Ann Lee.')).toEqual([['quote', 'Ann Lee', 'Prices will rise again soon']]);
  });

  it('attributes a quote preceded by its cue', () => {
    expect(brief('Smith added: “The plan is dead and buried.”')).toEqual([['quote', 'Smith', 'The plan is dead and buried.']]);
  });

  it('splits an interrupted quote into two claims with one speaker', () => {
    const c = claims('“The first half is here,” she said, “and the second half is there.”', [{ name: 'Mary Poe' }]);
    expect(c.map((x) => x.text)).toEqual(['The first half is here', 'and the second half is there.']);
  });

  it('resolves a pronoun to the person last in focus, not to the last speaker', () => {
    const body = '“We are ready for anything now,” Mary Poe said.\n\nBut Tom Roe has shown no regret. “We did not start this war at all,” he told reporters.';
    const c = claims(body, [{ name: 'Mary Poe', aliases: ['Poe'] }, { name: 'Tom Roe', aliases: ['Roe'] }]);
    expect(c.map((x) => [x.speaker, x.speakerId])).toEqual([['Mary Poe', 't#a1'], ['Tom Roe', 't#a2']]);
  });

  it('continues the previous speaker in a quote paragraph without a cue', () => {
    const body = '“We see a window of opportunity,” Poe said.\n\n“I made the call for everyone to join the fight.”';
    expect(brief(body, [{ name: 'Mary Poe', aliases: ['Poe'] }]).map((x) => x[1])).toEqual(['Mary Poe', 'Mary Poe']);
  });

  it('gives a second quote sentence the speaker of the first, and a first one the speaker of the next', () => {
    expect(brief('“It is over for them,” Smith said. “Nobody will come back to this place.”').map((x) => x[1])).toEqual(['Smith', 'Smith']);
    expect(brief('“It is over for them now.” “Nobody will come back,” Smith said.').map((x) => x[1])).toEqual(['Smith', 'Smith']);
  });

  it('gives a cue-less quote the speaker of the reported claim just before it, not an earlier quote’s', () => {
    const body = '“We need the money,” Ann Lee said. Party leader Tom Roe said the fund was "set in stone". “It is extraordinary to do it at this time of year.”';
    const c = brief(body, [{ name: 'Ann Lee' }, { name: 'Tom Roe' }]);
    expect(c.filter((x) => x[0] === 'quote').map((x) => x[1])).toEqual(['Ann Lee', 'Tom Roe']);
  });

  it('carries a speaker announced with a colon into the next paragraph', () => {
    expect(brief('Smith continued:\n\n“The numbers are very similar across the polls.”')).toEqual([
      ['quote', 'Smith', 'The numbers are very similar across the polls.'],
    ]);
  });

  it('resolves a description to the actor described that way', () => {
    const body = 'Ann Lee, the senator from Ohio, spoke first.\n\n“This bill will not pass the chamber,” the senator said.';
    expect(brief(body, [{ name: 'Ann Lee', description: 'the senator from Ohio' }])[0]?.[1]).toBe('Ann Lee');
  });

  it('attributes a quote signed after a dash', () => {
    expect(brief('“He represents our greatest shame as a nation.” ― Jane Doe')).toEqual([['quote', 'Jane Doe', 'He represents our greatest shame as a nation.']]);
  });

  it('attributes sung lines, also to the subject after an opening quotation', () => {
    const c = brief('“Promise you will keep your hands in sight,” Ann Lee sings to Roe before asking her, “Where do we go from here now?”', [{ name: 'Ann Lee' }]);
    expect(c.map((x) => [x[0], x[1]])).toEqual([
      ['quote', 'Ann Lee'],
      ['quote', 'Ann Lee'],
    ]);
  });

  it('takes the cue of a short sentence right after the quote', () => {
    expect(brief('“Why is this not clear proof of the problem?” Vitter demanded. “Neither do I.”').map((x) => x[1])).toEqual(['Vitter', 'Vitter']);
  });

  it('keeps a quote that the splitter cut with its closing signature', () => {
    const c = claims('”He has failed us. He represents our greatest shame.” ― Jane Doe');
    expect(c.map((x) => [x.speaker, x.text])).toEqual([['Jane Doe', 'He has failed us. He represents our greatest shame.']]);
  });

  it('reads "said to" a listener as a cue but not "said to be"', () => {
    expect(brief('“That is right, we are here,” Melanie said to the nominee.')[0]?.[1]).toBe('Melanie');
    expect(claims('The firm, said to be worth billions, was sold to investors last year.')).toEqual([]);
  });

  it('does not take a description for an actor whose description only contains the word', () => {
    const body = 'Ann Lee joined the Legion, a navy unit of volunteers.\n\nThe Ukrainian navy says it has shot down several missiles.';
    const c = claims(body, [{ name: 'Legion', type: 'organization', description: 'a navy unit of volunteers' }]);
    expect(c.map((x) => [x.speaker, x.speakerId])).toEqual([['The Ukrainian navy', null]]);
  });

  it('finds the speaker after an opening prepositional phrase', () => {
    expect(brief('In a radio interview Smith declared “I think the alliance may be obsolete now.”')[0]?.[1]).toBe('Smith');
  });

  it('gives a pronoun inside a speaker’s own content back to that speaker', () => {
    const body = 'Ann Lee says she admired Tom Roe’s courage through what she calls a “war of some pretty unpleasant words.”';
    expect(brief(body, [{ name: 'Ann Lee' }, { name: 'Tom Roe' }]).filter((x) => x[0] === 'quote').map((x) => x[1])).toEqual(['Ann Lee']);
  });

  it('uses the subject of a participle cue', () => {
    expect(brief('Later, Putin thanked his ally, saying, “We never had any doubts about you.”')[0]?.[1]).toBe('Putin');
  });

  it('treats a short scare quote in indirect speech as reported speech', () => {
    const c = claims('Obama said he is “surprised and troubled” by the report.');
    expect(c.map((x) => [x.kind, x.speaker])).toEqual([['reported', 'Obama']]);
    expect(c[0]!.text).toBe('he is “surprised and troubled” by the report');
  });

  it('keeps a short quote that stands as its own clause', () => {
    expect(brief('“No way,” he said.', [{ name: 'Tom Roe' }]).map((x) => x[0])).toEqual(['quote']);
  });

  it('keeps a short quoted sentence left open at the paragraph end, as the quotation goes on in the next', () => {
    const body = 'Ada Brill spoke to reporters on Friday. “We counted every vote twice,” she said. “It is not over.\n\n“We will appeal the ruling next week.”';
    expect(brief(body, [{ name: 'Ada Brill' }])).toEqual([
      ['quote', 'Ada Brill', 'We counted every vote twice'],
      ['quote', 'Ada Brill', 'It is not over.'],
      ['quote', 'Ada Brill', 'We will appeal the ruling next week.'],
    ]);
    // a short scare quote left open mid-sentence is still no quotation
    expect(brief('Ada Brill said the “reform was a sham.', [{ name: 'Ada Brill' }]).filter((x) => x[0] === 'quote')).toEqual([]);
  });

  it('gives a quotation after narration closing on a colon to an unnamed individual WordNet knows as a person', () => {
    expect(brief('One season-ticket holder, outside the shop on Friday, put it simply: “I just want a club here for my son.”')).toEqual([
      ['quote', 'One season-ticket holder', 'I just want a club here for my son.'],
    ]);
    expect(brief('One report, released on Friday, put it simply: “Costs will rise for every club in the league.”')[0]?.[1]).toBeNull();
  });
});

describe('reported speech', () => {
  it.each([
    ['The ministry said that the talks had failed.', 'The ministry', 'the talks had failed', 'said'],
    ['The navy says it has shot down several missiles.', 'The navy', 'it has shot down several missiles', 'says'],
    ['Four have been killed since the war began, stated opposition leader Ann Lee.', 'Ann Lee', 'Four have been killed since the war began', 'said'],
    ['Activists hacked state institutions, Lee said.', 'Lee', 'Activists hacked state institutions', 'said'],
    ['The city was hit by rockets, according to local officials.', 'local officials', 'The city was hit by rockets', 'according to'],
    ['The city was used as a base, in response to intelligence collected by NATO planes.', 'NATO', 'The city was used as a base', 'according to'],
    ['According to the agency, prices rose sharply in March.', 'the agency', 'prices rose sharply in March', 'according to'],
    ['Lee told reporters that the deal was finished.', 'Lee', 'the deal was finished', 'told'],
    ['Lee advised CNN the deal was finished.', 'Lee', 'the deal was finished', 'told'],
    // a subject pronoun with its verb after the cue opens the content; it is no inverted speaker
    ['One shopper, the owner of a cafe with 23 staff, said he learned of the breach from a cook.', 'One shopper', 'he learned of the breach from a cook', 'said'],
    ['A voter, a retired nurse from Tarn, said she expected the count to take days.', 'A voter', 'she expected the count to take days', 'said'],
    ['Lee warned that the deal could collapse soon.', 'Lee', 'the deal could collapse soon', 'warned'],
    ['Lee cautioned that the deal could collapse soon.', 'Lee', 'the deal could collapse soon', 'warned'],
    ['The group’s resistance, weak since the crackdown, stated fighters are part of wider efforts.', 'The group’s resistance', 'fighters are part of wider efforts', 'said'],
    ['Lee told BBC Radio 4’s Morning programme the deal was finished.', 'Lee', 'the deal was finished', 'told'],
    ['Lee told the BBC’s Talking Point programme what was needed was a plan.', 'Lee', 'what was needed was a plan', 'told'],
    ['Lee said Roe’s admission that the plan was late meant failure.', 'Lee', 'Roe’s admission that the plan was late meant failure', 'said'],
    ['Lee said the answer was the statement that was shown earlier.', 'Lee', 'the answer was the statement that was shown earlier', 'said'],
    ['Lee said in a statement that the deal was finished.', 'Lee', 'the deal was finished', 'said'],
    ['But Lee said that had nothing to do with the vote.', 'Lee', 'that had nothing to do with the vote', 'said'],
    ['On Thursday, however, Lee spoke to a crowd of farmers, promising to lift the rules on drilling.', 'Lee', 'promising to lift the rules on drilling', 'promising'],
  ])('%s', (body, speaker, text, lemma) => {
    const c = claims(body);
    expect(c.map((x) => [x.kind, x.speaker, x.text, x.cueLemma])).toEqual([['reported', speaker, text, lemma]]);
  });

  it('takes the subject before a relative clause as speaker, never the listener after "told"', () => {
    const body = 'On the question of secrecy, Tory MP Rod Pell, who sits on the defence committee and was part of the inquiry, told the BBC: “That, as a rule, is right, but not always.”';
    expect(brief(body, [{ name: 'Rod Pell' }, { name: 'BBC', type: 'organization' }])).toEqual([['quote', 'Rod Pell', 'That, as a rule, is right, but not always.']]);
    expect(brief('Ann Roe, who runs the fund, said the money had gone.')).toEqual([['reported', 'Ann Roe', 'the money had gone']]);
  });

  it('reads "X, for example, said Y …" as X speaking about Y, and "…, said X." as inverted', () => {
    const body = 'Sen. Ann Lee (R-Ohio), for example, said Roe "has dedicated his efforts to the families who live here." The plan failed, said Tom Vale.';
    expect(brief(body, [{ name: 'Ann Lee' }, { name: 'Roe' }, { name: 'Tom Vale' }]).map((x) => [x[0], x[1]])).toEqual([
      ['quote', 'Ann Lee'],
      ['reported', 'Tom Vale'],
    ]);
  });

  it('reads one claim from a sentence whose content holds another cue word', () => {
    expect(brief('Roe said the advice should have been attached, according to the code, and demanded an inquiry.').map((x) => x[2])).toEqual([
      'the advice should have been attached, according to the code, and demanded an inquiry',
    ]);
    expect(brief('He said much of the money pledged by the bank had not been paid.').map((x) => x[2])).toEqual(['much of the money pledged by the bank had not been paid']);
  });

  it('reads noun cues with a possessor ("X’s claim that …"), except inside another claim', () => {
    expect(brief('Video shows his hands were up, contradicting Harbour police’s earlier claim that Moss had refused to raise them.')).toEqual([
      ['reported', 'Harbour police', 'Moss had refused to raise them'],
    ]);
    expect(brief('The site did a check on Ann Lee’s claim that there were “thousands of fires” in the city this year.')).toEqual([
      ['reported', 'Ann Lee', 'there were “thousands of fires” in the city this year'],
    ]);
    expect(brief('Tom Vale said Lee’s admission that the plan failed was telling.').map((x) => x[1])).toEqual(['Tom Vale']);
  });

  it('finds the subject pronoun after an opening phrase without a comma, and reads a short quote as part of the content', () => {
    const body = 'Factcheck rated the remark last week. On May 27 they published the results by announcing that the statement was true.';
    expect(brief(body, [{ name: 'Factcheck', type: 'organization' }])).toEqual([['reported', 'Factcheck', 'the statement was true']]);
    expect(brief('They turned to the Harbour Police Department which reported “2,521 shooting incidents” in the city this year.')).toEqual([
      ['reported', 'Harbour Police Department', '“2,521 shooting incidents” in the city this year'],
    ]);
  });

  it('ends reported content before a quotation of the same sentence and its speaker', () => {
    const body = 'When Ann Lee noted that Roe had not paid any tax for years ― as was true ― Tom Roe boasted, “That makes me very smart indeed.”';
    expect(brief(body, [{ name: 'Ann Lee' }, { name: 'Tom Roe', aliases: ['Roe'] }])).toEqual([
      ['reported', 'Ann Lee', 'Roe had not paid any tax for years ― as was true'],
      ['quote', 'Tom Roe', 'That makes me very smart indeed.'],
    ]);
  });

  it('reads a spun cue followed by a clause as reported speech ("introduced" for "added")', () => {
    expect(brief('He introduced the answer represented his view that the war was legal.')).toEqual([
      ['reported', null, 'the answer represented his view that the war was legal'],
    ]);
  });

  it('keeps the cue as written with its plain form', () => {
    const c = claims('Ann Lee mentioned that the vote was delayed again.')[0]!;
    expect([c.cue, c.cueLemma]).toEqual(['mentioned', 'said']);
  });

  it('ignores cue words used as nouns and narration after a cue', () => {
    expect(claims('The budget is a share of member states combined incomes.')).toEqual([]);
    expect(brief('“Who would have believed it a year ago?” Lee said, looking out on the crowd.')).toEqual([['quote', 'Lee', 'Who would have believed it a year ago?']]);
  });

  it('ignores cue words used otherwise', () => {
    expect(claims('He was told to leave the building at once.')).toEqual([]);
    expect(claims('Lukas claimed victory in a disputed election.')).toEqual([]);
    expect(claims('The army fired in response to the attack on its base.')).toEqual([]);
    expect(claims('She introduced a bill to cut taxes for small firms.')).toEqual([]);
    expect(claims('She introduced the bill passed by the Senate last year.')).toEqual([]);
    expect(claims('He claimed victory in a broadly disputed election, which was marred by fraud.')).toEqual([]);
    expect(claims('Hours later he sent a flurry of tweets attacking the judge.')).toEqual([]);
  });
});

describe('claim records', () => {
  it('keeps exact offsets, sources, ids in text order and a date of the same sentence', () => {
    const body = '“We see a window of opportunity,” Lee said on Monday.\n\nThe navy says it has shot down several missiles.';
    const facts = extractFacts(parseArticle(body, 'art'), [actorsFrom([]), claimsStage]);
    facts.dates = [];
    const c = facts.claims;
    expect(c.map((x) => x.id)).toEqual(['art#c1', 'art#c2']);
    for (const x of c) {
      expect(facts.article.text.slice(x.start, x.end)).toBe(x.text);
      expect(x.source.start).toBeLessThanOrEqual(x.start);
      expect(x.source.end).toBeGreaterThanOrEqual(x.end);
    }
    expect(c.map((x) => x.paragraph)).toEqual([1, 2]);
  });

  it('picks up a date fact in the same sentence', () => {
    const article = parseArticle('“We see a window of opportunity,” Lee said on Monday.', 'art');
    const at = article.text.indexOf('Monday');
    const dates: Stage = {
      name: 'dates',
      run(f) {
        const s = f.article.sentences[0]!;
        f.dates = [{ id: 'art#d1', text: 'Monday', kind: 'weekday', value: null, relative: true, start: at, end: at + 6, source: { article: 'art', paragraph: 1, sentence: 0, start: s.start, end: s.end } }];
      },
    };
    const c = extractFacts(article, [dates, claimsStage]).claims[0]!;
    expect([c.date, c.dateId]).toEqual(['Monday', 'art#d1']);
  });
});

describe('robustness', () => {
  it('survives an unclosed quote and nested quotes', () => {
    const c = claims('He said: “It goes on and on without end\n\n“She told me ‘never’ and “never again” was the rule,” he said.');
    expect(c.length).toBeGreaterThan(0);
    for (const x of c) expect(x.end).toBeGreaterThanOrEqual(x.start);
  });

  it('handles a 1 MB article in linear time', () => {
    const para = '“We will keep fighting for this,” Smith said. The ministry said that talks failed, according to officials. "Unclosed and odd\n\n';
    const body = para.repeat(Math.ceil(1_000_000 / para.length));
    const article = parseArticle(body, 'big');
    const t0 = performance.now();
    const c = extractFacts(article, [claimsStage]).claims;
    expect(c.length).toBeGreaterThan(1000);
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});

describe.skipIf(!existsSync(SEED))('seed article', () => {
  it('finds the spun cues and every claim is a verbatim slice', () => {
    const facts = extractFacts(readArticleFile(SEED));
    const c = facts.claims;
    expect(c.filter((x) => x.kind === 'quote').length).toBe(10);
    expect(c.some((x) => x.cue === 'advised' && x.cueLemma === 'told')).toBe(true);
    expect(c.some((x) => x.cue === 'stated' && x.cueLemma === 'said')).toBe(true);
    expect(c.some((x) => x.cue === 'in response to' && x.cueLemma === 'according to')).toBe(true);
    for (const x of c) expect(facts.article.text.slice(x.start, x.end)).toBe(x.text);
  });
});
