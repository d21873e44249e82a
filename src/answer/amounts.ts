import { CARDINALS } from '../lexicon/number-words';
import { numberSpans, type Span } from './spans';

/**
 * Amounts as an answer gives them, whole: the figure with the magnitude written after it ("12.3 million", not
 * "12.3" and a stray "million"), the letters that make a currency sign a country's ("A$210 million"), a fraction
 * spelt with a hyphen ("two-thirds", not "two") and a range ("between 4 and 10"). Offsets into the text plus base.
 */
export function amountSpans(text: string, base: number): Span[] {
  const spans = numberSpans(text, base);
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    let start = spans[i]!.start - base;
    let end = spans[i]!.end - base;
    const magnitude = /\d$/.test(text.slice(start, end)) ? MAGNITUDE_AFTER.exec(text.slice(end)) : null;
    if (magnitude) end += magnitude[0].length;
    const fraction = CARDINAL_END.test(text.slice(start, end)) ? FRACTION_AFTER.exec(text.slice(end)) : null;
    if (fraction) end += fraction[0].length;
    const prefix = /^[$€£¥]/.test(text.slice(start, end)) ? CURRENCY_PREFIX.exec(text.slice(0, start)) : null;
    if (prefix) start -= prefix[0].length;
    // "between 4 and 10 degrees": the second figure closes the range the first opens
    const next = spans[i + 1];
    if (next && /\bbetween\s+$/i.test(text.slice(Math.max(0, start - 8), start)) && /^\s+and\s+$/i.test(text.slice(end, next.start - base))) {
      start -= /between\s+$/i.exec(text.slice(0, start))![0].length;
      end = next.end - base;
      i++;
    }
    // the magnitude read alone as a number word ("million") is part of the figure before it
    while (spans[i + 1] && spans[i + 1]!.start - base < end) i++;
    out.push({ start: base + start, end: base + end, text: text.slice(start, end) });
  }
  return out;
}

const MAGNITUDE_AFTER = /^\s?(?:million|billion|trillion|thousand|bn|mn)\b/i;
const FRACTION_AFTER = /^-(?:halves|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b/i;
const CARDINAL_END = new RegExp(`\\b(?:${[...CARDINALS.keys()].filter((w) => !w.includes(' ')).join('|')})$`, 'i');
/** "A$", "US$", "HK$", "NZ$", "C$": a country's letters joined to the sign. */
const CURRENCY_PREFIX = /\b(?:A|C|US|NZ|HK|S|R)$/;

/**
 * Of the amounts a sentence gives, those that can answer the question: never a figure the question itself writes
 * ("… with 10 ft of sea level rise" is not answered by "10 feet"), nor the whole a part is counted of ("11 of the 13
 * counts": 11), nor, when a change is asked, the level it reached ("rose 4.6 percent to $38.20": 4.6 percent). Each
 * rule yields when it would leave nothing.
 */
export function answeringAmounts<T extends Span>(text: string, base: number, spans: T[], question: string, change = false): T[] {
  const asked = new Set(question.match(/\d[\d,.]*/g)?.map(figure) ?? []);
  let out = keep(spans, (s) => !(/\d/.test(s.text) && asked.has(figure(/\d[\d,.]*/.exec(s.text)![0]))));
  out = keep(out, (s) => !PART_BEFORE.test(text.slice(Math.max(0, s.start - base - 40), s.start - base)));
  if (change) out = keep(out, (s) => !/\bto\s+$/i.test(text.slice(Math.max(0, s.start - base - 4), s.start - base)));
  return out;
}

/** "11 of the", "11,000 of Vantora's": the words between a part and the whole it is counted of. */
const PART_BEFORE = /\d[\d,.]*\s+of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|\p{Lu}[\p{L}.-]*['’]s?\s+)$/u;

const figure = (s: string) => s.replace(/,/g, '').replace(/\.$/, '');

function keep<T>(spans: T[], ok: (s: T) => boolean): T[] {
  const kept = spans.filter(ok);
  return kept.length ? kept : spans;
}
