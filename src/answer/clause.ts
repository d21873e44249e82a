import { CUE_FORMS } from '../lexicon/cues';
import { relativesOf } from '../lexicon/wordnet';
import { contentTerms, despin, fold, isStopword, stem, synonymKeys, termKeys, tokenize, type Token } from '../store/terms';
import { measureAsked, measureSpan } from './measure';
import { closeSpelling } from './similarity';
import { nameSpans, quoteSpans, type Span } from './spans';

/**
 * The span of a chosen sentence that answers a question asked in words rather than for a typed entity (what
 * did X say / want / call for, why, how, what is X, what X did): the part of the sentence that is not the
 * question's own words, bounded by its clause. The sentence is already cited below the answer; the answer is
 * never the sentence again. Offsets are into the sentence; null when no shorter span answers.
 */
export function clauseSpan(question: string, sentence: string): Span | null {
  const words = questionWords(question);
  const tokens = tokenize(sentence).map((t) => ({ ...t, anchor: words.some((w) => w.matches(t.word)) }));
  const q = fold(question).replace(/[?.!\s]+$/, '');
  const reason = REASON_ASKED.test(q);
  const manner = !reason && MANNER_ASKED.test(q);
  const measure = measureAsked(q);
  const span =
    (measure && measureSpan(measure, sentence, tokens.filter((t) => t.anchor).map((t) => t.start))) ||
    (!reason && !manner && SAYING.test(q) && quoteClause(sentence, words, q)) ||
    (reason && cueClause(sentence, tokens, REASON_CUE)) ||
    (manner && cueClause(sentence, tokens, MANNER_CUE)) ||
    (NAMING_ASKED.test(q) && termAfterCall(sentence)) ||
    (POLAR_ASKED.test(q) && polarPiece(sentence, tokens)) ||
    (PASSIVE_SUBJECT_ASKED.test(q) && beforeVerb(sentence, tokens)) ||
    (DEED_ASKED.test(q) && deedOf(sentence, tokens)) ||
    (OBJECT_ASKED.test(q) && thatClause(sentence, tokens)) ||
    kindSpan(q, sentence, tokens, words) ||
    definitionSpan(q, sentence, tokens, words) ||
    afterLastWord(q, sentence, tokens, words) ||
    runSpan(sentence, tokens, q);
  if (!span) return null;
  const trimmed = wholeNames(sentence, trim(sentence, span));
  // a span nearly as long as the sentence is the sentence again
  if (!trimmed || trimmed.end - trimmed.start >= MAX_SHARE * sentence.trim().length) return null;
  return trimmed;
}

/** Longer than this share of the sentence, a span repeats it. */
const MAX_SHARE = 0.9;

interface Anchored extends Token {
  /** The word is one of the question's own (or a synonym, a spun form, a WordNet relative, a misspelt name). */
  anchor: boolean;
}

interface QuestionWord {
  word: string;
  matches: (word: string) => boolean;
  /** By its own keys only (stem, synonym class, spin), not a WordNet relative. */
  same: (word: string) => boolean;
}

/** Words that say what kind of answer is asked, never found in the answer's sentence. */
const ASKING_WORDS = new Set(['what', 'which', 'why', 'how', 'kind', 'type', 'sort', 'exactly', 'happen', 'happened', 'like', 'reason']);

/**
 * The question's content words, each matching a sentence word by its keys (stem, synonym class) after undoing
 * spin, by a WordNet synonym or derived word of its commonest senses, or (a name) by a close spelling.
 */
function questionWords(question: string): QuestionWord[] {
  return contentTerms(despin(question))
    .filter(({ token }) => !ASKING_WORDS.has(fold(token.word)))
    .map(({ token }) => {
      const word = token.word;
      const own = new Set(synonymKeys(word));
      const keys = new Set([...own, ...relatives(word).flatMap(synonymKeys)]);
      const folded = fold(word);
      const has = (set: Set<string>, other: string) => [other, despin(other)].some((w) => termKeys(w).some((k) => set.has(k)));
      return {
        word,
        matches: (other: string) => has(keys, other) || (folded.length >= 5 && /^\p{Lu}/u.test(other) && closeSpelling(folded, fold(other))),
        same: (other: string) => has(own, other),
      };
    });
}

