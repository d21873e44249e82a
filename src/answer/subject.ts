import type { Span } from './spans';

/** Words between a subject and its verb that are not part of either ("has been", "just lately", "sometimes"). */
const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'just', 'also', 'even', 'still', 'already', 'now',
  'then', 'never', 'not', 'sometimes', 'often', 'later', 'since', 'once', 'first', 'again',
]);
const PRONOUNS = /^(?:he|she|it|they|we|i|you|who|which|that|this|these|those|there|one)$/i;
const PHRASE_BREAK = /^(?:and|or|but|the|a|an|of|in|on|at|to|for|from|with|as|when|while|after|before|because|if|that|which|who|whose|his|her|its|their|our|my|your)$/i;
const RELATIVE = /^(?:who|which|that)(?:['’]s)?$/i;
const MAX_WORDS = 6;
const MAX_ASIDE = 12;

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\s\p{L}\p{N}]/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const isWord = (w: Word) => /^[\p{L}\p{N}]/u.test(w.text);

/**
 * Who does the verb at `verbStart` (offset into `text`): the agent after a passive "by", else the noun phrase
 * right before the verb, skipping auxiliaries and adverbs ("cyber activists just lately hacked" → "cyber activists",
 * "the port has been used" → "the port"). Null when the verb has no such subject here ("… and arrested", "they led").
 */
export function subjectOf(text: string, verbStart: number, base: number): Span | null {
  const words = wordsOf(text);
  const at = words.findIndex((w) => w.start === verbStart);
  if (at < 0) return null;
  if (words[at + 1]?.text.toLowerCase() === 'by') return phrase(text, words, at + 2, 1, base);
  // "was created for the Courier by Jane Roe": a passive's agent after a short phrase of its own
  const by = isPassiveAt(text, verbStart) ? delayedAgent(words, at) : -1;
  if (by > 0) return phrase(text, words, by + 1, 1, base);
  let i = at - 1;
  while (i >= 0 && isWord(words[i]!) && (AUXILIARIES.has(words[i]!.text.toLowerCase()) || /ly$/i.test(words[i]!.text))) i--;
  // "X – a close ally – cracked down": step back over an aside between dashes (or commas) to its subject
  if (i >= 0 && /^[–—,]$/.test(words[i]!.text)) {
    const open = lastIndexOf(words, words[i]!.text, i - 1, i - MAX_ASIDE);
    if (open > 0) i = open - 1;
  }
  if (i >= 0 && words[i]!.text.toLowerCase() === 'by') return null;
  // "the mayor, who's often called …": the subject is the phrase before the relative pronoun's comma
  if (i >= 1 && RELATIVE.test(words[i]!.text) && words[i - 1]!.text === ',') i -= 2;
  // "… with Democrats who control the Senate": without a comma, the noun right before the pronoun
  else if (i >= 1 && RELATIVE.test(words[i]!.text) && isWord(words[i - 1]!)) i -= 1;
  const passive = i < at - 1 && /^(?:was|were|been|is|are|be)$/i.test(words[at - 1]!.text) && words[at + 1]?.text.toLowerCase() !== 'by';
  const span = phrase(text, words, i, -1, base);
  // "X was used as …": X is what the question asks for, passive or not
  return span && (passive || !PRONOUNS.test(span.text)) ? span : null;
}

/** Words a passive's "by" may follow it by ("created *for the Lerno Courier* by …"). */
const AGENT_GAP = 6;

/** The index of a passive verb's "by" past a short phrase, not across a comma or a clause; -1 when none. */
function delayedAgent(words: Word[], at: number): number {
  for (let i = at + 2; i < words.length && i <= at + 1 + AGENT_GAP; i++) {
    const w = words[i]!.text;
    if (/^[,;:()“”"–—]$/.test(w) || /^(?:and|but|who|which|that|when|after|before|while|because)$/i.test(w)) return -1;
    if (/^by$/i.test(w)) return i;
  }
  return -1;
}

/** A run of words from `from` in one direction, up to a break word or punctuation (but through "and" inside names). */
/** A lower-case -ing participle, not a noun that ends so ("building", "meeting", "evening"). */
const PARTICIPLE = /^(?!(?:thing|something|anything|nothing|everything|building|spring|ring|wing|evening|morning|wedding|meeting|ceiling|clothing|offspring|sibling|darling)s?$)\p{Ll}\w{2,}ing$/u;

function phrase(text: string, words: Word[], from: number, step: 1 | -1, base: number): Span | null {
  const taken: Word[] = [];
  for (let i = from; i >= 0 && i < words.length && taken.length < MAX_WORDS; i += step) {
    const w = words[i]!;
    if (!isWord(w)) break;
    if (PRONOUNS.test(w.text) && taken.length === 0 && step === -1) return null;
    // "arrested three men calling it …": a participle after the object opens a clause about it
    if (step === 1 && taken.length > 0 && PARTICIPLE.test(w.text)) break;
    if (PHRASE_BREAK.test(w.text)) {
      // "lawyer and activist Jane …": "and" joins two role words inside the agent phrase
      const next = words[i + step];
      if (step === 1 && /^and$/i.test(w.text) && next && isWord(next) && taken.length > 0) {
        taken.push(w);
        continue;
      }
      break;
    }
    taken.push(w);
  }
  if (taken.length === 0) return null;
  const first = step === 1 ? taken[0]! : taken[taken.length - 1]!;
  const last = step === 1 ? taken[taken.length - 1]! : taken[0]!;
  return { start: base + first.start, end: base + last.end, text: text.slice(first.start, last.end) };
}

function lastIndexOf(words: Word[], mark: string, from: number, to: number): number {
  for (let i = from; i >= Math.max(0, to); i--) if (words[i]!.text === mark) return i;
  return -1;
}

/** What the verb at `verbStart` acts on: the phrase after it, past determiners ("punished Minsk with …" → "Minsk"). */
export function objectOf(text: string, verbStart: number, base: number): Span | null {
  const words = wordsOf(text);
  const at = words.findIndex((w) => w.start === verbStart);
  if (at < 0) return null;
  let i = at + 1;
  while (i < words.length && /^(?:the|a|an|his|her|their|its|our|some|all|both|also|even)$/i.test(words[i]!.text)) i++;
  return phrase(text, words, i, 1, base);
}

/** A subject that is only a pronoun, with any auxiliary the span took along ("We didn't"). */
export const PRONOUN_PHRASE = /^(?:i|we|you|they|he|she|it|us|them)(?:\s+(?:did|do|does|have|had|has|will|would|are|were|was|is)(?:n[’']?t|\s+not)?)?$/i;

/** Is the verb at `at` written passively ("has been used", "who's sometimes called", "was arrested")? */
export function isPassiveAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at).trim().split(/\s+/).reverse();
  for (const w of before) {
    const word = w.toLowerCase();
    if (/^(?:is|are|was|were|be|been|being|get|got|gets)$/.test(word) || /\w['’]s$/.test(word)) return true;
    if (!/ly$/.test(word) && !/^(?:just|also|even|still|already|never|not|sometimes|often|once|later|then)$/.test(word)) return false;
  }
  return false;
}
