import type { SentenceEntry } from '../store/indices';
import { termKeys, tokenize } from '../store/terms';
import { citeSentence } from './cite';
import type { AskContext, Found } from './context';
import { coverage, termGroups } from './support';

/**
 * "What is the drug called?", "what is the new ad called?": a thing no actor names, called by the name a sentence
 * gives it after a naming cue ("The drug, known as TV-218, …", "a series of rulings known as Roe v. Lerno"), read
 * where the thing's noun comes shortly before the cue, or in the sentence before one that takes it up ("Jane Roe
 * has a new ad. The 30-second spot, titled “Unfit,” …").
 */
export function answerCalled(ctx: AskContext, subject: string): Found | null {
  // "the area where the shooting happened": the thing is the noun before its relative clause
  const thing = subject.replace(/\s+(?:where|that|which|who|when|whose)\b.*$/i, '');
  const words = tokenize(thing).filter((t) => /^\p{L}/u.test(t.word));
  const head = words[words.length - 1];
  if (!head) return null;
  const headKeys = new Set(termKeys(head.word));
  if (headKeys.size === 0) return null;
  const groups = termGroups(ctx.index, thing).filter((g) => g.known || g.focus);
  let best: { score: number; found: Found } | null = null;
  for (const entry of ctx.index.candidates(`${thing} ${CUE_WORDS}`, CANDIDATES)) {
    const text = entry.sentence.text;
    for (const m of text.matchAll(CUE_NAME)) {
      const before = tokenize(text.slice(0, m.index)).slice(-HEAD_WINDOW);
      const headBefore = before.some((t) => termKeys(t.word).some((k) => headKeys.has(k)));
      // the sentence takes up what the one before named: its opening noun phrase holds the cue
      const prev = !headBefore && m.index <= TAKEN_UP_WITHIN && TAKES_UP.test(text) ? previous(ctx, entry) : undefined;
      if (!headBefore && !(prev && [...headKeys].some((k) => prev.terms.has(k)))) continue;
      const terms = prev ? new Set([...entry.terms, ...prev.terms]) : entry.terms;
      const cover = coverage(groups, terms);
      if (cover < MIN_COVERAGE) continue;
      const name = m[1]!.replace(/^[“"]|[”"]$/g, '').replace(/[\s,.;:]+$/, '');
      if (!best || cover > best.score) best = { score: cover, found: { answer: name, citations: [citeSentence(entry.facts.article, entry.sentence)] } };
    }
  }
  return best?.found ?? null;
}

const CANDIDATES = 40;
/** Words between the thing's noun and the cue: "decisions dating back to the 1970s known as …". */
const HEAD_WINDOW = 7;
/** A cue this far into a sentence opening "The …" is in its opening noun phrase ("The 30-second spot, titled …"). */
const TAKEN_UP_WITHIN = 40;
const TAKES_UP = /^(?:The|This|That|Its|Their|His|Her)\s/;
/** Share of the question's words (as written in the articles) the sentence, with the one it takes up, must hold. */
const MIN_COVERAGE = 0.6;

const CUES = ['known as', 'called', 'named', 'dubbed', 'titled', 'entitled', 'nicknamed', 'termed'];
const CUE_WORDS = CUES.join(' ');
/** A name: a quotation, or capitalised words (with digits and joiners: "TV-218", "Roe v. Lerno", "Bank of Norland"). */
const NAME = `\\p{Lu}[\\p{L}\\p{N}'’&-]*(?:\\s+(?:(?:of|and|the|de|v\\.|vs\\.?)\\s+)?\\p{Lu}[\\p{L}\\p{N}'’&-]*)*`;
const CUE_NAME = new RegExp(`\\b(?:${CUES.map((c) => c.replace(' ', '\\s+')).join('|')})\\s+(?:the\\s+)?(“[^”]{1,80}”|"[^"]{1,80}"|${NAME})`, 'gu');

function previous(ctx: AskContext, entry: SentenceEntry): SentenceEntry | undefined {
  const prev = ctx.index.sentences[entry.id - 1];
  // the sentence before, in the same paragraph or the one before it
  return prev && prev.facts === entry.facts && prev.sentence.paragraph >= entry.sentence.paragraph - 1 ? prev : undefined;
}
