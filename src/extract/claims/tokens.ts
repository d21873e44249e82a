import type { QuoteSegment } from '../../article/quotes';

/** A word, a punctuation mark, or a whole quotation (so cues are only looked for outside quotes). */
export interface Token {
  kind: 'word' | 'punct' | 'quote';
  text: string;
  /** Lower-case text, for matching. */
  lower: string;
  start: number;
  end: number;
  /** For quote tokens: the quotation it stands for. */
  quote?: QuoteSegment;
}

// Words keep inner apostrophes, hyphens and dots ("Belarus’s", "R-Ga", "U.S"); anything else is one mark; a link
// is one mark that ends a clause like a semicolon ("…, says the fire chief http://t.co/x"); a plural possessive before
// a capitalised word keeps its apostrophe ("the Rail Workers’ Union said"), so the name is not cut at a mark; a number's
// thousands separators stay inside it ("4,100 members"), so its commas never read as a clause's.
const TOKEN = /(?:https?:\/\/|pic\.twitter\.com\/)\S*|(?<![\p{L}\p{N}])\p{N}{1,3}(?:,\p{N}{3})+(?![\p{L}\p{N}])|[\p{L}\p{N}](?:[\p{L}\p{N}’'.-]*[\p{L}\p{N}])?(?:(?<=s)[’'](?=\s\p{Lu}))?|\S/gu;
const LINK = /^(?:https?:|pic\.twitter\.com\/)/;

/**
 * Tokens of text[start, end): quotations (the given segments, clipped to the span) become single tokens,
 * the rest is split into words and marks. Linear in the span length.
 */
export function tokenize(text: string, start: number, end: number, quotes: readonly QuoteSegment[]): Token[] {
  const tokens: Token[] = [];
  let at = start;
  const words = (from: number, to: number) => {
    if (from >= to) return;
    const slice = text.slice(from, to);
    for (const m of slice.matchAll(TOKEN)) {
      const s = from + m.index;
      if (LINK.test(m[0])) {
        tokens.push({ kind: 'punct', text: ';', lower: ';', start: s, end: s + m[0].length });
        continue;
      }
      const word = /[\p{L}\p{N}]/u.test(m[0]);
      tokens.push({ kind: word ? 'word' : 'punct', text: m[0], lower: m[0].toLowerCase(), start: s, end: s + m[0].length });
    }
  };
  for (const q of quotes) {
    if (q.close <= start || q.open >= end) continue;
    const qs = Math.max(q.open, start);
    const qe = Math.min(q.close, end);
    words(at, qs);
    tokens.push({ kind: 'quote', text: text.slice(qs, qe), lower: '', start: qs, end: qe, quote: q });
    at = qe;
  }
  words(at, end);
  return tokens;
}
