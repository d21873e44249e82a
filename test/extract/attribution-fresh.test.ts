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
    const f = facts('10.58 The Gazette reported the fire on Monday.\n\n10.41 The latest news from Kesh.\n\n10.30 The firefighters said the blaze started in a kitchen on the ground floor.');
    const gazette = f.actors.find((a) => a.name === 'The Gazette');
    expect(gazette?.aliases ?? []).not.toContain('The');
    expect(f.claims.find((c) => c.text.includes('the blaze started'))?.speaker).not.toBe('The Gazette');
  });
});

describe('block quotations after a colon', () => {
  it('the paragraph after "X, the envoy, said:" is X’s quotation', () => {
    const body = 'Kesh sent help on Monday.\n\nJo Vale, the Kesh envoy to Dorland, said:\n\nOur thoughts are with the families of the crew at this difficult time.\n\nThe search resumed on Tuesday.';
    expect(speakerOf(body, 'Our thoughts are with the families')).toBe('Jo Vale');
    expect(claimsWith(body, 'The search resumed')).toEqual([]);
  });

  it('runs over plain paragraphs to a closing mark with nothing open, and no further', () => {
    const body = 'Jo Vale, the Kesh envoy, said:\n\nOur thoughts are with the families of the crew.\n\nOur experts can help find the recorders. We stand ready to help if required."\n\nThe search resumed on Tuesday with six ships.';
    expect(speakerOf(body, 'Our experts can help find the recorders')).toBe('Jo Vale');
    expect(claimsWith(body, 'The search resumed')).toEqual([]);
  });

  it('a cue running to the colon announces ("told me just after the bodies arrived:"); a role keeps its body', () => {
    const body = 'An Acme Air pilot, who is helping the police, told me just after the bodies arrived:\n\nIt is already six now and it is very hard to find anything in the dark.';
    expect(speakerOf(body, 'very hard to find anything')).toBe('An Acme Air pilot');
    expect(claimsWith(body, 'just after the bodies arrived')).toEqual([]);
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
    const body = 'Ilse Marrow, a 61-year-old teacher, said she had been thinking about the crew. I pray for them to have at least one survivor,” she said.';
    expect(speakerOf(body, 'I pray for them to have')).toBe('Ilse Marrow');
  });
});

describe('cue shapes', () => {
  it('a progressive cue ("is alleging") attributes its content to the subject', () => {
    expect(speakerOf('Jo Vale is alleging the club’s security staff failed to protect its patrons that night.', 'security staff failed')).toBe('Jo Vale');
  });

  it('a cue after "but"/"and" shares the subject ("refused to discuss it but confirmed that …")', () => {
    const body = 'Mr Tobias Venn refused to discuss the rumours but confirmed that the main wreck had not been found.';
    expect(speakerOf(body, 'the main wreck had not been found')).toBe('Tobias Venn');
  });

  it('a closing signature reports the clause even over a participle, a source or a stance verb inside it', () => {
    const warned = 'The beach remained open, but signs will be posted for three days warning the public of the attack, Jo Vale said.';
    expect(claimsWith(warned, 'signs will be posted').map((c) => c.speaker)).toContain('Jo Vale');
    const dismissed = 'Kesh prosecutors dismissed charges after investigators began to doubt the statements, according to a 2003 article in the Dorland Herald.';
    expect(claimsWith(dismissed, 'investigators began to doubt').map((c) => c.speaker)).toContain('Dorland Herald');
    const sourced = 'The jet made a steep climb before it crashed, according to radar data, a source close to the investigation has told Reuters.';
    expect(claimsWith(sourced, 'steep climb').map((c) => c.speaker)).toContain('a source close to the investigation');
  });

  it('but a signature over a plain "said" stays out of the nested claim', () => {
    const body = 'Jo Vale said the fee would rise next year, the bank wrote.';
    expect(speakerOf(body, 'the fee would rise')).toBe('Jo Vale');
  });
});

