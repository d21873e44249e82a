import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/read';
import { findActors } from '../../src/extract/actors';
import type { Actor } from '../../src/extract/types';

const actorsOf = (text: string) => {
  const article = parseArticle(text, 'test');
  return { article, actors: findActors(article) };
};
const named = (actors: Actor[], name: string) => actors.find((a) => a.name === name);

describe('actorsStage on invented sentences', () => {
  it('splits title from name, keeps the title as description and merges the surname', () => {
    const { actors } = actorsOf('Finnish Prime Minister Aino Virtanen met farmers on Tuesday.\n\nVirtanen said the talks went well.');
    const p = named(actors, 'Aino Virtanen');
    expect(p?.type).toBe('person');
    expect(p?.aliases).toEqual(['Virtanen']);
    expect(p?.description).toBe('Finnish Prime Minister');
    expect(p?.descriptionSource?.paragraph).toBe(1);
    expect(p?.mentions.map((m) => m.paragraph)).toEqual([1, 2]);
    expect(actors.filter((a) => a.type === 'person')).toHaveLength(1);
  });

  it('keeps honorific forms as aliases of one person', () => {
    const { actors } = actorsOf('Home Secretary Tom Hale spoke first. Later Mr Hale left, and Hale did not return.');
    expect(actors.map((a) => a.name)).toEqual(['Tom Hale']);
    expect(actors[0]!.aliases.sort()).toEqual(['Hale', 'Mr Hale']);
    expect(actors[0]!.mentions.map((m) => m.text)).toEqual(['Tom Hale', 'Mr Hale', 'Hale']);
  });

  it('reads a role written before the name as its description', () => {
    const { actors } = actorsOf('They are led by poet and baker Ilse Marrow, who rarely speaks.');
    expect(named(actors, 'Ilse Marrow')?.description).toBe('poet and baker');
  });

  it('keeps descriptions to role phrases, not the words that happen to precede a name', () => {
    const { actors } = actorsOf(
      'The court refused to re-nominate former Justice Helen Varga to the bench this year. It stayed because less Velmont money came in. Ministers heard derogatory comments Tom Pell made. Cabinet aide Rosa Kint agreed.',
    );
    expect(named(actors, 'Helen Varga')?.description).toBe('former Justice');
    expect(named(actors, 'Velmont')?.description).toBeNull();
    expect(named(actors, 'Tom Pell')?.description).toBeNull();
    expect(named(actors, 'Rosa Kint')?.description).toBe('Cabinet aide');
  });

  it('reads an appositive after the name when no title precedes it', () => {
    const { actors } = actorsOf('Dana Pirlo, the chief executive of Velmont Holdings, declined to comment.');
    expect(named(actors, 'Dana Pirlo')?.description).toBe('the chief executive of Velmont Holdings');
    expect(named(actors, 'Velmont Holdings')?.type).toBe('organization');
  });

  it('merges an organisation with the name it is called by without its suffix', () => {
    const { actors } = actorsOf('Volunteers formed the Zorvan Brigade last year.\n\nZorvan wants to grow.');
    const g = named(actors, 'Zorvan Brigade');
    expect(g?.type).toBe('group');
    expect(g?.aliases).toEqual(['Zorvan']);
    expect(g?.mentions).toHaveLength(2);
  });

  it('joins "X of Y" organisation names and matches an acronym to its expansion', () => {
    const { actors } = actorsOf('The Council of Coastal Towns (CCT) met. Later the CCT voted to join the Agency for Harbour Safety.');
    expect(named(actors, 'Council of Coastal Towns')?.aliases).toEqual(['CCT']);
    expect(named(actors, 'Agency for Harbour Safety')?.type).toBe('organization');
  });

  it('makes "X administration" one organisation that is also called X', () => {
    const { actors } = actorsOf('The Harlow administration imposed new sanctions on the port.');
    const org = named(actors, 'Harlow administration');
    expect(org?.type).toBe('organization');
    expect(org?.aliases).toEqual(['Harlow']);
  });

  it('counts possessives with straight and curly apostrophes as mentions of the name', () => {
    const { article, actors } = actorsOf('Kellan Moss’s plan was new. Moss\'s aides agreed, and Moss smiled.');
    const p = named(actors, 'Kellan Moss');
    expect(p?.mentions.map((m) => m.text)).toEqual(['Kellan Moss', 'Moss', 'Moss']);
    for (const m of p!.mentions) expect(article.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('never makes actors of weekdays, months, demonyms, weapons or sentence-initial words', () => {
    const { actors } = actorsOf('On Monday, Belgian troops carried Kalashnikov rifles. Among them were Dutch volunteers in March. Hundreds left.');
    expect(actors).toEqual([]);
  });

  it('finds countries and capitals as places, also in hyphenated pairs', () => {
    const { actors } = actorsOf('Lisbon accused Madrid of delays on the Portugal-Spain border.');
    expect(actors.map((a) => [a.name, a.type])).toEqual([
      ['Lisbon', 'place'],
      ['Madrid', 'place'],
      ['Portugal', 'place'],
      ['Spain', 'place'],
    ]);
  });

  it('gives a surname two people share to the one named most recently', () => {
    const { actors } = actorsOf('Ann Roke spoke first. Roke was brief.\n\nThen Ben Roke answered. Roke was angry.');
    const ann = named(actors, 'Ann Roke')!;
    const ben = named(actors, 'Ben Roke')!;
    expect(ann.mentions.map((m) => m.paragraph)).toEqual([1, 1]);
    expect(ben.mentions.map((m) => m.paragraph)).toEqual([2, 2]);
  });

  it('merges a surname printed without its umlaut or with it spelt out, but not two plain spellings', () => {
    const { actors } = actorsOf('In April, Jorg Bräuer, the prefect, spoke. Brauer criticised the choice. “It is a provocation,” Braeuer said.');
    expect(actors.filter((a) => a.type === 'person').map((a) => [a.name, [...a.aliases].sort()])).toEqual([['Jorg Bräuer', ['Braeuer', 'Brauer']]]);
    const plain = actorsOf('Jorg Brauer spoke. Braeuer criticised the choice.').actors.map((a) => a.name);
    expect(plain).toContain('Braeuer');
  });

  it('merges "Donald J. Smith" and "Donald Smith", naming the actor by the fuller form', () => {
    const { actors } = actorsOf('Donald J. Smith arrived. Donald Smith then left, and Smith was gone.');
    expect(actors).toHaveLength(1);
    expect(actors[0]!.name).toBe('Donald J. Smith');
    expect(actors[0]!.aliases.sort()).toEqual(['Donald Smith', 'Smith']);
  });

  it('gives ids in order of first mention and mentions sorted by offset', () => {
    const { article, actors } = actorsOf('Oslo hosted Vera Lund. Lund thanked Oslo and the Nordic Council.');
    expect(actors.map((a) => a.id)).toEqual(actors.map((_, i) => `test#a${i + 1}`));
    const firsts = actors.map((a) => a.mentions[0]!.start);
    expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
    for (const a of actors) {
      const starts = a.mentions.map((m) => m.start);
      expect([...starts].sort((x, y) => x - y)).toEqual(starts);
      for (const m of a.mentions) expect(article.sentences[m.sentence]!.paragraph).toBe(m.paragraph);
    }
  });

  it('finds people whose names are English words, after a lower-case role or with a word-like given name', () => {
    const { actors } = actorsOf('Former home secretary Rusty Bell said the plan failed. The party spokesman Holly Cook disagreed.\n\nRich Baker, a farmer, stayed away, and Mrs Cook left.');
    expect(named(actors, 'Rusty Bell')?.type).toBe('person');
    expect(named(actors, 'Rusty Bell')?.description).toBe('Former home secretary');
    expect(named(actors, 'Holly Cook')?.aliases).toContain('Mrs Cook');
    expect(named(actors, 'Rich Baker')?.type).toBe('person');
  });

  it('reads an unknown given name before a word-like surname the article also writes alone as a person', () => {
    const { actors } = actorsOf('In the afternoon the envoy Zorabel Rice met the mayor for lunch in the city. Later Ms Rice said the talks went well. The group used Velmo Music for the launch of the new show.');
    expect(named(actors, 'Zorabel Rice')?.type).toBe('person');
    expect(named(actors, 'Zorabel Rice')?.aliases).toContain('Ms Rice');
    expect(named(actors, 'Velmo Music')?.type).toBe('organization');
  });

  it('keeps a sentence-opening title or given name with the name it precedes', () => {
    const { actors } = actorsOf('Lord Quarry reported on the inquiry in the morning. Will Carrow said the team was weak.\n\nShadow chancellor Ivo Darnell agreed with both of them.');
    expect(named(actors, 'Quarry')?.aliases).toEqual(['Lord Quarry']);
    expect(named(actors, 'Quarry')?.type).toBe('person');
    expect(named(actors, 'Will Carrow')?.type).toBe('person');
    expect(named(actors, 'Ivo Darnell')?.description).toBe('Shadow chancellor');
    expect(actors.map((a) => a.name)).not.toContain('Shadow');
  });

  it('reads a demonym after a given name as a surname, and alone as no actor', () => {
    const { actors } = actorsOf('The comedian Dawn French and the former premier Bill English met the Dutch envoy and some Danish farmers in the town.');
    expect(actors.map((a) => [a.name, a.type])).toEqual([
      ['Dawn French', 'person'],
      ['Bill English', 'person'],
    ]);
  });

  it('keeps a month written as a surname after a given name or honorific, but not the month alone', () => {
    const { actors } = actorsOf('The prime minister Theresa May met farmers on a cold day in the north. Later Mrs May said the talks went well. The vote will be held in May.');
    expect(actors).toHaveLength(1);
    expect(actors[0]!.name).toBe('Theresa May');
    expect(actors[0]!.mentions.map((m) => m.text)).toEqual(['Theresa May', 'Mrs May']);
  });

  it('types a two-word name that only firms precede nouns with as an organisation', () => {
    const { actors } = actorsOf('The regulator fined Stells Margo on Monday for the fraud. Many Stells Margo bankers were fired after the scandal broke.');
    expect(named(actors, 'Stells Margo')?.type).toBe('organization');
  });

  it('keeps ordinary sentence openers and abstract nouns out of the actors', () => {
    const { actors } = actorsOf('Opposition grew in the north. Will the council agree? Governance matters to Lena Varga.');
    expect(actors.map((a) => a.name)).toEqual(['Lena Varga']);
  });

  it('types a lone unknown name as a place from its context, not as an organisation', () => {
    const { actors } = actorsOf(
      'The ministers will meet at Velmora next week to settle the matter. He spoke with Lord Quill of Tarnby about it. The summit held in Ostrel in Scotland ended early. The plan for Dunmere County was cheap, and Dunmere liked it. Ann Roe met a director at Brackwell Holdings on a rainy afternoon.',
    );
    const types = Object.fromEntries(actors.map((a) => [a.name, a.type]));
    expect(types).toMatchObject({ Velmora: 'place', Tarnby: 'place', Ostrel: 'place', 'Brackwell Holdings': 'organization', Quill: 'person' });
    expect(actors.filter((a) => a.name.startsWith('Dunmere')).map((a) => a.type)).toEqual(['place']);
  });

  it('makes no actors of social media handles or link codes', () => {
    const { actors } = actorsOf('Follow Ann Roe on Twitter @AnnRoeNews and see pic.twitter.com/PfA3km7vah for the chart. The G7 and Tom Vale agreed.');
    expect(actors.map((a) => a.name)).toEqual(['Ann Roe', 'Twitter', 'G7', 'Tom Vale']);
  });

  it('ignores title-case headlines and shouting except for real names', () => {
    const { actors } = actorsOf('Voters Share Their Honest Thoughts On Mara Quill.\n\nTHEY WILL NOT LET US DOWN AND ONLY WE KNOW IT.\n\nQuill Says: ‘You Should Be Criminally Investigated.’');
    expect(actors.map((a) => a.name)).toEqual(['Mara Quill']);
  });
});

describe('actorsStage on odd input', () => {
  it('survives unclosed quotes, stray punctuation and a lone capital', () => {
    const { actors } = actorsOf('“Unclosed quote by Pell Ardent\n\n’ - . A\n\n& & Co-\n\nX');
    expect(actors.map((a) => a.name)).toContain('Pell Ardent');
  });

  it('stays linear on a megabyte of text', () => {
    const para = 'Senator Rhea Vance of the Grain Board (GB) told Radio Kesh in Lisbon that Vance’s plan for the Board would pass. ';
    const text = Array.from({ length: 1_000_000 / para.length / 20 + 1 }, () => para.repeat(20)).join('\n\n');
    const started = performance.now();
    const { actors } = actorsOf(text);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(actors.find((a) => a.name === 'Rhea Vance')!.mentions.length).toBeGreaterThan(1000);
  });
});
