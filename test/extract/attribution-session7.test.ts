import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/read';
import { extractFacts } from '../../src/extract/pipeline';

// Session-7 attribution classes, one invented article per mechanism (names, bodies and places are made up).
const facts = (body: string) => extractFacts(parseArticle(body, 'k'));
const claimWith = (body: string, words: string) => facts(body).claims.find((c) => c.text.includes(words));
const speakerOf = (body: string, words: string) => {
  const claim = claimWith(body, words);
  if (!claim) throw new Error(`no claim with ${words}`);
  return claim.speaker;
};

describe('participle cues with a particle', () => {
  it('reads "calling for" after a closing signature as the speaker’s reported act', () => {
    const body = '“Fares will rise again before the summer is out,” the Kesh Ferry Company said, calling for lower fuel duty and a new timetable.';
    const claim = claimWith(body, 'lower fuel duty');
    expect(claim?.kind).toBe('reported');
    expect(claim?.speaker).toBe('Kesh Ferry Company');
    expect(claim?.text.startsWith('calling for')).toBe(true);
  });
});

describe('speech acts with a noun object', () => {
  it('keeps "expressed" with its object ("expressed regret for …")', () => {
    const body = 'Jorun Vale, the mayor of Tarnby, had earlier only expressed regret for the flooding of the lower town.';
    expect(claimWith(body, 'regret for the flooding')?.text).toMatch(/^expressed regret/);
    expect(speakerOf(body, 'regret for the flooding')).toBe('Jorun Vale');
  });

  it('reads "expressing regret" as the subject’s reported act', () => {
    const body = 'Jorun Vale resigned as mayor of Tarnby on Monday, expressing regret for the delays to the harbour wall.';
    expect(claimWith(body, 'regret for the delays')?.text).toMatch(/^expressing regret/);
    expect(speakerOf(body, 'regret for the delays')).toBe('Jorun Vale');
  });
});

describe('role phrases name their holder', () => {
  it('reads a possessed role in the lead as the person the story names next', () => {
    const body = 'Kesh’s prime minister has apologised to Tarn for “any mistakes that could have cost lives” during the raid.\n\nJorun Vale also agreed to pay the families.';
    expect(speakerOf(body, 'any mistakes that could have cost lives')).toBe('Jorun Vale');
  });

  it('reads a role opening a later paragraph as the person introduced right after it', () => {
    const body = [
      'Ilse Marrow, the governor, spoke on Monday.',
      '2:45 p.m.',
      'Kesh’s tax commissioner says an internal review shows no one on his staff released the filings.',
      'Dorin Pask says he told staff to check whether anyone had looked at them.',
    ].join('\n\n');
    expect(speakerOf(body, 'an internal review shows')).toBe('Dorin Pask');
  });

  it('binds a title set beside a name anywhere before, with a qualifier that agrees', () => {
    const body = [
      'Tarnish Prime Minister Ilse Marrow met Kesh’s prime minister, Jorun Vale, on Monday.',
      'Dorin Pask, a farmer, spoke to reporters outside the hall for an hour.',
      'Kesh’s prime minister said the border would open again in the spring.',
      'Tarn’s prime minister said the talks had gone well for both countries.',
    ].join('\n\n');
    expect(speakerOf(body, 'the border would open')).toBe('Jorun Vale');
    expect(speakerOf(body, 'the talks had gone well')).toBe('Ilse Marrow');
  });

  it('keeps a possessed role with no holder in the body of the story as written', () => {
    const body = 'Jorun Vale spoke on Monday.\n\nThe talks went on. Tarn’s finance minister said the budget would be cut by a tenth.';
    expect(speakerOf(body, 'the budget would be cut')).toBe('Tarn’s finance minister');
  });
});

describe('reports that go on without a cue', () => {
  it('reads a following sentence whose first verb is the backshifted "would" as the same speaker’s report', () => {
    const body = 'Jorun Vale, head of the Kesh coastguard, told local radio the search would be widened to the north. Divers would also begin checking the wrecks off Tarn Point.';
    const claim = claimWith(body, 'Divers would also begin');
    expect(claim?.kind).toBe('reported');
    expect(claim?.speaker).toBe('Jorun Vale');
  });

  it('leaves narration with another first verb alone', () => {
    const body = 'Jorun Vale told local radio the search would be widened to the north. Divers have found nothing so far, and they would need calm seas.';
    expect(claimWith(body, 'Divers have found nothing')).toBeUndefined();
  });
});