describe('pronouns and unnamed people', () => {
  it('"he said" after an unnamed source spoke is that source, not a writer named before', () => {
    const body = 'Jo Vale and Tom Pask in Kesh have this report:\n\nThe jet climbed steeply before it crashed, a source close to the investigation has told Reuters.\n\n“The numbers taken by the radar are unbelievably high,” he said.';
    expect(speakerOf(body, 'numbers taken by the radar')).toBe('a source close to the investigation');
  });

  it('a plural unnamed source ("two officials") is no "he"', () => {
    const body = 'Tom Pask arrived on Monday. Two officials from the ministry told reporters the talks had failed.\n\n“It is over now and we go home,” he said.';
    expect(speakerOf(body, 'It is over now')).toBe('Tom Pask');
  });
});

describe('posts embedded in a page', () => {
  it('a tweet’s text before "— Name (@handle) Month D, YYYY" is the author’s, links left out', () => {
    const body = 'Rain stopped the search again.\n\nI hope to fly to the site to thank everyone for their effort. http://t.co/abc pic.twitter.com/xyz — Jo Vale (@jovale) December 31, 2014';
    const claim = claimsWith(body, 'I hope to fly to the site')[0];
    expect(claim?.speaker).toBe('Jo Vale');
    expect(claim?.text).toBe('I hope to fly to the site to thank everyone for their effort.');
  });

  it('a live blog’s "Twitter: Name - …" line is the named author’s', () => {
    const body = 'More on the search.\n\nTwitter: Jo Vale - The army, navy and police have been very open with us. I thank them all.';
    expect(speakerOf(body, 'have been very open with us')).toBe('Jo Vale');
  });

  it('a post naming its author is by someone else; a quotation it relays is the signer’s', () => {
    const named = 'The game was close.\n\nNEW: Jo Vale at the Kesh game today with friends pic.twitter.com/xyz — Jo Vale (@JoValeFans) December 27, 2014';
    expect(claimsWith(named, 'at the Kesh game today')).toEqual([]);
    const relayed = 'The game was close.\n\n"May the odds be ever in our favour!" – Jo Vale http://t.co/abc — Kesh Sports (@keshsports) December 27, 2014';
    expect(speakerOf(relayed, 'May the odds be ever')).toBe('Jo Vale');
  });

  it('a link after an inverted speaker ends the name ("…, says police chief http://…")', () => {
    const body = 'Search update: tests on the bodies are being run by police, says police chief http://t.co/abc';
    expect(speakerOf(body, 'tests on the bodies')).toBe('police chief');
  });
});

describe('speakers without a cue next to the quotation', () => {
  it('"“…?” X asks as he steers …": the "as" clause is narration, so X speaks the quotation before', () => {
    const body = '“Do you want to listen to my old tapes?” Jo Vale asks as he steers his car along a narrow road.';
    expect(speakerOf(body, 'Do you want to listen')).toBe('Jo Vale');
    // "said while …" still reports its clause
    expect(speakerOf('Tom Pask said while it was a deal in principle, the banks must now work out the details.', 'the banks must now')).toBe('Tom Pask');
  });

  it('"Former mayor X echoed the view, but blamed Y: “…”" is X (a title before the name is part of the subject)', () => {
    const body = 'Former mayor Jo Vale echoed the sentiment, but laid blame on President Tom Pask: "We have had four months of propaganda against the police."';
    expect(speakerOf(body, 'four months of propaganda')).toBe('Jo Vale');
  });

  it('a quotation opening a paragraph belongs to the person the paragraph before is about', () => {
    const body = 'Jo Vale is aware that the model has many misses. Guessing snow six decades ahead is harder still.\n\n"Basically, I was looking around the website for data nobody had mined yet and found these models."';
    expect(speakerOf(body, 'Basically, I was looking around')).toBe('Jo Vale');
  });

  it('but not past a colon that introduces a document', () => {
    const body = 'Governor Jo Vale vetoed the bill last week. He cited the high fees. The bill contained a memo justifying the increase:\n\n“The portion of the portfolios allocated to equities is much more volatile than the basket.”';
    expect(speakerOf(body, 'The portion of the portfolios')).toBeNull();
  });
});