function relatives(word: string): string[] {
  if (!/^\p{Ll}+$/u.test(word)) return [];
  const r = relativesOf(word, { senses: 2 });
  // WordNet's lemmas come with spaces, never underscores: a phrase is no single word to match
  return [...r.synonyms, ...r.derived].filter((w) => !w.includes(' '));
}

// ---- clause pieces --------------------------------------------------------------------------------------------

/** Where a clause or phrase ends: punctuation, a dash between words, a quotation mark, a bracket. */
const BOUNDARY = /,(?!\d{3}\b)|[;:()“”"]|\s[-–—]\s|[–—]/g;

/** The sentence cut at its boundaries: [start, end) pieces. */
function pieces(sentence: string): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const m of sentence.matchAll(BOUNDARY)) {
    if (m.index > at) out.push([at, m.index]);
    at = m.index + m[0].length;
  }
  if (at < sentence.length) out.push([at, sentence.length]);
  return out;
}

function pieceEnd(sentence: string, from: number): number {
  BOUNDARY.lastIndex = 0;
  const rest = sentence.slice(from);
  const m = new RegExp(BOUNDARY.source).exec(rest);
  return m ? from + m.index : sentence.replace(/[.!?\s]+$/, '').length;
}

const content = (t: Token) => !isStopword(t.word);

// ---- what did X say / call / tweet: the words quoted --------------------------------------------------------

const SAYING_VERBS = [...new Set(CUE_FORMS.filter((f) => f.role !== 'source' && !f.form.includes(' ')).map((f) => f.lemma))];
const SAYING = new RegExp(`\\b(?:${[...SAYING_VERBS, 'say', 'tell', 'call', 'tweet', 'tweeted', 'write', 'wrote', 'describe', 'described'].join('|')})\\b`);

/**
 * A quotation in the sentence, or the clause of it that holds the question's words: a quote as long as the
 * sentence is answered by its part about what was asked ("what did X say about rates" → "no pressure to raise
 * rates this year").
 */
function quoteClause(sentence: string, words: QuestionWord[], question: string): Span | null {
  const quotes = quoteSpans(sentence, 0);
  if (quotes.length === 0) return null;
  const quote = quotes.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  // a word or two in quotation marks ("a 'smart guy'") is a term, not what was said
  if (tokenize(quote.text).length < MIN_QUOTED_WORDS) return null;
  return quotePartOf(quote, sentence.length, words, question);
}

/**
 * What someone said, as long as the sentence quoting it: the part of it about what the question asks (offsets
 * into the quoted text), or null when the quote is short enough to be the answer whole.
 */
export function quotePart(question: string, quoted: string, sentenceLength: number): Span | null {
  if (quoted.length < QUOTE_WHOLE * sentenceLength) return null;
  const words = questionWords(question);
  // "what is step two" asked of a quote: what the quote says it is
  const q = fold(question).replace(/[?.!\s]+$/, '');
  const defined = definitionSpan(q, quoted, tokenize(quoted).map((t) => ({ ...t, anchor: words.some((w) => w.matches(t.word)) })), words);
  if (defined) return trim(quoted, defined);
  const part = quotePartOf({ start: 0, end: quoted.length, text: quoted }, sentenceLength, words, q);
  return part.text.length < quoted.length ? trim(quoted, part) : null;
}

