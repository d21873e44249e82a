import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';

// Invented articles for the shapes unseen news showed (live blogs, block quotations, lost marks, unnamed roles).
const facts = (body: string) => extractFacts(parseArticle(body, 'f'));
const claimsWith = (body: string, words: string) => facts(body).claims.filter((c) => c.text.includes(words));
const speakerOf = (body: string, words: string) => {
  const claim = claimsWith(body, words)[0];
  if (!claim) throw new Error(`no claim with ${words}`);
  return claim.speaker;
};

describe('organisations named with "The"', () => {
  it('"The" after a live blog’s time is no short form of "The Gazette"', () => {
    const f = facts('10.58 The Gazette reported the flood on Monday.\n\n10.41 The latest news from Kesh.\n\n10.30 The firefighters said the blaze started in a kitchen on the ground floor.');
    const gazette = f.actors.find((a) => a.name === 'The Gazette');
    expect(gazette?.aliases ?? []).not.toContain('The');
    expect(f.claims.find((c) => c.text.includes('the blaze started'))?.speaker).not.toBe('The Gazette');
  });
});

describe('block quotations after a colon', () => {
  it('the paragraph after "X, the envoy, said:" is X’s quotation', () => {
    const body = 'Kesh sent help on Monday.\n\nJo Vale, the Kesh envoy to Dorland, said:\n\nOur hearts go out to the farmers hit by the storm this week.\n\nThe search resumed on Tuesday.';
    expect(speakerOf(body, 'Our hearts go out to the farmers')).toBe('Jo Vale');
    expect(claimsWith(body, 'The search resumed')).toEqual([]);
  });

  it('runs over plain paragraphs to a closing mark with nothing open, and no further', () => {
    const body = 'Jo Vale, the Kesh envoy, said:\n\nOur hearts go out to the farmers hit by the storm.\n\nOur engineers can help trace the fault. We are ready to assist if asked."\n\nThe search resumed on Tuesday with six ships.';
    expect(speakerOf(body, 'Our engineers can help trace the fault')).toBe('Jo Vale');
    expect(claimsWith(body, 'The search resumed')).toEqual([]);
  });

  it('a cue running to the colon announces ("told me as the vans left the depot:"); a role keeps its body', () => {
    const body = 'An Acme Air pilot, who is helping the police, told me as the vans left the depot:\n\nIt is late now and nobody can see the road in this fog at all.';
    expect(speakerOf(body, 'nobody can see the road')).toBe('An Acme Air pilot');
    expect(claimsWith(body, 'as the vans left the depot')).toEqual([]);
  });

  it('a list item or heading after the colon is no block quotation', () => {
    const body = 'For example, Jo Vale of Acme said it was worth trying:\n\nBuy now against free trial\n\nPrices fell last year.';
    expect(facts(body).claims.filter((c) => c.kind === 'quote')).toEqual([]);
  });

  it('a paragraph with a cue of its own, or a live blog’s next timed entry, is no block quotation', () => {
    const cued = 'Jo Vale, the envoy, said:\n\nThe ministry says the ships will sail on Friday from the port.';
    expect(speakerOf(cued, 'the ships will sail')).not.toBe('Jo Vale');
    const timed = 'Jo Vale, the envoy, said:\n\n09.52 Rain has stopped the search for the third day running.';
    expect(claimsWith(timed, 'Rain has stopped')).toEqual([]);
  });
});

describe('a quotation that lost its opening mark', () => {
  it('is the speaker’s from the start of its sentence', () => {
    const body = 'Ilse Marrow, a 61-year-old teacher, said she had been thinking about the hikers. We hope the lost hikers are found by morning,” she said.';
    expect(speakerOf(body, 'We hope the lost hikers')).toBe('Ilse Marrow');
  });
});

describe('cue shapes', () => {
  it('a progressive cue ("is alleging") attributes its content to the subject', () => {
    expect(speakerOf('Jo Vale is alleging the landlord failed to fix the heating all winter long.', 'landlord failed to fix')).toBe('Jo Vale');
  });

  it('a cue after "but"/"and" shares the subject ("declined to discuss it but confirmed that …")', () => {
    const body = 'Mr Tobias Venn declined to discuss the bid but confirmed that the sale had been delayed by a month.';
    expect(speakerOf(body, 'the sale had been delayed')).toBe('Tobias Venn');
  });

  it('a closing signature reports the clause even over a participle, a source or a stance verb inside it', () => {
    const warned = 'The park stayed open, but notices will stay up for a week warning visitors about the bees, Jo Vale said.';
    expect(claimsWith(warned, 'notices will stay up').map((c) => c.speaker)).toContain('Jo Vale');
    const dismissed = 'Kesh judges dismissed the case after the clerks began to question the records, according to a 1999 story in the Dorland Herald.';
    expect(claimsWith(dismissed, 'the clerks began to question').map((c) => c.speaker)).toContain('Dorland Herald');
    const sourced = 'The ferry turned sharply before it sank, according to flight logs, a source close to the inquiry has told the Kesh Herald.';
    expect(claimsWith(sourced, 'turned sharply').map((c) => c.speaker)).toContain('a source close to the inquiry');
  });

  it('but a signature over a plain "said" stays out of the nested claim', () => {
    const body = 'Jo Vale said the fee would rise next year, the bank wrote.';
    expect(speakerOf(body, 'the fee would rise')).toBe('Jo Vale');
  });
});

