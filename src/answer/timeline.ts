import type { Article } from '../article/types';
import type { ArticleFacts, DateFact } from '../extract/types';
import type { StoreIndex } from '../store/indices';
import { articleName, blankAnswer, citeSentence, clip, refOf } from './cite';
import { dateSpans } from './spans';
import type { Answer, AnswerItem, Citation } from './types';

export interface TimelineEntry {
  article: string;
  /** The article's title, when it has one: every row names its article. */
  articleTitle: string | null;
  paragraph: number;
  /** The date as written (a range whole: "2007-2013", "from May to July"). */
  text: string;
  /** ISO prefix when the text fixes it or the publication date resolves it; null when it is open. */
  value: string | null;
  /** The last value of a range ("2013" in "2007-2013"). */
  end?: string | null;
  /** True when the value was worked out from the publication date ("on Monday"). */
  relative: boolean;
  sentence: string;
}

interface Dated {
  entry: TimelineEntry;
  citation: Citation;
  order: number;
}

/**
 * Dated mentions across every article in date order: fixed dates and relative ones the publication date
 * resolves ("on Monday" → its day) are placed by value; relative ones nothing resolves come after, in text
 * order, marked as relative to publication. A range ("2007-2013", "from 2007 to 2013") is one row. A briefing
 * passes the articles it is about.
 */
export function timelineAnswer(index: StoreIndex, articles: readonly ArticleFacts[] = index.store.articles): Answer {
  const all = articles.flatMap(datesOf);
  const placed = all
    .filter((d) => d.entry.value !== null)
    .map((d) => ({ d, key: sortKey(d.entry.value!) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.d.order - b.d.order))
    .map(({ d }) => d);
  const open = all.filter((d) => d.entry.value === null);
  const ordered = [...placed, ...open];
  const lines: AnswerItem[] = ordered.map((d) => ({ text: rowText(d), citation: d.citation }));
  const answer = blankAnswer(
    'timeline',
    'Timeline',
    ordered.length
      ? `${ordered.length} dated mention${ordered.length === 1 ? '' : 's'} in date order` +
          (open.length ? `; ${open.length} relative to a publication date the article does not give, listed last.` : '.')
      : 'The articles give no dates.',
    ordered.length > 0,
  );
  if (lines.length) answer.sections.push({ heading: 'Timeline', items: lines });
  answer.citations = lines.slice(0, 3).flatMap((l) => (l.citation ? [l.citation] : []));
  answer.data = { entries: ordered.map((d) => d.entry) };
  return answer;
}

/** "2024-03-18 (“on Monday”) · Title — sentence"; an open one "“on Monday” (relative to publication) · …". */
function rowText({ entry, citation }: Dated): string {
  const range = entry.end ? `${entry.value}–${entry.end}` : entry.value;
  const when = range === null ? `“${entry.text}” (relative to publication)` : entry.relative ? `${range} (“${entry.text}”)` : range;
  return `${when} · ${articleName(refOf(citation))} — ${clip(entry.sentence, 160)}`;
}

/**
 * A sortable day for any ISO or TimeML value: a year sorts at its start, a week at its Monday, a season or
 * quarter at its first month, a decade ("201") or century ("20") at its first year.
 */
function sortKey(value: string): string {
  const week = /^(\d{4})-W(\d{2})/.exec(value);
  if (week) {
    // the Monday of ISO week 1 is the Monday on or before 4 January
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86_400_000 + (Number(week[2]) - 1) * 7 * 86_400_000;
    return new Date(monday).toISOString().slice(0, 10);
  }
  const part = /^(\d{4})-(SP|SU|FA|WI|Q[1-4])/.exec(value);
  if (part) {
    const month = { SP: 3, SU: 6, FA: 9, WI: 12, Q1: 1, Q2: 4, Q3: 7, Q4: 10 }[part[2] as 'SP'];
    return `${part[1]}-${String(month).padStart(2, '0')}`;
  }
  if (/^\d{2,3}$/.test(value)) return value.padEnd(4, '0');
  return value;
}

/** Fixed and resolved values a timeline places; "PRESENT_REF", sets and durations are no events on it. */
const placeable = (value: string | null) => (value && /^\d{2,4}(?:$|-)/.test(value) ? value : null);

/** Words that join the two ends of a range: "2007-2013", "2007 to 2013", "between May and July". */
const RANGE_JOIN = /^\s*(?:[-–—/]|to|until|till|through|and)\s*$/i;

function datesOf(facts: ArticleFacts): Dated[] {
  const { article } = facts;
  if (facts.dates.length === 0) return spanDates(article);
  const kept = facts.dates.filter((d) => d.kind !== 'duration' && d.kind !== 'set' && !/_REF$/.test(d.value ?? ''));
  const out: Dated[] = [];
  for (let i = 0; i < kept.length; i++) {
    const d = kept[i]!;
    const next = kept[i + 1];
    const joined = next && next.source.sentence === d.source.sentence && rangeJoins(article.text.slice(d.end, next.start), article.text, d.start) ? next : null;
    out.push(dated(article, d, joined));
    if (joined) i++;
  }
  return out;
}

/** "and" joins a range only after "between"; a dash, "to", "until" or "through" always does. */
function rangeJoins(between: string, text: string, start: number): boolean {
  if (!RANGE_JOIN.test(between)) return false;
  return !/and/i.test(between) || /\bbetween\s+$/i.test(text.slice(Math.max(0, start - 10), start));
}

function dated(article: Article, d: DateFact, rangeEnd: DateFact | null): Dated {
  const sentence = article.sentences[d.source.sentence]!;
  const value = placeable(d.value);
  return {
    entry: {
      article: article.id,
      articleTitle: article.title,
      paragraph: d.source.paragraph,
      text: article.text.slice(d.start, (rangeEnd ?? d).end),
      value,
      ...(rangeEnd && { end: placeable(rangeEnd.value) }),
      relative: d.relative,
      sentence: sentence.text,
    },
    citation: citeSentence(article, sentence),
    order: d.start,
  };
}

/** No date facts: what the date reader finds in each sentence, years as fixed points and the rest open. */
function spanDates(article: Article): Dated[] {
  return article.sentences.flatMap((sentence) =>
    dateSpans(sentence.text, sentence.start).map((span) => {
      const year = /^(?:1[89]|20)\d\d$/.test(span.text) ? span.text : null;
      return {
        entry: { article: article.id, articleTitle: article.title, paragraph: sentence.paragraph, text: span.text, value: year, relative: year === null, sentence: sentence.text },
        citation: citeSentence(article, sentence),
        order: span.start,
      };
    }),
  );
}
