import { FEMALE_WORDS, GENDERED_PRONOUNS, MALE_WORDS, WORD_GIVEN_NAME_GENDER, type Gender } from '../lexicon/gender';
import { givenNameGender, key } from './actors/words';
import type { Actor, ArticleFacts } from './types';

const WORD_GENDER = new Map<string, Gender>([
  ...MALE_WORDS.map((w) => [w, 'male'] as const),
  ...FEMALE_WORDS.map((w) => [w, 'female'] as const),
]);
const PRONOUN = /\b(?:he|him|his|himself|she|her|hers|herself)\b/gi;

/** The gender a describing phrase's head noun gives ("The boyfriend" → male, "his wife" → female), or null. */
export function describedGender(phrase: string): Gender | null {
  const head = phrase.trim().split(/\s+/).pop() ?? '';
  return WORD_GENDER.get(key(head)) ?? null;
}

/**
 * The gender of each person the article names, for agreeing "he"/"she" with an antecedent. Evidence, strongest
 * first: a title before the name or in its description ("Mrs", "Lord", "spokeswoman"); a given name the
 * dictionary knows ("Margaret"); the pronouns that follow the name before anyone else is named. People without
 * evidence are left out (they agree with either pronoun). Linear in the text and the mentions.
 */
export function actorGenders(facts: ArticleFacts): Map<string, Gender> {
  const out = new Map<string, Gender>();
  const people = facts.actors.filter((a) => a.type === 'person');
  const votes = pronounVotes(facts, people);
  for (const a of people) {
    const g = titleGender(facts.article.text, a) ?? nameGender(a) ?? votes.get(a.id) ?? null;
    if (g) out.set(a.id, g);
  }
  return out;
}

function titleGender(text: string, a: Actor): Gender | null {
  const words = [...[a.name, ...a.aliases].map((f) => f.split(/\s+/)[0]!), ...a.mentions.map((m) => /(\S+)\s+$/.exec(text.slice(Math.max(0, m.start - 20), m.start))?.[1] ?? '')];
  // the description's nouns ("his 22-year-old daughter"), not its possessives
  for (const w of (a.description ?? '').split(/[\s,]+/)) words.push(w);
  return agreed(words.map((w) => WORD_GENDER.get(key(w)) ?? null));
}

function nameGender(a: Actor): Gender | null {
  const first = a.name.split(/\s+/).filter((w) => !WORD_GENDER.has(key(w)));
  if (first.length < 2) return null;
  const k = key(first[0]!);
  return WORD_GIVEN_NAME_GENDER[k] ?? givenNameGender(k);
}

/** One gender when every piece of evidence that speaks agrees, else null. */
function agreed(list: (Gender | null)[]): Gender | null {
  const said = new Set(list.filter((g): g is Gender => g !== null));
  return said.size === 1 ? [...said][0]! : null;
}

/** The first he/she after each mention of a person, within the next sentence and before another person is named. */
function pronounVotes(facts: ArticleFacts, people: Actor[]): Map<string, Gender> {
  const { text, sentences } = facts.article;
  const pronouns = [...text.matchAll(PRONOUN)].map((m) => ({ at: m.index, gender: GENDERED_PRONOUNS[m[0].toLowerCase()]! }));
  const mentions = people.flatMap((a) => a.mentions.map((m) => ({ ...m, actor: a }))).sort((x, y) => x.start - y.start);
  // where the next other person is named, in one backward pass
  const nextOther: number[] = [];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const next = mentions[i + 1];
    nextOther[i] = !next ? Infinity : next.actor !== mentions[i]!.actor ? next.start : nextOther[i + 1]!;
  }
  const counts = new Map<string, { male: number; female: number }>();
  let p = 0;
  mentions.forEach((m, i) => {
    while (p < pronouns.length && pronouns[p]!.at < m.end) p++;
    const pronoun = pronouns[p];
    if (!pronoun) return;
    const limit = Math.min(nextOther[i]!, sentences[m.sentence + 1]?.end ?? text.length);
    if (pronoun.at >= limit) return;
    const c = counts.get(m.actor.id) ?? { male: 0, female: 0 };
    c[pronoun.gender]++;
    counts.set(m.actor.id, c);
  });
  const out = new Map<string, Gender>();
  for (const [id, c] of counts) if (c.male !== c.female) out.set(id, c.male > c.female ? 'male' : 'female');
  return out;
}
