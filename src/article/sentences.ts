import { ABBREVIATIONS } from '../lexicon/abbreviations';

export interface Span {
  start: number;
  end: number;
}

const ABBREV = new Set(ABBREVIATIONS);
/** Abbreviations that never end a sentence: a name always follows them. */
const TITLE_LIKE = new Set([
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Rev', 'Fr', 'Hon', 'Gov', 'Sen', 'Rep', 'Gen', 'Lt', 'Col', 'Maj', 'Capt',
  'Cmdr', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Amb', 'Pres', 'Supt', 'Insp', 'Det', 'Atty', 'Mx', 'St', 'Mt', 'Ft', 'No', 'Nos', 'vs', 'v',
]);
/** After an abbreviation that can also end a sentence (U.S., Inc., a.m.), these words mean a new sentence began. */
const SENTENCE_STARTERS = new Set([
  'The', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'But', 'And', 'In', 'A', 'An', 'This', 'That', 'These',
  'Those', 'There', 'His', 'Her', 'Their', 'Its', 'Our', 'On', 'At', 'As', 'If', 'When', 'While', 'After', 'Before',
  'However', 'Meanwhile', 'Still', 'Yet', 'So', 'For', 'Some', 'Many', 'Most', 'One', 'Two', 'Three',
]);

const OPEN_QUOTES = '"“«';
const CLOSERS = '"”’\')]»';

/**
 * Splits one paragraph into sentence spans (offsets relative to the paragraph).
 * A sentence ends at . ! ? (plus closing quotes/brackets) before white space and a capital,
 * digit or opening quote, except after abbreviations, initials and inside a quotation that
 * closes later in the paragraph: a quote and its attribution stay one citable sentence.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const closesLater = quoteCloseMap(text);
  let start = skipSpace(text, 0);
  let inQuote = false;
  // every mark of a run ("?!…", '.”)') ends at the same place: each run and the space after it are scanned once
  let runEnd = 0;
  let next = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (isDoubleQuote(ch)) {
      inQuote = quoteOpensAt(text, i) ? closesLater.has(i) : false;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    if (i >= runEnd) {
      runEnd = i + 1;
      while (runEnd < text.length && (CLOSERS.includes(text[runEnd]!) || text[runEnd] === '.' || text[runEnd] === '!' || text[runEnd] === '?')) runEnd++;
      next = skipSpace(text, runEnd);
    }
    const end = runEnd;
    if (next === end || next >= text.length) continue; // no gap, or paragraph end (handled below)
    const closedQuote = isDoubleQuote(text[end - 1] ?? '') && end - 1 > i;
    if (inQuote && !closedQuote) continue;
    if (!startsSentence(text, next)) continue;
    if (ch === '.' && !endsSentenceAtDot(text, i, next)) continue;
    if (closedQuote) inQuote = false;
    spans.push(trimSpan(text, start, end));
    start = next;
    i = next - 1;
  }
  if (start < text.length) spans.push(trimSpan(text, start, text.length));
  return spans.filter((s) => s.end > s.start).flatMap((s) => capped(text, s));
}

/**
 * The longest sentence a citation holds. News sentences stay under a thousand characters; longer "sentences"
 * (lists, unpunctuated dumps, hostile input) are cut at a space, so no later stage ever reads a megabyte as one.
 */
export const MAX_SENTENCE_CHARS = 2000;

function capped(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let { start } = span;
  while (span.end - start > MAX_SENTENCE_CHARS) {
    const limit = start + MAX_SENTENCE_CHARS;
    let cut = limit;
    while (cut > start + MAX_SENTENCE_CHARS / 2 && !/\s/.test(text[cut]!)) cut--;
    if (!/\s/.test(text[cut]!)) cut = /[\uDC00-\uDFFF]/.test(text[limit]!) ? limit - 1 : limit; // no space: never split a surrogate pair
    const piece = trimSpan(text, start, cut);
    if (piece.end > piece.start) out.push(piece);
    start = skipSpace(text, cut);
  }
  if (span.end > start) out.push(trimSpan(text, start, span.end));
  return out;
}

function isDoubleQuote(ch: string): boolean {
  return ch === '"' || ch === '“' || ch === '”' || ch === '«' || ch === '»';
}

/** A quote mark opens when it is “ « or a straight quote not right after a word character. */
function quoteOpensAt(text: string, i: number): boolean {
  const ch = text[i]!;
  if (ch === '“' || ch === '«') return true;
  if (ch === '”' || ch === '»') return false;
  const prev = text[i - 1];
  return prev === undefined || /[\s([{—–-]/.test(prev);
}

/** For each opening quote mark: does a closing mark follow in this paragraph? */
function quoteCloseMap(text: string): Set<number> {
  const map = new Set<number>();
  const opens: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!isDoubleQuote(ch)) continue;
    if (quoteOpensAt(text, i) && !(ch === '"' && opens.length > 0 && text[opens[opens.length - 1]!] === '"')) {
      opens.push(i);
    } else if (opens.length > 0) {
      map.add(opens.pop()!);
    }
  }
  return map;
}

function startsSentence(text: string, i: number): boolean {
  const ch = text[i]!;
  return /[\p{Lu}\p{N}]/u.test(ch) || OPEN_QUOTES.includes(ch) || ch === '‘' || ch === "'" || ch === '(' || ch === '[';
}

function endsSentenceAtDot(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return true;
  // initials ("J. K. Rowling") and decimals are never ends
  if (/^\p{Lu}$/u.test(word)) return false;
  if (TITLE_LIKE.has(word)) return false;
  if (ABBREV.has(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) {
    const following = /^[\p{L}']+/u.exec(text.slice(next, next + MAX_WORD))?.[0] ?? '';
    return SENTENCE_STARTERS.has(following);
  }
  return true;
}

/** Abbreviations, initials and sentence starters are short: a longer token is looked at no further. */
const MAX_WORD = 24;

/** The token right before a dot, with inner dots kept ("U.S" for "U.S."); cut to its last MAX_WORD characters. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && dot - i < MAX_WORD && /[\p{L}\p{N}.]/u.test(text[i - 1]!)) i--;
  // a longer token ("aaaa…." or "....") reads as a plain word, which ends its sentence
  return dot - i >= MAX_WORD && i > 0 && /[\p{L}\p{N}.]/u.test(text[i - 1]!) ? '…' : text.slice(i, dot);
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
