import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blindSets, dossierOf, readMulti, scoreArticleSet, scoreMulti } from '../../eval/blind';
import { readQuestionSet, scoreQuestions } from '../../eval/questions';
import { Dossier } from '../../src/answer/dossier';
import { buildStore } from '../../src/store/build';
import { hasShared, seedDossier, SHARED } from './helpers';

describe('questions about the seed article', () => {
  it('answers ≥ 90% of our paraphrased questions right, citing the right paragraph, and abstains on every negative', () => {
    const set = readQuestionSet(resolve('test/answer/seed-questions.json'));
    const s = scoreQuestions(seedDossier(), set);
    expect(s.cited[0] / s.cited[1], s.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(s.abstained[0], s.misses.join('\n')).toBe(s.abstained[1]);
  });

  it('counts only what the question counts, and prices only in money', () => {
    const d = seedDossier();
    expect(d.ask('How many soldiers does the Belarusian army have?').answered).toBe(false);
    expect(d.ask('How much do the Kalashnikov replicas cost?').answered).toBe(false);
    expect(d.ask('How old is Vadim Prokopiev?').answered).toBe(false);
    expect(d.ask('How many men were arrested?').text).toMatch(/three/i);
    // a demonym in the sentence names the country asked about
    expect(d.ask('who is the opposition leader of belarus').text).toMatch(/Tikhanovskaya/);
    // "the president of X" is a person titled with both, never another country's president nor an unnamed minister
    expect(d.ask('who is the president of russia').text).toMatch(/Putin/);
    expect(d.ask('who is the president of ukraine').answered).toBe(false);
    expect(d.ask('who is the defence minister of belarus').answered).toBe(false);
    expect(d.ask('who is the US president').answered).toBe(false);
    // "They are led by X" is about the group named before it, not about NATO
    expect(d.ask('Who is the leader of NATO?').answered).toBe(false);
    expect(d.ask('Who is the leader of the Pohonia Battalion?').text).toMatch(/Prokopiev/);
    // what a person did is read where the person (not their country) is named; a group's count where the group is
    expect(d.ask('When did Tikhanovskaya leave Belarus?').answered).toBe(false);
    expect(d.ask('How many volunteers does the International Legion have?').answered).toBe(false);
    expect(d.ask('who is the Belarusian defence minister').answered).toBe(false);
    expect(d.ask('who is the Russian president').text).toMatch(/Putin/);
    // a date after "told reporters in" dates the telling, not the war
    expect(d.ask('When did the war in Ukraine start?').answered).toBe(false);
    expect(d.ask('When was Prokopiev interviewed by CNN?').text).toBe('Monday');
    // what a person fears is read where the person is named, not from what NATO fears
    expect(d.ask('What does Tikhanovskaya fear?').answered).toBe(false);
    // "with sanctions" is a noun: the verb that did it is "punished"
    expect(d.ask('who sanctioned Belarusian defence companies').text).toMatch(/Biden/);
    expect(d.ask('How many volunteers are in the group?').text).toMatch(/30/);
    // a size is asked of the group, not read off the ages that follow "the group"
    expect(d.ask('how big is the battalion').text).toMatch(/30/);
  });

  // Held-out rounds: written without seeing the system and scored before any change (the untouched score in
  // brackets), then kept as regression fixtures: what each asks is right and cited, and every negative abstains.
  it.each([
    ['round4', 0.8, 'written before tuning'],
    ['round5', 0.8, 'untouched 20/25'],
    ['round6', 0.9, 'untouched 31/32'],
    ['round7', 0.9, 'untouched 47/50, negatives 10/12'],
    ['round8', 0.9, 'untouched 38/40, negatives 20/25'],
    ['round9', 0.9, 'untouched 35/40, negatives 16/20'],
    ['round11', 0.9, 'ordinary phrasing; untouched 36/40, negatives 11/12'],
    ['round12', 0.9, 'ordinary phrasing, after all other rounds; untouched 36/40, negatives 12/12'],
    ['round13', 0.9, 'ordinary phrasing, the last round; untouched 36/40, negatives 12/12'],
  ])('answers the held-out %s (≥ %s cited; %s) and abstains on all its negatives', (round, least) => {
    const s = scoreQuestions(seedDossier(), readQuestionSet(resolve(`test/answer/seed-questions-${round}.json`)));
    expect(s.cited[0] / s.cited[1], s.misses.join('\n')).toBeGreaterThanOrEqual(least);
    expect(s.abstained[0], s.misses.join('\n')).toBe(s.abstained[1]);
  });

  it('answers the adversarial held-out round 10 (22/25 and 25/35 negatives before the fixes it prompted)', () => {
    const s = scoreQuestions(seedDossier(), readQuestionSet(resolve('test/answer/seed-questions-round10.json')));
    expect(s.cited[0] / s.cited[1], s.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
    // four of its negatives are still answered with a sentence that is near the question (see the closing note)
    expect(s.abstained[0] / s.abstained[1], s.misses.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  // Corpus articles it was not tuned on, questions written without seeing the system: weaker than the seed
  it.skipIf(!hasShared).each([
    ['chirac', 0.8, 'untouched 18/25'],
    // 17 → 15/25 when what-questions were answered by their clause, not the whole sentence (issue #11; src/answer/clause.ts)
    ['njsenator', 0.6, 'untouched 14/25'],
  ])('answers questions about the %s corpus article (≥ %s cited; %s) and abstains on all its negatives', (name, least) => {
    const d = Dossier.fromStore(buildStore(resolve(SHARED, 'corpus')).store);
    const s = scoreQuestions(d, readQuestionSet(resolve(`test/answer/corpus-questions-${name}.json`)));
    expect(s.cited[0] / s.cited[1], s.misses.join('\n')).toBeGreaterThanOrEqual(least);
    expect(s.abstained[0], s.misses.join('\n')).toBe(s.abstained[1]);
  });

  // Real articles nobody tuned to (2 corpus, 6 PolNeAR-dev, 6 news texts), questions written blind; the held-out half
  // (SPLIT.md) was scored untouched first: 84/140 cited, negatives 43/56, multi-article 4/13; after dev-half tuning
  // 84/140, 44/56 (dev half 84 → 87/140, 39 → 41/56). Floors are what was measured. Answering what / why / how
  // questions by their clause instead of the whole sentence (issue #11) took the halves 99 → 84 and 92 → 74/140 as
  // scored then (a whole sentence counted when it held the answer); counting only the text shown, as the CLI prints it
  // and as these sets are scored now, 50 → 82 and 52 → 76/140.
  it.skipIf(!hasShared).each([
    ['dev', false, 0.58, 0.7],
    ['held-out', true, 0.52, 0.75],
  ])('answers the blind questions on real articles, %s half', (_half, heldOut, least, negatives) => {
    const scores = blindSets().filter((s) => s.heldOut === heldOut).map((s) => scoreArticleSet(SHARED, s.file));
    const share = (k: 'cited' | 'abstained') => scores.reduce((n, q) => n + q[k][0], 0) / scores.reduce((n, q) => n + q[k][1], 0);
    const misses = scores.flatMap((q) => q.misses).join('\n');
    expect(share('cited'), misses).toBeGreaterThanOrEqual(least);
    expect(share('abstained'), misses).toBeGreaterThanOrEqual(negatives);
  });

  it.skipIf(!hasShared)('answers questions several real articles answer with each article’s answer, cited in that article (9/25 before grouping)', () => {
    const m = scoreMulti(dossierOf(SHARED, blindSets().map((s) => s.article)), readMulti(resolve('test/answer/blind/multi.json')).questions);
    expect(m.cited[0] / m.cited[1], m.misses.join('\n')).toBeGreaterThanOrEqual(0.6);
  });

  it('reads an event asked with "happen" by the event, and a crackdown where someone cracked down', () => {
    const a = seedDossier().ask('in what year did the crackdown happen');
    expect(a.data).toMatchObject({ answer: '2020' });
  });

  it('reads a paragraph opening with "They" with the words of the sentence that named the group', () => {
    const a = seedDossier().ask('who heads the group of exiles');
    expect(a.data).toMatchObject({ answer: 'Vadim Prokopiev' });
    expect(a.citations[0]?.paragraph).toBe(6);
  });

  it('borrows only who "they" are from the antecedent: what is asked must be in the sentence itself', () => {
    const d = seedDossier();
    expect(d.ask('what is prokopiev hoping for').data).toMatchObject({ answer: null });
    expect(d.ask('where is the pohonia battalion based').data).toMatchObject({ answer: 'Poland' });
  });

  it('answers who a verb acted on, a counted group included, and never a bare pronoun', () => {
    const d = seedDossier();
    expect(d.ask('who was arrested').data).toMatchObject({ answer: 'three males' });
    expect(d.ask('who did the police arrest').data).toMatchObject({ answer: 'three males' });
    expect((d.ask('who started the war').data as { answer: string | null }).answer).not.toMatch(/^we\b/i);
  });

  it('passes over a name that describes someone else ("a Kremlin-backed, Putin ally") when reading who acted', () => {
    const d = seedDossier();
    expect(d.ask('who claimed victory in the election').data).toMatchObject({ answer: 'Alexander Lukashenko' });
    expect(d.ask('who won the disputed election').data).toMatchObject({ answer: 'Alexander Lukashenko' });
  });

  it('abstains when the question names a country by an abbreviation the articles never name ("US")', () => {
    const d = seedDossier();
    expect(d.ask('who won the election in the US').data).toMatchObject({ answer: null });
    expect(d.ask('who won the election').data).not.toMatchObject({ answer: null });
  });

  it.skipIf(!hasShared)('answers every dev question with a cited paragraph and resolves every dev actor lookup', () => {
    const s = scoreQuestions(seedDossier(), readQuestionSet(resolve(SHARED, 'eval/dev-questions.json')));
    expect(s.misses).toEqual([]);
  });

  it('reads plain and spun attribution alike ("told" and "advised")', () => {
    const d = seedDossier();
    for (const q of ['What did Prokopiev tell CNN?', 'What did Prokopiev advise CNN?', 'What did Prokopiev say to CNN?']) {
      const a = d.ask(q);
      expect(a.answered, q).toBe(true);
      expect(a.text, q).toContain('window of opportunity');
    }
    for (const q of ['According to whom was Belarus used as a springboard?', 'Who said Belarus was used as a springboard?']) {
      // the reply: its text and, when the answer is the whole sentence, the cited sentence under it
      const a = d.ask(q);
      expect(`${a.text} ${a.citations[0]?.text ?? ''}`, q).toContain('NATO');
    }
  });

  it('reads misspelt and lower-case names inside questions', () => {
    const d = seedDossier();
    expect(d.ask('when did putn thank lukashenka').text).toBe('earlier this week');
    expect(d.ask('What did Tikhanovskaja say about the volunteers?').text).toMatch(/real heroes/);
  });

  it('abstains with what the articles do cover', () => {
    const a = seedDossier().ask('What did Angela Merkel say about Belarus?');
    expect(a.answered).toBe(false);
    expect(a.citations).toEqual([]);
    expect(a.text).toMatch(/do not say/);
    expect(a.text).toMatch(/Lukashenko|Putin/);
  });
});