function quotePartOf(quote: Span, sentenceLength: number, words: QuestionWord[], question = ''): Span {
  if (quote.text.length < QUOTE_WHOLE * sentenceLength) return quote;
  // the quote's sentences and clauses; the one with most of the question's words (the first on a tie)
  const parts = [...quote.text.matchAll(/[^.;!?]+[.;!?]*/g)].flatMap((m) => {
    const text = m[0];
    if (text.length < QUOTE_WHOLE * sentenceLength) return [{ start: quote.start + m.index, text }];
    return [...text.matchAll(QUOTE_CLAUSE)].map((c) => ({ start: quote.start + m.index + c.index, text: c[0] }));
  });
  const topic = words.filter((w) => !SAYING.test(fold(w.word)));
  const hits = (text: string) => tokenize(text).filter((t) => topic.some((w) => w.matches(t.word))).length;
  const fresh = (text: string) => tokenize(text).filter((t) => content(t) && !topic.some((w) => w.matches(t.word))).length;
  const most = Math.max(...parts.map((p) => hits(p.text)));
  // among the parts with most of the question's words, one made of them alone ("If X loses this war,") if any
  const tied = parts.map((p, i) => i).filter((i) => hits(parts[i]!.text) === most);
  let at = tied.find((i) => fresh(parts[i]!.text) < 2) ?? tied[0]!;
  // nothing asked in any part ("what did X tell reporters"): what X said first, its whole first sentence
  if (most === 0) return firstSentence(quote);
  // "X's reaction to Y": the part that restates Y is what X reacts to; the next part is the reaction
  if (REACTION_ASKED.test(question) && parts[at + 1]) return spanOf(parts[at + 1]!);
  if (fresh(parts[at]!.text) >= 2) return spanOf(parts[at]!);
  // a part of the question's own words is what the answer is about: the part after it answers, or (closing the
  // quote) the part before it, with it ("step one before step two, which is the battle for X")
  if (parts[at + 1]) return spanOf(parts[at + 1]!);
  if (at === 0) return spanOf(parts[at]!);
  const before = parts[--at]!;
  const last = parts[at + 1]!;
  return { start: before.start, end: last.start + last.text.length, text: before.text + last.text };
}

const REACTION_ASKED = /\b(?:reaction|response|respond|responded|react|reacted|reply|replied)\s+to\b/i;

function firstSentence(quote: Span): Span {
  const first = /^[^]+?[.!?](?=\s+\p{Lu}|$)/u.exec(quote.text)?.[0] ?? quote.text;
  return { start: quote.start, end: quote.start + first.length, text: first };
}

function spanOf(part: { start: number; text: string }): Span {
  return { start: part.start, end: part.start + part.text.length, text: part.text };
}

const MIN_QUOTED_WORDS = 4;
/** A long quoted sentence's clauses: cut after a comma or a dash, and before a conjunction that opens a clause. */
const QUOTE_CLAUSE = /.+?(?:,|\s--|\s[-–—]|[–—]|(?=\s(?:but|because|while|although|whereas|given|since|so)\s)|(?=\sand\s(?:now|then|I|we|you|he|she|they|it|there)\b)|$)/g;

/** A quotation shorter than this share of its sentence is the answer whole. */
const QUOTE_WHOLE = 0.6;

// ---- why / how: the clause a cue opens ----------------------------------------------------------------------

/** "why …", "what was X for", "what was the reason …": a reason or a purpose is asked. */
const REASON_ASKED = /^why\b|\breason\b|^what\b.*\bfor$/;
/** "how did X deliver it", "how does X use Y": a manner or a means (not how many, how long, how old). */
const MANNER_ASKED = /^how\s+(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b/;

const REASON_CUE = /\b(?:because(?:\s+of)?|due\s+to|as\s+a\s+result\s+of|in\s+order\s+to|so\s+that|after|following|since|amid|citing|over|for|when|as|to)\s/gi;
const MANNER_CUE = /\b(?:by|through|via|with|using|as|in\s+(?:a|an))\s/gi;

/**
 * The clause a cue opens ("because …", "by …"), the first after the question's words in the sentence (else the
 * first of all), up to the end of its piece.
 */
function cueClause(sentence: string, tokens: Anchored[], cue: RegExp): Span | null {
  const anchors = tokens.filter((t) => t.anchor);
  if (anchors.length === 0) return null;
  const firstAnchor = anchors[0]!.end;
  const lastAnchor = anchors[anchors.length - 1]!.end;
  const cues = [...sentence.matchAll(cue)].filter((m) => tokens.some((t) => t.start > m.index + m[0].length - 1 && content(t) && !t.anchor));
  const after = (at: number) => cues.find((m) => m.index >= at);
  // a reason follows what it explains ("… sued the city after …"); a manner the verb it qualifies ("used X as …")
  const m = cue === REASON_CUE ? (after(lastAnchor) ?? after(firstAnchor)) : (after(firstAnchor) ?? after(lastAnchor));
  if (!m) return null;
  const end = pieceEnd(sentence, m.index + m[0].length);
  return end > m.index ? { start: m.index, end, text: sentence.slice(m.index, end) } : null;
}

// ---- what N / which N: the phrase around the noun -----------------------------------------------------------

/** "what planes is X getting", "which street did they march along", "what kind of device is X": the noun asked. */
const KIND_ASKED = /^(?:what|which)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could)\b/u;
/** "X is a senator from what state": the noun after a closing what / which. */
const KIND_LAST = /\b(?:what|which)\s+([\p{L}-]+)$/u;
const PREPOSITIONS = /^(?:along|across|through|into|onto|toward|towards|near|past|around|behind|beyond|inside|outside|alongside|among|against|without|within|via)$/i;
/** "which (US) administration sanctioned X": the first noun after which, before the verb. */
const WHICH_NOUN = /^which\s+(?:(?:us|uk|eu|un)\s+)?([\p{L}-]+)/u;
/** What may follow a noun inside its phrase: "the island of X", "industries including X", "a unit called X". */
const NOUN_COMPLEMENT = /^\s+(?:of|including|such\s+as|like|called|named|known\s+as|dubbed)\s+/i;

