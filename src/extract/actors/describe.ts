import type { Candidate } from './candidates';
import type { Token } from './tokens';
import { describesOrganisation, endsDescription, isAdjective, isDemonym, isPlainVerb, isRoleNoun, isTitle, isVerbOrParticle, isVerbWord } from './words';

/** A description as the text gives it: a verbatim span of the article. */
export interface DescriptionSpan {
  start: number;
  end: number;
  sentence: number;
}

/** How far back from a name a description may reach, counted from the name: keeps the walk linear on any input. */
const MAX_PREFIX_WORDS = 24;
const MAX_APPOSITIVE_WORDS = 14;
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the']);
/** An appositive holding one of these is a clause about the actor, not a description of it. */
const CLAUSE_WORDS = new Set(['who', 'whom', 'which', 'that', 'said', 'says', 'told', 'is', 'was', 'are', 'were', 'has', 'had', 'will', 'would']);

/** Title and role words before the name ("poet and baker", "Russian President"), else the appositive after it. */
export function describe(c: Candidate, tokens: Token[], text: string): DescriptionSpan | null {
  return prefixDescription(c, tokens) ?? appositive(c, tokens, text);
}

/** Adjacent: nothing but white space (or a hyphen, or a possessive ’s) between two tokens of one sentence. */
function adjacent(prev: Token, next: Token): boolean {
  if (prev.sentence !== next.sentence) return false;
  return next.joined || next.hyphened || (prev.possessive && next.start - prev.end <= 3);
}

function prefixDescription(c: Candidate, tokens: Token[]): DescriptionSpan | null {
  const nameStart = c.first;
  let begin = c.prefix ?? nameStart;
  const origin = begin;
  for (let k = begin - 1; k >= 0 && origin - k <= MAX_PREFIX_WORDS; k--) {
    const w = tokens[k]!;
    const after = tokens[k + 1]!;
    if (w.sentence !== after.sentence || !(after.joined || after.hyphened)) break;
    // "state news agency" but not "re-nominate former Justice": a verb's plain form counts only before a noun
    if (isPlainVerb(w.text) && (after.cap || isAdjective(after.text))) break;
    if (w.text === 'and') {
      // "poet and baker", but not "Lord Falconer and Baroness Morgan"
      if (after.cap || k + 1 >= nameStart) break;
      begin = k;
      continue;
    }
    if (endsDescription(w.text)) break;
    begin = k;
  }
  // a description opens with its noun phrase, not a verb before it ("re-nominate former Justice")
  while (begin < nameStart && (tokens[begin]!.text === 'and' || (!tokens[begin]!.cap && startsWithVerb(tokens, begin, nameStart)))) begin++;
  if (begin >= nameStart) return null;
  const words = tokens.slice(begin, nameStart);
  // "because less EU money", "derogatory comments", "Johnson tells": a description ends in a role or a name word
  const last = words[words.length - 1]!;
  const endsInRole = last.cap ? !isVerbWord(last.text) || isTitle(last.text) : isRoleNoun(last.text) || isDemonym(last.text) || describesOrganisation(last.text);
  if (!endsInRole || words.some((w) => /^\p{N}/u.test(w.text))) return null;
  if (words.length === 1 && c.prefix === null) {
    const w = words[0]!;
    // a lone capitalised word before a name is more often another name ("Marrow ally"); a lone verb is no role
    if (w.cap ? !isTitle(w.text) : !isTitle(w.text) && isVerbOrParticle(w.text)) return null;
  }
  // adjectives alone ("crucial", "less") describe nothing
  if (words.every((w) => !w.cap && isAdjective(w.text) && !isTitle(w.text))) return null;
  return { start: tokens[begin]!.start, end: tokens[nameStart - 1]!.end, sentence: tokens[begin]!.sentence };
}

/** A verb at `i`, or the prefix of a hyphenated verb ("re-nominate"). */
function startsWithVerb(tokens: Token[], i: number, end: number): boolean {
  let j = i;
  while (j + 1 < end && tokens[j + 1]!.hyphened) j++;
  return isVerbWord(tokens[j]!.text) && !isTitle(tokens[j]!.text);
}

/** "X, the chief executive of Y," → "the chief executive of Y". */
function appositive(c: Candidate, tokens: Token[], text: string): DescriptionSpan | null {
  const last = tokens[c.last]!;
  const open = tokens[c.last + 1];
  if (!open || open.sentence !== last.sentence || !APPOSITIVE_OPENERS.has(open.text)) return null;
  if (!/^,\s+$/.test(text.slice(last.end, open.start))) return null;
  let end = c.last + 1;
  while (end + 1 < tokens.length && end - c.last <= MAX_APPOSITIVE_WORDS && adjacent(tokens[end]!, tokens[end + 1]!)) end++;
  const words = tokens.slice(c.last + 1, end + 1);
  if (words.length < 2 || words.length > MAX_APPOSITIVE_WORDS || words.some((w) => CLAUSE_WORDS.has(w.text))) return null;
  // it must close where it began: at a comma, a bracket, a dash or the end of the sentence
  const closer = text.slice(tokens[end]!.end, tokens[end]!.end + 1);
  const next = tokens[end + 1];
  if (next && next.sentence === open.sentence && !/[,;)—–]/.test(closer)) return null;
  return { start: open.start, end: tokens[end]!.end, sentence: open.sentence };
}