describe('titles in quotation marks', () => {
  it('a capitalised title (“Time In A Bottle”) is no quotation; a quoted list of names still is', () => {
    const body = 'Jo Vale picked the songs.\n\n“Time In A Bottle,” Days Of Future Past\n\nTom Pask said those out to get him included: “the Police, the Army, the State Department, Interpol” and so on.';
    const quotes = facts(body).claims.filter((c) => c.kind === 'quote').map((c) => c.text);
    expect(quotes).not.toContain('Time In A Bottle');
    expect(quotes.some((q) => q.includes('the Police, the Army'))).toBe(true);
  });
});

describe('names from other languages', () => {
  it('"Mrs Dai" is "Dai Shuqin" (family name first); a given name after an honorific is not', () => {
    const f = facts('Dai Shuqin, a 61-year-old teacher, said she was waiting.\n\nMrs Dai said she was asking for a miracle. “I cannot believe this has happened to us again.”');
    expect(f.actors.filter((a) => a.type === 'person').map((a) => a.name)).toEqual(['Dai Shuqin']);
    expect(f.claims.find((c) => c.text.includes('I cannot believe'))?.speaker).toBe('Dai Shuqin');
    const given = facts('John Vale met the press on Monday.\n\nMr John said he was tired of the questions on the budget.');
    expect(given.actors.find((a) => a.name === 'John Vale')?.aliases ?? []).not.toContain('Mr John');
  });

  it('French particles stay inside a name ("Action pour les Enfants")', () => {
    const body = 'He worked in Kesh for a decade, according to the anti-poverty group Action pour les Enfants.';
    expect(speakerOf(body, 'He worked in Kesh')).toBe('Action pour les Enfants');
  });
});

describe('speaker phrases that name no one', () => {
  it('a participle after a clause makes no claim ("The beach remained open, … warning the public …")', () => {
    const body = 'The beach remained open, but signs will be posted for three days warning the public of the attack, Jo Vale said.';
    expect(facts(body).claims.filter((c) => c.speaker === 'The beach remained open')).toEqual([]);
  });
});

describe('spun sources', () => {
  it('"in response to reports," closing a clause attributes it like "according to"; "in response to the attack" does not', () => {
    const body = 'Seven bodies were found. One was in a life jacket in response to reports, and three were holding hands.';
    expect(speakerOf(body, 'One was in a life jacket')).toBe('reports');
    expect(facts('Police closed the road in response to the attack, and traffic stopped for hours.').claims).toEqual([]);
  });
});

describe('quotations voiced inside reported content', () => {
  it('"X added that Y surfaced, yelled “shark attack!”, and …" gives the exclamation to Y', () => {
    const body = 'Tom Pask was surfing with Jo Vale on Sunday. Tom Pask added that Jo Vale surfaced after several seconds, yelled “shark attack!”, and began paddling to shore.';
    const quote = facts(body).claims.find((c) => c.kind === 'quote' && c.text.includes('shark attack'));
    expect(quote?.speaker).toBe('Jo Vale');
  });

  it('a short phrase after a naming verb stays a scare quote ("called it “Anglika,”")', () => {
    const body = 'Jo Vale said he founded a group he called “Anglika,” which he based on an old book.';
    expect(facts(body).claims.filter((c) => c.kind === 'quote')).toEqual([]);
  });
});

describe('names at a sentence end and brand names', () => {
  it('a title word ending a sentence keeps no dot ("according to Kesh Radio’s Peter King.")', () => {
    const f = facts('The league will review the play Monday, according to Kesh Radio’s Peter King. Vale will not be suspended.');
    expect(f.actors.map((a) => a.name)).toContain('Peter King');
    expect(f.claims.find((c) => c.text.includes('review the play'))?.speaker).toBe('Peter King');
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
    const body = 'Mrs Ilse Marrow was advised by the policy unit to postpone the new exam until it was workable. In one note she was warned that “the exam is one nobody will ever fail”.';
    expect(speakerOf(body, 'to postpone the new exam')).toBe('the policy unit');
    expect(facts(body).claims.find((c) => c.kind === 'quote')?.speaker).toBe('the policy unit');
    expect(speakerOf('The family was told by police that the boy had died in the crash.', 'the boy had died')).toBe('police');
  });

  it('a passive of a verb that is no telling reports nothing ("are revealed by the flurry that greets …")', () => {
    expect(facts('Hopes are revealed by the flurry of excitement that greets interesting objects spotted by rovers.').claims).toEqual([]);
  });
});
