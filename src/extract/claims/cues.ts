import { CUE_FORMS, INFINITIVE_CUES, NOUN_CUES, type CueForm } from '../../lexicon/cues';
import type { Token } from './tokens';

/** A cue found in a sentence: its form and the token range it covers. */
export interface CueMatch {
  form: CueForm;
  /** Index of its first token and one past its last. */
  from: number;
  to: number;
}

/** Cue forms by first word, longest first, so "talked about" wins over a shorter reading. */
const BY_FIRST_WORD: ReadonlyMap<string, CueForm[]> = (() => {
  const map = new Map<string, CueForm[]>();
  for (const f of CUE_FORMS) {
    const first = f.form.split(' ')[0]!;
    map.set(first, [...(map.get(first) ?? []), f]);
  }
  for (const list of map.values()) list.sort((a, b) => b.form.length - a.form.length);
  return map;
})();

/** Words before a verb cue that make it passive, infinitive or negated: no attribution ("was told", "declined to say"). */
const BLOCKERS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'to', 'not', "n't", 'never', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Forms of "be" that make a participle cue progressive ("is saying"), not passive. */
const PROGRESSIVE = new Set(['is', 'are', 'was', 'were', 'been', 'be']);

/** Quantifiers before a noun. */
const QUANTIFIERS = new Set(['all', 'many', 'some', 'several', 'both', 'other', 'these', 'those', 'most', 'few', 'two', 'three', 'member', 'individual']);

/** Words whose "’s" is "is" or "has", not a possessive ("he’s said", "that’s"). */
const CONTRACTED = new Set(['he', 'she', 'it', 'that', 'who', 'there', 'what', 'where', 'here', 'everyone', 'nobody', 'someone']);

/** Prepositions after which a cue word is a noun ("under questioning", "during questioning"), not a verb. */
const NOUN_BEFORE = new Set(['of', 'under', 'during']);

/** After "said to": a listener (a name, a determiner or an object pronoun), not an infinitive. */
const LISTENER_AFTER_TO = /^(?:\p{Lu}.*|the|a|an|his|her|their|its|our|my|reporters|journalists|me|us|him|them)$/u;

/** The cue forms starting at token i, longest first. */
function matchAt(tokens: readonly Token[], i: number): CueMatch | null {
  const first = tokens[i];
  if (first?.kind !== 'word') return null;
  for (const form of BY_FIRST_WORD.get(first.lower) ?? []) {
    const words = form.form.split(' ');
    if (words.every((w, k) => tokens[i + k]?.kind === 'word' && tokens[i + k]!.lower === w)) return { form, from: i, to: i + words.length };
  }
  return null;
}

/** The attribution cues of a sentence's tokens (outside quotations), in order. */
export function findCues(tokens: readonly Token[]): CueMatch[] {
  const cues: CueMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const m = matchAt(tokens, i);
    if (!m) continue;
    if (m.form.role !== 'source' && !isVerbUse(tokens, m)) continue;
    cues.push(m);
    i = m.to - 1;
  }
  return cues;
}

function isVerbUse(tokens: readonly Token[], m: CueMatch): boolean {
  const prev = tokens[m.from - 1];
  const next = tokens[m.to];
  // "is alleging", "were saying": a form of "be" before a participle is the progressive, still the speaker's act
  const progressive = m.form.form.endsWith('ing') && PROGRESSIVE.has(prev?.lower ?? '');
  if (prev?.kind === 'word' && !progressive && (BLOCKERS.has(prev.lower) || /n['’]t$/.test(prev.lower))) return false;
  // "like all states", "29 of 50 states": a spinner's cue word after a number or quantifier is the noun
  if (m.form.spun && prev?.kind === 'word' && (QUANTIFIERS.has(prev.lower) || /^\d/.test(prev.lower))) return false;
  // "a flurry of tweets", "the art of saying", "under questioning from": after these a cue word is a noun or a gerund
  if (prev?.kind === 'word' && NOUN_BEFORE.has(prev.lower)) return false;
  // "Friday’s tweets", "the ministry’s claims": after a possessive (not "he’s", which is "he has") a cue word is a noun
  if (prev?.kind === 'word' && /['’]s$/.test(prev.lower) && !CONTRACTED.has(prev.lower.slice(0, -2))) return false;
  // "rejected claims by the ministry that …": a saying noun with its agent, read as a noun cue
  if (next?.kind === 'word' && next.lower === 'by' && NOUN_CUES[tokens[m.from]!.lower]) return false;
  // "said to be", "reports said": the verb is elsewhere ("said to the crowd" still attributes)
  if (next?.kind === 'word' && next.lower === 'to' && m.form.role === 'say' && !LISTENER_AFTER_TO.test(tokens[m.to + 1]?.text ?? '') && !INFINITIVE_CUES.has(m.form.form)) return false;
  // a cue ending in "to" ("referring to") may take a verb of saying after it as its content
  return !(next && matchAt(tokens, m.to) && m.form.role !== 'source' && !m.form.form.endsWith(' to'));
}