describe('pronouns and unnamed people', () => {
  it('"he said" after an unnamed source spoke is that source, not a writer named before', () => {
    const body = 'Jo Vale and Tom Pask in Kesh have this report:\n\nThe ferry turned sharply before it sank, a source close to the inquiry has told the Kesh Herald.\n\n“The speed shown in the logs is far too high for that harbour,” he said.';
    expect(speakerOf(body, 'The speed shown in the logs')).toBe('a source close to the inquiry');
  });

  it('a plural unnamed source ("two officials") is no "he"', () => {
    const body = 'Tom Pask arrived on Monday. Two officials from the ministry told reporters the talks had failed.\n\n“It is over now and we go home,” he said.';
    expect(speakerOf(body, 'It is over now')).toBe('Tom Pask');
  });
});

describe('posts embedded in a page', () => {
  it('a tweet’s text before "— Name (@handle) Month D, YYYY" is the author’s, links left out', () => {
    const body = 'Rain stopped the search again.\n\nI will visit the depot to thank every driver for their work. http://t.co/abc pic.twitter.com/xyz — Jo Vale (@jovale) May 3, 2014';
    const claim = claimsWith(body, 'I will visit the depot')[0];
    expect(claim?.speaker).toBe('Jo Vale');
    expect(claim?.text).toBe('I will visit the depot to thank every driver for their work.');
  });

  it('a live blog’s "Twitter: Name - …" line is the named author’s', () => {
    const body = 'More on the search.\n\nTwitter: Jo Vale - The fire crews and the council have been very kind to us. Thanks to all.';
    expect(speakerOf(body, 'have been very kind to us')).toBe('Jo Vale');
  });

  it('a post naming its author is by someone else; a quotation it relays is the signer’s', () => {
    const named = 'The game was close.\n\nNEW: Jo Vale at the Kesh game today with friends pic.twitter.com/xyz — Jo Vale (@JoValeFans) June 8, 2015';
    expect(claimsWith(named, 'at the Kesh game today')).toEqual([]);
    const relayed = 'The game was close.\n\n"Go Kesh, win it for us all!" – Jo Vale http://t.co/abc — Kesh Sports (@keshsports) June 8, 2015';
    expect(speakerOf(relayed, 'Go Kesh, win it')).toBe('Jo Vale');
  });

  it('a link after an inverted speaker ends the name ("…, says fire chief http://…")', () => {
    const body = 'Search update: checks on the bridge are being run by engineers, says fire chief http://t.co/abc';
    expect(speakerOf(body, 'checks on the bridge')).toBe('fire chief');
  });
});

describe('speakers without a cue next to the quotation', () => {
  it('"“…?” X asks as he parks …": the "as" clause is narration, so X speaks the quotation before', () => {
    const body = '“Do you want a lift into town?” Jo Vale asks as he parks his van beside the old mill.';
    expect(speakerOf(body, 'Do you want a lift')).toBe('Jo Vale');
    // "said while …" still reports its clause
    expect(speakerOf('Tom Pask said while it was a deal in principle, the banks must now work out the details.', 'the banks must now')).toBe('Tom Pask');
  });

  it('"Former mayor X echoed the view, but blamed Y: “…”" is X (a title before the name is part of the subject)', () => {
    const body = 'Former mayor Jo Vale agreed with the council, but blamed President Tom Pask: "We have had two years of promises and no new road."';
    expect(speakerOf(body, 'two years of promises')).toBe('Jo Vale');
  });

  it('a quotation opening a paragraph belongs to the person the paragraph before is about', () => {
    const body = 'Jo Vale knows that the model errs. Guessing rain a year ahead is harder still.\n\n"Really, I was reading old farm records for fun and found these rainfall tables there."';
    expect(speakerOf(body, 'Really, I was reading old farm')).toBe('Jo Vale');
  });

  it('but not past a colon that introduces a document', () => {
    const body = 'Governor Jo Vale blocked the plan last week. He cited the cost. The plan came with a note on the change:\n\n“The share of the budget spent on roads is far more exposed than the share spent on schools.”';
    expect(speakerOf(body, 'The share of the budget')).toBeNull();
  });
});