function kindSpan(q: string, sentence: string, tokens: Anchored[], words: QuestionWord[]): Span | null {
  const noun = (KIND_ASKED.exec(q)?.[1] ?? KIND_LAST.exec(q)?.[1])?.split(' ').pop() ?? WHICH_NOUN.exec(q)?.[1];
  if (!noun || isStopword(noun)) return null;
  const asked = questionWords(noun)[0];
  // the noun itself first, then a word of its synonym class ("coaching" for "training"; "study" too, so the last), then a relative
  const stemmed = stem(noun);
  const tiers = asked ? [tokens.findIndex((t) => stem(t.word) === stemmed), tokens.map((t) => asked.same(t.word)).lastIndexOf(true), tokens.findIndex((t) => asked.matches(t.word))] : [];
  const at = tiers.find((i) => i >= 0) ?? -1;
  if (at < 0) return null;
  const head = tokens[at]!;
  // the words before the noun that modify it: no function word, no boundary between
  let first = at;
  while (first > 0) {
    const prev = tokens[first - 1]!;
    // …nor a verb, an adverb or a preposition before it ("released devices", "slowly along 42nd street")
    if (isStopword(prev.word) || /[,;:“”"]/.test(sentence.slice(prev.end, tokens[first]!.start)) || /^\p{Ll}+(?:ed|ing|ly)$/u.test(prev.word) || PREPOSITIONS.test(prev.word)) break;
    first--;
  }
  let end = head.end;
  const complement = NOUN_COMPLEMENT.exec(sentence.slice(end));
  // a name after the noun: "Republican Gov. Jane Roe", "basketball star Joe Ash"
  // …or a number naming it: "Highway 97", "Flight QZ8501"
  const names = /^(?:\s+(?:\p{Lu}[\p{L}\d.'’-]*|of|de))*\s+(?:\p{Lu}[\p{L}\d.'’-]*|\d[\p{L}\d-]*)/u.exec(sentence.slice(end));
  if (complement) end = pieceEnd(sentence, end + complement[0].length);
  else if (names) end += names[0].length;
  const start = tokens[first]!.start;
  if (first === at && end === head.end) return null;
  // "side effects" for "what side effects …": the question's own words say nothing
  if (tokens.filter((t) => t.start >= start && t.end <= end && content(t)).every((t) => words.some((w) => stem(w.word) === stem(t.word)))) return null;
  return { start, end, text: sentence.slice(start, end) };
}

// ---- what is X: the appositive or the predicate ------------------------------------------------------------

const DEFINITION_ASKED = /^(?:what|who)\s+(?:is|was|are|were)\s+(?:an?\s+|the\s+)?(.+)$/;

/** "X, a navy unit of volunteers, …", "X – a movement-tracking device …", "X is a …": what X is said to be. */
function definitionSpan(q: string, sentence: string, tokens: Anchored[], words: QuestionWord[]): Span | null {
  if (!DEFINITION_ASKED.test(q)) return null;
  // X is the longest run of the question's own words, "of" or "the" between them allowed, no punctuation:
  // "the Legion of Defence of Ukraine"
  const own = tokens.map((t) => words.some((w) => w.same(t.word)));
  const joined = (a: number, b: number) => !/[,;:()–—]|\s-\s/.test(sentence.slice(tokens[a]!.end, tokens[b]!.start));
  let best: [number, number] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    if (!own[i]) continue;
    let j = i;
    while (j + 1 < tokens.length && joined(j, j + 1) && (own[j + 1] || (/^(?:of|the|de|for|and)$/i.test(tokens[j + 1]!.word) && own[j + 2] && joined(j + 1, j + 2)))) j++;
    if (!best || j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  if (!best) return null;
  const last = tokens[best[1]]!;
  const after = /^(?:\s*,\s*(?:which|who)\s+(?:is|was|are|were)\s+|\s*,\s*|\s+[-–—]\s+|\s*[–—]\s*|\s+(?:is|was|are|were)\s+)/.exec(sentence.slice(last.end));
  if (!after) return null;
  const start = last.end + after[0].length;
  const end = pieceEnd(sentence, start);
  return end > start ? { start, end, text: sentence.slice(start, end) } : null;
}

/**
 * Who X is, read off a sentence naming X: the appositive after the name ("X, director of rates at Y,"), what the
 * sentence says X is ("X is …"), the phrase before it ("her brother, X", "Y's X"). Offsets into the sentence.
 */
export function profileSpan(name: string, sentence: string): Span | null {
  const words = questionWords(name);
  const tokens = tokenize(sentence);
  const own = tokens.map((t) => words.some((w) => w.same(t.word)));
  const first = own.indexOf(true);
  if (first < 0) return null;
  let last = first;
  while (own[last + 1]) last++;
  // past an age written after the name ("X, 41,")
  const end = tokens[last]!.end + (/^\s*,\s*\d{1,3}(?=\s*,)/.exec(sentence.slice(tokens[last]!.end))?.[0].length ?? 0);
  // (", who chairs the committee," says who X is; ", who said …" does not)
  const after = /^(?:\s*,(?!\s*(?:and|or|but|which|that|said|says|told|added|who\s+(?:said|says|told|added))\b)\s*|\s+[-–—]\s+|\s*[–—]\s*|\s+(?:is|was)\s+)/i.exec(sentence.slice(end));
  // "Y's X": whose X is comes before the name
  const owned = /['’]s\s+$/.test(sentence.slice(0, tokens[first]!.start));
  // "The county's health officer, X, described …": a name in apposition is described by the phrase before it, unless
  // a noun phrase follows it too ("Y's ally, X, 44, a history teacher, …")
  const inApposition = /,\s*$/.test(sentence.slice(0, tokens[first]!.start)) && !/^\s*,\s*(?:an?|the)\s/i.test(sentence.slice(end));
  let span: Span | null = null;
  if (after && !owned && !inApposition) {
    const start = end + after[0].length;
    span = { start, end: pieceEnd(sentence, start), text: '' };
  } else {
    const start = tokens[first]!.start;
    const before = sentence.slice(0, start);
    // "her brother, X": the piece before; "led by Y's X": the words before the name in its own piece
    const cut = /[,;:()“”"]\s*$|\s[-–—]\s*$|[–—]\s*$/.exec(before);
    const from = cut ? before.slice(0, cut.index).search(/[^,;:()“”"–—]*$/) : before.search(/[^,;:()“”"–—]*$/);
    span = { start: from, end: cut ? cut.index : start, text: '' };
  }
  const trimmed = span.end > span.start ? trim(sentence, { ...span, text: sentence.slice(span.start, span.end) }) : null;
  return trimmed && trimmed.text.length < MAX_SHARE * sentence.trim().length ? trimmed : null;
}

// ---- is / does / did …?: the clause that says so or not -------------------------------------------------

const POLAR_ASKED = /^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b/;

/**
 * A yes-or-no question is answered by the clause holding most of its words ("the photos do not show …"), a clause
 * that denies first on a tie ("…, without need of a controller"): clauses are cut at punctuation and at a
 * conjunction. A clause as long as the sentence is answered by what decides it: what the sentence reports after
 * "X said (that)", what it says a thing is ("It is *the first trip …*"), or its subject when the question's words
 * are its predicate ("*Almost none* have …").
 */
function polarPiece(sentence: string, tokens: Anchored[]): Span | null {
  const ranges = pieces(sentence).flatMap(([s, e]) => atConjunctions(sentence, s, e));
  const hits = ranges.map(([s, e]) => tokens.filter((t) => t.anchor && t.start >= s && t.end <= e).length);
  const most = Math.max(...hits);
  if (most <= 0) return null;
  const tied = ranges.filter((r, i) => hits[i] === most);
  const [start, end] = tied.find(([s, e]) => DENIAL.test(sentence.slice(s, e))) ?? tied[0]!;
  if (end - start < MAX_SHARE * sentence.trim().length) return { start, end, text: sentence.slice(start, end) };
  const text = sentence.slice(start, end);
  const decided = REPORTED.exec(text) ?? COPULA.exec(text);
  if (decided) return { start: start + decided[0].length, end, text: text.slice(decided[0].length) };
  const inside = tokens.filter((t) => t.start >= start && t.end <= end);
  const first = inside.findIndex((t) => t.anchor);
  // (without the auxiliary before the question's words: "Very few *have* …")
  let last = first - 1;
  while (last >= 0 && AUXILIARIES.test(inside[last]!.word)) last--;
  if (last < 0) return null;
  return { start: inside[0]!.start, end: inside[last]!.end, text: sentence.slice(inside[0]!.start, inside[last]!.end) };
}

/** A piece cut before a conjunction that joins clauses ("… in absentia and Israel said …"). */
function atConjunctions(sentence: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let at = start;
  for (const m of sentence.slice(start, end).matchAll(/\s(?:and|but|while|whereas|although)\s/gi)) {
    if (start + m.index > at) out.push([at, start + m.index]);
    at = start + m.index;
  }
  out.push([at, end]);
  return out;
}

const AUXILIARIES = /^(?:have|has|had|is|are|was|were|do|does|did|will|would|can|could)$/i;
const DENIAL = /\b(?:not|no|never|none|without|neither|nor|nobody|nothing)\b|n['’]t\b/i;
/** "She said on Wednesday that …", "The ministry told reporters …": the report's opening, up to what it reports. */
const REPORTED = /^.{0,80}?\b(?:said|says|told\s+\w+|stated|added|confirmed|announced)(?:\s+(?:on|in|last|this)\s+(?:an?\s+|the\s+)?\w+)?(?:\s+that)?\s+/i;
/** "It is …", "This was …": a pronoun subject and its copula, before what the thing is said to be. */
const COPULA = /^(?:it|this|that|he|she|they)\s+(?:is|was|are|were)\s+/i;

// ---- what did X verb …: what follows the question's last word ------------------------------------------

/** "what did X drop from its statement", "what did X thank Y for": the wh-word is the object, asked last. */
const OBJECT_ASKED = /^what\s+(?:did|does|do|will|would|could|can|has|have|had|is|are|was|were|might|may|should)\s/;

/**
 * An object question whose last word the sentence writes: what follows it in its clause ("… dropped a reference
 * in its original statement *to normalized relations*", "thanked Y *for his help*").
 */
function afterLastWord(q: string, sentence: string, tokens: Anchored[], words: QuestionWord[]): Span | null {
  const last = words[words.length - 1];
  if (!OBJECT_ASKED.test(q) || !last || !/\w$/.test(q)) return null;
  const at = tokens.map((t) => last.matches(t.word)).lastIndexOf(true);
  if (at < 0) return null;
  let end = pieceEnd(sentence, tokens[at]!.end);
  // "… leaders, promising to lift …": a word closing its piece at a comma is answered by the piece after it (not an
  // aside between dashes or brackets)
  if (!tokens.slice(at + 1).some((t) => t.end <= end) && sentence[end] === ',') end = pieceEnd(sentence, end + 1);
  const rest = tokens.slice(at + 1).filter((t) => t.end <= end);
  if (!rest.some((t) => content(t) && !t.anchor)) return null;
  return { start: rest[0]!.start, end, text: sentence.slice(rest[0]!.start, end) };
}

/** "What do the exiles hope": what a verb of the question says, in the clause "that" opens after it. */
function thatClause(sentence: string, tokens: Anchored[]): Span | null {
  for (const t of tokens) {
    if (!t.anchor || !/^\p{Ll}/u.test(t.word)) continue;
    const that = /^\s+that\s+/i.exec(sentence.slice(t.end));
    if (!that) continue;
    const start = t.end + that[0].length;
    const end = pieceEnd(sentence, start);
    if (end > start) return { start, end, text: sentence.slice(start, end) };
  }
  return null;
}

// ---- what did X call Y: the term quoted ---------------------------------------------------------------------

const NAMING_ASKED = /^what\s+(?:did|does|do|has|have|had|would|will)\s+.+\s(?:call|calls|called|label|labelled|labeled|describe|described|dub|dubbed|brand|branded)\b/;

/** "… going so far as to call X's play "ridiculous."": the words quoted after a verb of naming. */
function termAfterCall(sentence: string): Span | null {
  const verb = /\b(?:call(?:s|ed|ing)?|label(?:s|led|ed|ling|ing)?|describ(?:e|es|ed|ing)|dub(?:s|bed|bing)?|brand(?:s|ed|ing)?|had\s+been|as)\b/gi;
  for (const m of sentence.matchAll(verb)) {
    const quote = quoteSpans(sentence.slice(m.index), m.index)[0];
    if (quote && quote.start - m.index < MAX_NAMING_GAP) return { ...quote, text: quote.text.replace(/[.,]+$/, '') };
  }
  // unquoted: "… calling it an act of sabotage"
  const called = /\bcall(?:s|ed|ing)?\s+(?:it|them|him|her|this|that)\s+/i.exec(sentence);
  if (!called) return null;
  const start = called.index + called[0].length;
  const end = pieceEnd(sentence, start);
  return end > start ? { start, end, text: sentence.slice(start, end) } : null;
}

/** Characters between a verb of naming and the quoted term it gives. */
const MAX_NAMING_GAP = 60;

// ---- what was done to / by …: the subject before the verb -----------------------------------------------------

/** "What was recovered …", "what items were recovered", "what were the men given": the wh-word (and its noun) is the subject of a passive verb. */
const PARTICIPLE = '(?:\\w+(?:ed|en|wn|t)|found|held|told|sold|built|paid|made|hit|shot|kept|left|lost|sent|spent|bought|brought|caught|seized|put|set|cut|won|struck)';
const PARTICIPLE_WORD = new RegExp(`^(?=\\p{Ll})${PARTICIPLE}$`, 'u');
const PASSIVE_SUBJECT_ASKED = new RegExp(`^what(?:\\s+(?!(?:was|were|is|are|has|have|had)\\b)\\w+){0,2}\\s+(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?!(?:that|this|it|its|not|the)\\b)${PARTICIPLE}\\b`);

/**
 * The subject of the question's verb in the sentence: from the clause's opening (after a cue of saying, "that")
 * to the auxiliary before the verb: "A spokesman said *a plane door, oxygen tanks and one body* had been recovered".
 */
function beforeVerb(sentence: string, tokens: Anchored[]): Span | null {
  const verb = tokens.findIndex((t) => t.anchor && PARTICIPLE_WORD.test(t.word));
  if (verb < 1) return null;
  const before = sentence.slice(0, tokens[verb]!.start);
  const passive = /\s+(?:(?:has|have|had)\s+been|was|were|is|are|been|being)\s+$/i.exec(before);
  // the sentence says it actively ("ministers had agreed to defer …"): what was agreed follows the verb
  if (!passive) {
    const end = pieceEnd(sentence, tokens[verb]!.end);
    const start = tokens[verb]!.end;
    return end > start ? { start, end, text: sentence.slice(start, end) } : null;
  }
  const head = before.slice(0, passive.index);
  const opening = /^.*\b(?:said|says|told|that|reported|showed)\s+/i.exec(head);
  const start = opening ? opening[0].length : 0;
  return head.length > start ? { start, end: head.length, text: head.slice(start) } : null;
}

// ---- what did X do: X's predicate ----------------------------------------------------------------------------

const DEED_ASKED = /^what\s+(?:(?:did|does|do|has|have|had|will|would)\s+.+?\s+do|(?:is|are|was|were)\s+.+?\s+doing)\b/;

/** "Roe, who had left once, shoved Ash after the play": what X did, past an appositive after X. */
function deedOf(sentence: string, tokens: Anchored[]): Span | null {
  const first = tokens.findIndex((t) => t.anchor && /^\p{Lu}/u.test(t.word));
  if (first < 0) return null;
  let from = tokens[first]!.end;
  // past the rest of X's name ("Clearline Energy")
  const next = () => tokens.find((t) => t.start >= from);
  while (next()?.anchor || (next() && /^\s+$/.test(sentence.slice(from, next()!.start)) && /^\p{Lu}/u.test(next()!.word))) from = next()!.end;
  const rest = sentence.slice(from);
  // past ", who …," or ", 41,"
  const appositive = /^\s*,[^,]{1,120},/.exec(rest);
  let start = from + (appositive ? appositive[0].length : 0) + (/^\s*/.exec(sentence.slice(from + (appositive?.[0].length ?? 0)))?.[0].length ?? 0);
  // "X said in a statement that it would …": what X does is what it said it would do
  start += /^(?:said|says|told\s+\w+|stated|added|confirmed|announced)\b/i.test(sentence.slice(start)) ? (REPORTED.exec(sentence.slice(start))?.[0].length ?? 0) : 0;
  const end = pieceEnd(sentence, start);
  return end > start ? { start, end, text: sentence.slice(start, end) } : null;
}

// ---- the rest: the run of the sentence's own words beside the question's -----------------------------------

/**
 * In the piece holding most of the question's words, the run of other words between them (or before the first,
 * or after the last) with the most content words; a run closed only by question words to the piece's end takes
 * them too ("… to release their tax returns" for "what law … tax returns"). A piece holding none but the question's
 * words is answered by the piece after it (an appositive).
 */
function runSpan(sentence: string, tokens: Anchored[], q: string): Span | null {
  const ranges = pieces(sentence);
  const inPiece = ranges.map(([s, e]) => tokens.filter((t) => t.start >= s && t.end <= e));
  const hits = inPiece.map((ts) => ts.filter((t) => t.anchor).length);
  const best = hits.indexOf(Math.max(...hits));
  if (best < 0 || hits[best] === 0) return null;
  // "Which country's leader is called X?" met by "… the rule of Roe, who is called X": who it is, the name the
  // relative clause hangs on
  if (/^(?:which|who)\b/.test(q) && best > 0 && /^\s*(?:who|which)\b/i.test(sentence.slice(ranges[best]![0]))) {
    const [s, e] = ranges[best - 1]!;
    const name = nameSpans(sentence.slice(s, e), s).pop();
    return name ?? { start: s, end: e, text: sentence.slice(s, e) };
  }
  const runs: Anchored[][] = [];
  let run: Anchored[] = [];
  for (const t of inPiece[best]!) {
    if (t.anchor) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(t);
  }
  if (run.length) runs.push(run);
  const weight = (r: Anchored[]) => r.filter(content).length;
  const chosen = runs.filter((r) => weight(r) > 0).reduce<Anchored[] | null>((a, b) => (!a || weight(b) >= weight(a) ? b : a), null);
  if (!chosen) {
    const next = inPiece[best + 1];
    if (next && next.some(content)) return { start: next[0]!.start, end: next[next.length - 1]!.end, text: sentence.slice(next[0]!.start, next[next.length - 1]!.end) };
    return null;
  }
  const all = inPiece[best]!;
  let endToken = chosen[chosen.length - 1]!;
  const rest = all.slice(all.indexOf(endToken) + 1);
  if (rest.length && rest.every((t) => t.anchor || !content(t))) endToken = rest[rest.length - 1]!;
  const start = chosen[0]!.start;
  return { start, end: endToken.end, text: sentence.slice(start, endToken.end) };
}

/** A span that cuts a name keeps the whole of it: "Kinect for Windows", not "for Windows". */
function wholeNames(sentence: string, span: Span | null): Span | null {
  if (!span) return null;
  let { start, end } = span;
  for (const name of nameSpans(sentence, 0)) {
    if (name.start < start && start < name.end) start = name.start;
    if (name.start < end && end < name.end) end = name.end;
  }
  return start === span.start && end === span.end ? span : { start, end, text: sentence.slice(start, end) };
}

/** Without the function words, commas and dashes at its edges ("and", "that", "the" open no answer). */
function trim(sentence: string, span: Span): Span | null {
  let { start, end } = span;
  const text = () => sentence.slice(start, end);
  const lead = /^(?:[\s,;:–—-]+|(?:and|but|or|that|which|who|while|so|then)\s+)+/i.exec(text());
  if (lead) start += lead[0].length;
  const tail = /(?:[\s,;:–—-]+|\s+(?:and|but|or|that|the|a|an|of|to|in|on|at|for|with|by|his|her|its|their))+$/i.exec(text());
  if (tail && tail[0].length < end - start) end -= tail[0].length;
  end = start + text().replace(/[\s.,;:!?]+$/, '').length;
  return end > start && /\p{L}|\d/u.test(text()) ? { start, end, text: text() } : null;
}
