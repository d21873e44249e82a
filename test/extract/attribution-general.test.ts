import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/read';
import { actorGenders } from '../../src/extract/gender';
import { extractFacts } from '../../src/extract/pipeline';

// Invented articles run through the whole pipeline: the mechanisms must hold on text nobody tuned to.
const facts = (body: string) => extractFacts(parseArticle(body, 'g'));
const speakerOf = (body: string, words: string) => {
  const f = facts(body);
  const claim = f.claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with ${words}`);
  return claim.speaker;
};

describe('pronoun gender agreement', () => {
  it('reads gender from titles, given names and the pronouns after a name', () => {
    const f = facts(
      'Mrs Ilse Marrow met Sir Tobias Venn in Kesh. Margaret Oyelaran and Dorin Pask also attended. Pask said he was pleased with the talks.',
    );
    const genders = actorGenders(f);
    const of = (name: string) => genders.get(f.actors.find((a) => a.name.includes(name))!.id);
    expect(of('Marrow')).toBe('female');
    expect(of('Venn')).toBe('male');
    expect(of('Oyelaran')).toBe('female');
    expect(of('Pask')).toBe('male');
  });

  it('"she said" skips a nearer man for the woman named before him', () => {
    const body = 'Mrs Ilse Marrow met Sir Tobias Venn in Kesh, and “it was a waste of everyone’s time and money”, she told aides.';
    expect(speakerOf(body, 'it was a waste of')).toBe('Ilse Marrow');
  });

  it('"he said" still takes the nearest man', () => {
    const body = 'Sir Tobias Venn met Mrs Ilse Marrow in Kesh, and “it was a waste of everyone’s time and money”, he told aides.';
    expect(speakerOf(body, 'it was a waste of')).toBe('Tobias Venn');
  });
});

describe('unnamed people and pronouns', () => {
  it('"He said" after "The boyfriend told police" is the boyfriend, not a man named in passing', () => {
    const body = 'The boyfriend told investigators that two men pulled up while he was parked near Tobias Venn’s house. He said the car had driven past him twice before stopping.';
    expect(speakerOf(body, 'the car had driven past')).toBe('The boyfriend');
  });
});

describe('machine-paraphrased text', () => {
  it('reads a spun role ("the legal professional common") as the role it replaced', () => {
    const body = 'Lord Dorin Pask, the attorney general, met officials on Monday.\n\nThe legal professional common has denied the advice was drafted by officials.';
    expect(speakerOf(body, 'the advice was drafted')).toBe('Dorin Pask');
  });
});

describe('quotes and their cues', () => {
  it('a quote closing on a comma belongs to the cue after it, not to a participle before it', () => {
    const body =
      'Investigator Dorin Pask questioned Ilse Marrow about the call. She said she had dreamed of it, adding that “when she has a dream about things, they come true,” Pask wrote.';
    expect(speakerOf(body, 'when she has a dream')).toBe('Dorin Pask');
  });
});

describe('surnames', () => {
  it('a surname the dictionary knows as a town joins the person who bears it', () => {
    const body = 'Coach Tom Bedford spoke after the game.\n\n“I did not see the play at all, so I cannot judge it,” Bedford said.';
    const f = facts(body);
    expect(f.actors.filter((a) => a.type === 'place').map((a) => a.name)).not.toContain('Bedford');
    expect(speakerOf(body, 'I did not see the play')).toBe('Tom Bedford');
  });
});

describe('appositives', () => {
  it('takes a name after an introductory phrase and before an appositive as the speaker', () => {
    const body =
      'In a summary of the concerns, dated March 18, Dorin Pask, then her private secretary for home affairs, said the minister believed the plan would lead to “lower standards and a shift away from the traditional approach”.';
    const f = facts(body);
    expect(f.claims.map((c) => [c.kind, c.speaker])).toEqual([
      ['reported', 'Dorin Pask'],
      ['quote', 'Dorin Pask'],
    ]);
  });
});

describe('cues and clause edges', () => {
  it('"indicated" reports speech; a spaced dash ends the clause before the speaker; a percent sign stays', () => {
    expect(speakerOf('Commission president Dorin Pask has indicated he wants the rebate to come to an end.', 'he wants the rebate')).toBe('Dorin Pask');
    const f = facts('Six members want the budget capped at 1% of incomes - the Grain Board of Kesh has urged an increase to 1.26%.');
    expect(f.claims.map((c) => [c.speaker, c.text])).toEqual([['Grain Board of Kesh', 'has urged an increase to 1.26%']]);
  });
});

describe('inverted cues', () => {
  it('a time word after the cue is when, not who ("X, 37, said Wednesday")', () => {
    expect(speakerOf('“When I look in the mirror I am angry,” Ilse Marrow, 37, said Wednesday.', 'When I look')).toBe('Ilse Marrow');
  });

  it('takes the name before an appositive after the quote ("“…,” X, his daughter, pleaded")', () => {
    const body = 'The captain, Dorin Pask, was a former pilot. “Papa, come home, I still need you,” Ilse Pask, his 22-year-old daughter, pleaded in comments.';
    expect(speakerOf(body, 'Papa, come home')).toBe('Ilse Pask');
  });
});

describe('reported speech with quoted words', () => {
  it('keeps the reported claim when its content embeds a quotation', () => {
    const f = facts('Dorin Pask insisted that the new tariff would “inject more rigour into the whole of the trade system”.');
    expect(f.claims.filter((c) => c.kind === 'reported').map((c) => c.speaker)).toEqual(['Dorin Pask']);
    expect(f.claims.filter((c) => c.kind === 'quote').map((c) => c.speaker)).toEqual(['Dorin Pask']);
  });
});

describe('role speakers, organisations and questions', () => {
  it('keeps an unnamed source as written, never the person in focus nor the body it speaks for', () => {
    expect(speakerOf('Ilse Marrow visited Kesh. A senior official said the visit was a waste of time and money.', 'the visit was a waste')).toBe(
      'A senior official',
    );
    expect(speakerOf('Ilse Marrow visited Kesh. “The visit was a waste of time and money for everyone,” the spokesman said.', 'The visit was')).toBe(
      'the spokesman',
    );
    const f = facts('Ilse Marrow visited Kesh. “The visit was a waste of time and money for everyone,” said a spokeswoman for the Kesh Ministry of Trade.');
    expect(f.claims[0]).toMatchObject({ speaker: 'a spokeswoman for the Kesh Ministry of Trade', speakerId: null });
  });

  it('a named spokesman is still the person named', () => {
    expect(speakerOf('“We had no choice but to raise prices this year,” Acme spokesman Dorin Pask said.', 'no choice')).toBe('Dorin Pask');
  });

  it('organisations speak: "the ministry said", "Reuters reported"', () => {
    expect(speakerOf('The Ministry of Trade rejected the plan on Tuesday. The ministry said the plan would cost far too much money.', 'cost far too')).toBe(
      'Ministry of Trade',
    );
    expect(speakerOf('Reuters said police had detained dozens of protesters in Kesh overnight.', 'police had detained')).toBe('Reuters');
  });

  it('"What did the senator say?" gives the next quotation to the senator, not to the Senate', () => {
    const body = 'Senator Dorin Pask of Kesh criticised the Senate vote on Monday.\n\nWhat did the senator say?\n\n“This is a disgrace to everyone who voted for the bill in good faith.”';
    expect(speakerOf(body, 'This is a disgrace')).toBe('Dorin Pask');
    expect(speakerOf(body, 'the Senate vote')).toBe('Dorin Pask');
  });
});

describe('colons and paragraphs', () => {
  it('takes the speaker before a colon', () => {
    expect(speakerOf('Ilse Marrow spoke on Monday. Marrow said: “We will never accept a deal that hurts our farmers.”', 'never accept')).toBe('Ilse Marrow');
    expect(speakerOf('Ilse Marrow spoke on Monday.\n\nMarrow: “We will never accept a deal that hurts our farmers.”', 'never accept')).toBe('Ilse Marrow');
  });

  it('a quotation left open at a paragraph end continues in the next paragraph with the same speaker', () => {
    const body =
      'Dorin Pask addressed the rally while Ilse Marrow watched. “We will win this election and we will win it well,” he said. “Nobody can stop us now.\n\n“We have the people and we have the plan for the whole country.”';
    expect(speakerOf(body, 'We have the people')).toBe('Dorin Pask');
  });

  it('a paragraph that is only a quotation after a quote by X is X’s', () => {
    const body = 'Ilse Marrow met Dorin Pask on Monday. “We will win this election and we will win it well,” Pask said.\n\n“We have the people and we have the plan for the whole country.”';
    expect(speakerOf(body, 'We have the people')).toBe('Dorin Pask');
  });
});

describe('inverted cues with an adjunct after the name', () => {
  it('"…,” said X at a meeting …" ends the name where the adjunct opens; a role keeps the body it speaks for', () => {
    const body = '“The new plan split the whole town in two,” said Ilse Marrow at a meeting to open the campaign at Kesh University.';
    expect(speakerOf(body, 'The new plan')).toBe('Ilse Marrow');
    expect(speakerOf('The plan failed in every single district, said Dorin Pask in a statement on Monday.', 'The plan failed')).toBe('Dorin Pask');
    expect(speakerOf('“We are sure it will pass this year,” said a spokesman at the embassy.', 'We are sure')).toBe('a spokesman at the embassy');
  });
});

describe('relative clauses after an appositive', () => {
  it('"X, the head of Y, who …, told …" is X, not the description nor the body it names', () => {
    const body =
      'At the time, Father Tom Vale, a parish priest and author of several books, who was the first to post, warned the council not to close the school. Sister Ilse Marrow, the head of the Kesh Sisters Union, who was the only one without a badge, told reporters that there was still some anger.';
    expect(speakerOf(body, 'not to close the school')).toBe('Tom Vale');
    expect(speakerOf(body, 'there was still some anger')).toBe('Ilse Marrow');
    expect(speakerOf('The head of the union, Ilse Marrow, who was tired, said the talks had failed.', 'the talks had failed')).toBe('Ilse Marrow');
  });
});

describe('participle cues after a dash', () => {
  it('"X did … — claiming …" gives the content to the sentence subject', () => {
    const body = 'Acme had fought a long and noisy feud with Kesh Books — claiming the shop was cheating its suppliers by delaying payment.';
    expect(speakerOf(body, 'the shop was cheating')).toBe('Acme');
  });
});

describe('"that" as a relative pronoun before a cue', () => {
  it('"a ruling that said …" is the ruling speaking; "warned that officials said" still has two speakers', () => {
    const body = 'Acme fought on and is appealing a ruling that said it, too, had broken the harbour rules with the others.';
    expect(speakerOf(body, 'had broken the harbour rules')).toBe('a ruling');
    const f = facts('Ilse Marrow warned that officials said the plan was late.');
    expect(f.claims.map((c) => c.speaker)).toEqual(['Ilse Marrow', 'officials']);
  });
});

describe('a cue set off as an aside', () => {
  it('"…, the company announced on Tuesday, up from …" reports the sentence, not the words after the aside', () => {
    const f = facts('Acme Bank earned $2.1 billion in the third quarter, the company announced on Tuesday, up from a year ago.');
    expect(f.claims.map((c) => [c.speaker, c.text])).toEqual([
      ['Acme Bank', 'Acme Bank earned $2.1 billion in the third quarter, the company announced on Tuesday, up from a year ago'],
    ]);
  });

  it('"A few seconds later, he said, one of the riders lunged" keeps the words after the aside; "said …, however, that" is no aside', () => {
    const body = 'Dorin Pask was parked outside. A few seconds later, he said, one of the riders drew a knife and lunged.';
    expect(speakerOf(body, 'one of the riders drew a knife')).toBe('Dorin Pask');
    expect(facts('Dorin Pask said on Monday, however, that the plan had failed.').claims.map((c) => c.text)).toEqual(['the plan had failed']);
  });
});

describe('saying nouns with an agent', () => {
  it('"charges by regulators that X …" and "claims by Kesh police that …" attribute X to the agent', () => {
    const f = facts('Acme paid $1.1 billion to settle charges by Swiss and foreign regulators that its dealers had rigged grain prices.');
    expect(f.claims.map((c) => [c.speaker, c.cueLemma, c.text])).toEqual([['Swiss and foreign regulators', 'claimed', 'its dealers had rigged grain prices']]);
    expect(speakerOf('Ilse Marrow rejected claims by Kesh police that the march was violent.', 'the march was violent')).toBe('Kesh police');
    expect(facts('The charges by police that were dropped last year.').claims).toEqual([]);
  });
});

describe('"as" clauses', () => {
  it('"…, as the Times put it." and "As X noted last week, …" attribute the clause they are attached to', () => {
    const f = facts('Lobbyists are mounting an assault on a reform law that “has worked far better than anyone expected,” as the Kesh Times put it on Tuesday.');
    expect(f.claims.map((c) => c.speaker)).toContain('Kesh Times');
    expect(f.claims.find((c) => c.speaker === 'Kesh Times')!.text).toContain('has worked far better');
    expect(speakerOf('The economy is slowing down, as Ilse Marrow noted last week.', 'The economy is slowing')).toBe('Ilse Marrow');
    expect(speakerOf('As Ilse Marrow noted last week, the economy is slowing down fast.', 'the economy is slowing')).toBe('Ilse Marrow');
  });

  it('"put it" elsewhere and "as he said goodbye" report nothing', () => {
    expect(facts('Dorin Pask put it on the table next to the old clock.').claims).toEqual([]);
    expect(facts('As Dorin Pask said goodbye, the crowd cheered loudly for him.').claims).toEqual([]);
  });
});

describe('sources named with their body', () => {
  it('"Kesh Radio sources" and "Kesh Ministry officials" speak as written, not as the body', () => {
    expect(speakerOf('The patient, whom Kesh Radio sources described as a retired nurse, was moved.', 'a retired nurse')).toBe('Kesh Radio sources');
    expect(speakerOf('The Kesh Ministry met on Monday. Kesh Ministry officials said the plan had failed badly.', 'the plan had failed')).toBe('Kesh Ministry officials');
  });
});

describe('quote-only cues with a "that" clause', () => {
  it('"concluded that …" and "joked that …" report speech; "asked the court to …" does not', () => {
    const body = 'The review concluded that while all members need to check the rules, they were mostly doing their work.';
    expect(speakerOf(body, 'they were mostly doing')).toBe('The review');
    expect(speakerOf('Dorin Pask joked that the rain had followed him all the way from home.', 'the rain had followed')).toBe('Dorin Pask');
    expect(facts('Dorin Pask asked the court to delay the case for another week.').claims).toEqual([]);
  });
});

describe('appositives around the speaker', () => {
  it('"His lawyer, X, said" and "The head of the union, X, said" are X; "X, the head of Y, said" stays X', () => {
    expect(speakerOf('His lawyer, Ilse Marrow, said the talks had failed badly.', 'the talks had failed')).toBe('Ilse Marrow');
    expect(speakerOf('The head of the union, Ilse Marrow, said the talks had failed badly.', 'the talks had failed')).toBe('Ilse Marrow');
    expect(speakerOf('Ilse Marrow, Kesh Union chief, said the talks had failed badly.', 'the talks had failed')).toBe('Ilse Marrow');
  });

  it('an age before the appositive, and a closing cue after it, keep the name and the content before', () => {
    expect(speakerOf('Dorin Pask, 54, a farmer from Kesh, said prices would rise by ten percent next year.', 'prices would rise')).toBe('Dorin Pask');
    const f = facts('Prices will rise by ten percent next year, Dorin Pask, a farmer from Kesh, said on Tuesday.');
    expect(f.claims.map((c) => [c.speaker, c.text])).toEqual([['Dorin Pask', 'Prices will rise by ten percent next year']]);
    expect(facts('In a memo dated May 3, Dorin Pask, then her secretary, said so.').claims).toEqual([]);
  });
});

describe('colon-introduced quotations', () => {
  it('"responded in a statement: “…”" is a quotation, with no reported claim "in a statement"', () => {
    const f = facts('Ilse Marrow, the minister, responded in a statement: “We will not allow prices to rise this year.”');
    expect(f.claims.map((c) => [c.kind, c.speaker])).toEqual([['quote', 'Ilse Marrow']]);
    const g = facts('Ilse Marrow said the plan had one aim: “to keep prices low for everyone in Kesh.”');
    expect(g.claims.map((c) => c.kind)).toContain('reported');
  });
});

describe('time adjuncts and sources set off mid-sentence', () => {
  it('"said on Monday it would …" starts the content after the time adjunct, not after "this week’s"', () => {
    expect(facts('Acme said on Monday it would cut 500 jobs.').claims.map((c) => c.text)).toEqual(['it would cut 500 jobs']);
    expect(facts('Acme said this week’s vote was a mistake by the board.').claims.map((c) => c.text)).toEqual(['this week’s vote was a mistake by the board']);
  });

  it('"X, according to a statement, will …" reports the whole sentence; "The head of Acme, X, stated" is X', () => {
    const f = facts('Dorin Pask, according to a statement from his office, will resign on Friday after ten years.');
    expect(f.claims.map((c) => c.text)).toEqual(['Dorin Pask, according to a statement from his office, will resign on Friday after ten years']);
    expect(speakerOf('The chief executive of Acme, Dorin Pask, stated prices would rise next year.', 'prices would rise')).toBe('Dorin Pask');
  });
});

describe('nested attributions', () => {
  it('"A replied, telling B to …" gives the participle to A', () => {
    expect(speakerOf('The other person replied, telling Ilse Marrow to burn the old letters before they left.', 'to burn the old letters')).toBe('The other person');
  });

  it('"A replied, telling B to … “…,” C wrote.": the nested claim stays A’s and ends before the signature', () => {
    const f = facts('The other person replied, telling Ilse Marrow to burn the old letters before “they come for us,” Dorin Pask wrote.');
    const told = f.claims.find((c) => c.text.includes('to burn the old letters'))!;
    expect(told.speaker).toBe('The other person');
    expect(told.text).not.toContain('Dorin Pask');
  });

  it('"under questioning from" is no cue', () => {
    const f = facts('Ilse Marrow forced Dorin Pask, who was under questioning from the harbour board over the losses, to resign.');
    expect(f.claims).toEqual([]);
  });
});

describe('more speakers in apposition and findings', () => {
  it('"X’s daughter, Ilse, said" is Ilse; a dash signature with an affiliation is the name', () => {
    expect(speakerOf('Dorin Pask’s daughter, Ilse, said her father had never been to Kesh before the trip.', 'her father had never')).toBe('Ilse');
    expect(speakerOf('“The talks will resume next week in the capital.” — Dorin Pask, Kesh Ministry of Trade', 'The talks will resume')).toBe('Dorin Pask');
  });

  it('"has long argued that", "The report found that" report speech; "found the body" and "reported a loss" do not', () => {
    expect(speakerOf('Dorin Pask, who chairs the board, has long argued that the talks are a waste of time.', 'the talks are a waste')).toBe('Dorin Pask');
    expect(speakerOf('The report found that the talks had failed because nobody trusted anybody.', 'the talks had failed')).toBe('The report');
    expect(facts('Police found the body of a man on Monday near the river.').claims).toEqual([]);
    expect(facts('Acme Corp. reported a loss on Monday.').claims).toEqual([]);
  });
});

describe('quotations after a sentence about a person', () => {
  it('a quotation with no cue after "X was more upbeat." is X’s, also across a paragraph break; not a committee’s', () => {
    expect(speakerOf('Dorin Pask was more upbeat. “We made real progress today, and we will be back next week.”', 'We made real progress')).toBe('Dorin Pask');
    expect(speakerOf('Dorin Pask spoke first.\n\n“Prices will rise by ten percent next year, and nobody can stop it.”', 'Prices will rise')).toBe('Dorin Pask');
    expect(speakerOf('The committee met on Monday. “We made real progress today, and we will be back next week.”', 'We made real progress')).toBeNull();
  });
});

describe('guards found reading real articles', () => {
  it('a possessive makes a cue word a noun ("Friday’s tweets"), but "he’s said" is still a cue', () => {
    const f = facts('Dorin Pask has responded with attacks on Ilse Marrow, including Friday’s tweets.');
    expect(f.claims.map((c) => c.text)).toEqual(['has responded with attacks on Ilse Marrow, including Friday’s tweets']);
    expect(speakerOf('Dorin Pask spoke. He’s said the talks had failed many times before.', 'the talks had failed')).toBe('Dorin Pask');
  });

  it('"a note from his dentist Monday morning that says" has no speaker "his dentist Monday morning"', () => {
    const f = facts('Dorin Pask released a note from his dentist Monday morning that says his teeth are in excellent shape.');
    expect(f.claims.map((c) => c.speaker)).not.toContain('his dentist Monday morning');
  });

  it('"…, X added, saying …" reports the whole sentence, and the participle’s clause on its own', () => {
    const f = facts('The quality of the roads was initially good, Dorin Pask added, saying there had been a slide in upkeep over the years.');
    expect(f.claims.map((c) => [c.speaker, c.text])).toEqual([
      ['Dorin Pask', 'The quality of the roads was initially good, Dorin Pask added, saying there had been a slide in upkeep over the years'],
      ['Dorin Pask', 'there had been a slide in upkeep over the years'],
    ]);
  });

  it('a speaker nested in another claim is not who the next "he" is', () => {
    const body = 'Spokesman Dorin Pask said Monday that Tom Vale has long called for cheaper bread and longer holidays. He said Vale hopes his heir will keep up the fight.';
    expect(speakerOf(body, 'Vale hopes his heir')).toBe('Dorin Pask');
  });
});

describe('more guards from real articles', () => {
  it('only documents speak through "that": "a scraper that attacks every surface" is no speaker', () => {
    expect(facts('Unlike a blunt scraper that attacks every surface, a fine brush cleans one spot.').claims).toEqual([]);
  });

  it('a spun cue word after a quantifier or number is a noun; "didn’t tell" with a curly apostrophe is negated; "slammed into"', () => {
    expect(facts('Like all states, Kesh has pensions that are badly underfunded.').claims).toEqual([]);
    expect(facts('Dorin Pask didn’t tell them he was sending them to another district.').claims).toEqual([]);
    expect(facts('A loose crate slammed into the side of the delivery van.').claims).toEqual([]);
  });

  it('"One of the victims, Jo Vale, wrote …" is Vale; "As X pointed out in the Kesh Times in 2012, …" is X', () => {
    expect(speakerOf('Then one of the alleged victims, Ilse Marrow, wrote that the company had lied for years.', 'the company had lied')).toBe('Ilse Marrow');
    expect(speakerOf('As instructor Ilse Marrow pointed out in the Kesh Times in 2012, it is not hard to see how the notion spread.', 'it is not hard')).toBe('Ilse Marrow');
  });

  it('a quotation after "He bought a Kesh Rover truck …" is his, not the truck’s', () => {
    const body = 'Dorin Pask worked as an interpreter. He bought a Kesh Rover truck for $3,000 and rented it to the army. “I was earning twice over after that, and the truck paid its own way.”';
    expect(speakerOf(body, 'I was earning twice over')).toBe('Dorin Pask');
  });
});

describe('quotations inside quotations', () => {
  it('a single-quoted quotation with its own cue inside the outer one is the inner speaker’s; an apostrophe does not end it', () => {
    const body = '“I was very alarmed when Gov. Dorin Pask said ‘Farm towns, trust me and we’re going to save you,’ and I still am,” Ilse Marrow said.';
    const f = facts(body);
    expect(f.claims.map((c) => [c.speaker, c.text])).toEqual([
      ['Ilse Marrow', 'I was very alarmed when Gov. Dorin Pask said ‘Farm towns, trust me and we’re going to save you,’ and I still am'],
      ['Dorin Pask', 'Farm towns, trust me and we’re going to save you'],
    ]);
    expect(facts('“It is the rule of the ‘old boys club’ that worries me most of all,” Ilse Marrow said.').claims).toHaveLength(1);
  });
});