describe('plural common-noun speakers', () => {
  it('lets people, not only names, report ("search personnel have reported seeing …")', () => {
    const body = 'Jorun Vale said the wreck had not been found, though some search personnel have reported seeing debris near Tarn Point.';
    const claim = facts(body).claims.find((c) => c.cue === 'reported');
    expect(claim?.speaker).toBe('some search personnel');
    expect(claim?.text).toContain('seeing debris near Tarn Point');
  });

  it('still reads "reported" after a body as no claim ("the firm reported profits")', () => {
    const body = 'The old shipyard reported higher orders from the navy this spring.';
    expect(claimWith(body, 'higher orders')).toBeUndefined();
  });
});

describe('saying nouns with their agent', () => {
  it('reads "reports by local fishermen of …" inside another claim as the fishermen’s own report', () => {
    const body = 'The coastguard would also look into reports by local fishermen of a loud bang off Tarn Point on Sunday, Jorun Vale added.';
    const claim = facts(body).claims.find((c) => c.speaker === 'local fishermen');
    expect(claim?.text).toBe('a loud bang off Tarn Point on Sunday');
    expect(speakerOf(body, 'The coastguard would also look')).toBe('Jorun Vale');
  });

  it('keeps "of" after a body as part of the agent ("reports by the Ministry of Ports that …")', () => {
    const body = 'Jorun Vale dismissed reports by the Ministry of Ports that the harbour would close in May.';
    expect(facts(body).claims.some((c) => c.speaker === 'Ministry of Ports' && c.text.includes('the harbour would close'))).toBe(true);
  });
});

describe('roles that speak for an organisation', () => {
  it('keeps the organisation with "the analysts" when it published their note', () => {
    const body = 'On May 3, Kesh Capital released an analysts’ note on the harbour. “Freight will fall by a third before the summer,” the analysts said.';
    const claim = claimWith(body, 'Freight will fall');
    expect(claim?.speaker).toBe('Kesh Capital analysts');
    expect(facts(body).actors.find((a) => a.id === claim?.speakerId)?.name).toBe('Kesh Capital');
  });

  it('keeps "the analysts" as written when no organisation stood with them', () => {
    const body = 'Freight fell in May. “It will fall by a third before the summer is over,” the analysts said.';
    expect(speakerOf(body, 'It will fall by a third')).toBe('the analysts');
  });
});

describe('free relatives', () => {
  it('ends a speaker phrase at "what" ("brought what Vale calls “…”")', () => {
    const body = 'Jorun Vale studies the Kesh coast. The storms brought what Vale calls “the worst flooding in forty years of records.”';
    expect(speakerOf(body, 'the worst flooding in forty years')).toBe('Jorun Vale');
  });
});

describe('stated beliefs', () => {
  it('reads "thinks"/"fears" with a clause as the subject’s stated view', () => {
    const body = 'Jorun Vale thinks the harbour wall will be finished by June. Ilse Marrow fears the cost will double before then.';
    expect(speakerOf(body, 'the harbour wall will be finished')).toBe('Jorun Vale');
    expect(speakerOf(body, 'the cost will double')).toBe('Ilse Marrow');
  });

  it('takes no first-person "I hope" in an unmarked block quotation as a cue', () => {
    const body = 'Jorun Vale, the envoy, said:\n\nThe Kesh survey team has long experience with wrecks. I hope their help can find the recorder quickly."';
    expect(speakerOf(body, 'The Kesh survey team has long experience')).toBe('Jorun Vale');
  });
});

describe('a title’s holder before whoever is in focus', () => {
  it('reads "The chairman" as the person set beside that title earlier, not the last person named', () => {
    const body = [
      '“We gambled and lost,” said Jorun Vale, Tarnby’s chairman.',
      'Tarnby host Dorin Pask’s side this weekend, and Ilse Marrow will start in goal.',
      'The chairman said the owner would attend the meeting in person.',
    ].join('\n\n');
    expect(speakerOf(body, 'the owner would attend')).toBe('Jorun Vale');
  });
});