describe('titles in quotation marks', () => {
  it('a capitalised title (“Down By The Old Mill”) is no quotation; a quoted list of names still is', () => {
    const body = 'Jo Vale picked the songs.\n\n“Down By The Old Mill,” Songs Of The Valley\n\nTom Pask said those out to get him included: “the Police, the Army, the Navy, the Harbour Board” and so on.';
    const quotes = facts(body).claims.filter((c) => c.kind === 'quote').map((c) => c.text);
    expect(quotes).not.toContain('Down By The Old Mill');
    expect(quotes.some((q) => q.includes('the Police, the Army'))).toBe(true);
  });
});

describe('names from other languages', () => {
  it('"Mrs Zhou" is "Zhou Meixia" (family name first); a given name after an honorific is not', () => {
    const f = facts('Zhou Meixia, a 58-year-old baker, said she was waiting.\n\nMrs Zhou said she was hoping for good news. “I cannot sleep until I know where my son is.”');
    expect(f.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Zhou Meixia']);
    expect(f.claims.find((c) => c.text.includes('I cannot sleep'))?.speaker).toBe('Zhou Meixia');
    const given = facts('John Vale met the press on Monday.\n\nMr John said he was tired of the questions on the budget.');
    expect(given.actors.find((a) => a.name === 'John Vale')?.aliases ?? []).not.toContain('Mr John');
  });

  it('French particles stay inside a name ("Aide pour les Villages")', () => {
    const body = 'He worked in Kesh for a decade, according to the charity Aide pour les Villages.';
    expect(speakerOf(body, 'He worked in Kesh')).toBe('Aide pour les Villages');
  });
});

describe('speaker phrases that name no one', () => {
  it('a participle after a clause makes no claim ("The park stayed open, … warning visitors …")', () => {
    const body = 'The park stayed open, but notices will stay up for a week warning visitors about the bees, Jo Vale said.';
    expect(facts(body).claims.filter((c) => c.speaker === 'The park stayed open')).toEqual([]);
  });
});

describe('spun sources', () => {
  it('"in response to reports," closing a clause attributes it like "according to"; "in response to the attack" does not', () => {
    const body = 'Nine cars were towed. One was on the bridge in response to reports, and three were left in the lane.';
    expect(speakerOf(body, 'One was on the bridge')).toBe('reports');
    expect(facts('Police closed the road in response to the attack, and traffic stopped for hours.').claims).toEqual([]);
  });
});

describe('quotations voiced inside reported content', () => {
  it('"X added that Y ran out, shouted “fire!”, and …" gives the exclamation to Y', () => {
    const body = 'Tom Pask was cooking with Jo Vale on Sunday. Tom Pask added that Jo Vale ran out of the kitchen, shouted “fire!”, and called the brigade.';
    const quote = facts(body).claims.find((c) => c.kind === 'quote' && c.text.includes('fire!'));
    expect(quote?.speaker).toBe('Jo Vale');
  });

  it('a short phrase after a naming verb stays a scare quote ("called it “Kestrel,”")', () => {
    const body = 'Jo Vale said he founded a group he called “Kestrel,” which he based on an old poem.';
    expect(facts(body).claims.filter((c) => c.kind === 'quote')).toEqual([]);
  });
});

describe('names at a sentence end and brand names', () => {
  it('a title word ending a sentence keeps no dot ("according to Kesh Radio’s Jo King.")', () => {
    const f = facts('The league will review the play Monday, according to Kesh Radio’s Jo King. Pask will not be suspended.');
    expect(f.actors.map((a) => a.name)).toContain('Jo King');
    expect(f.claims.find((c) => c.text.includes('review the play'))?.speaker).toBe('Jo King');
  });

  it('a name opening on an acronym is a firm, so "the company" after it is that firm', () => {
    const body = 'KBTrust Chase earned $4.9 billion in the fourth quarter, the company announced on Wednesday, down from a year ago.';
    const f = facts(body);
    expect(f.actors.find((a) => a.name === 'KBTrust Chase')?.type).toBe('organization');
    expect(f.claims.find((c) => c.text.includes('earned $4.9 billion'))?.speaker).toBe('KBTrust Chase');
  });
});

describe('passive telling', () => {
  it('"was advised by X to …" and "was told by X that …" are X’s; "was warned that “…”" quotes the one who warned before', () => {
    const body = 'Mrs Ilse Marrow was advised by the planning team to delay the new bridge until it was safe. In one memo she was warned that “the bridge is one nobody should cross yet”.';
    expect(speakerOf(body, 'to delay the new bridge')).toBe('the planning team');
    expect(facts(body).claims.find((c) => c.kind === 'quote')?.speaker).toBe('the planning team');
    expect(speakerOf('The family was told by police that the boy had died in the crash.', 'the boy had died')).toBe('police');
  });

  it('a passive of a verb that is no telling reports nothing ("are shown by the noise that greets …")', () => {
    expect(facts('Moods are shown by the noise that greets every goal scored by the home side.').claims).toEqual([]);
  });
});
