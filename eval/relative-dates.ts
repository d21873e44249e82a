import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/article/read';
import { datesStage } from '../src/extract/dates';
import { extractFacts } from '../src/extract/pipeline';

/** One relative date expression in a news sentence, with the value it takes against the publication date. */
export interface RelativeDateCase {
  published: string;
  sentence: string;
  expression: string;
  value: string;
  tense: string;
  ambiguous?: boolean;
  split: 'dev' | 'heldout';
}

export interface RelativeDateScores {
  right: [number, number];
  /** Right among the cases the fixture does not mark ambiguous (a weekday named on that weekday, headlinese). */
  unambiguous: [number, number];
  /** Right per tense of the clause ("past", "future", "none"). */
  byTense: Map<string, [number, number]>;
  misses: string[];
}

export function readRelativeDates(file: string): RelativeDateCase[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { items: RelativeDateCase[] }).items;
}

/** The value the dates stage gives the expression: the date found overlapping it in the sentence. */
export function valueOf(c: RelativeDateCase): { text: string; value: string | null }[] {
  const at = c.sentence.indexOf(c.expression);
  const facts = extractFacts(parseArticle(`---\npublished: ${c.published}\n---\n${c.sentence}`, 'case'), [datesStage]);
  const base = facts.article.paragraphs[0]?.start ?? 0;
  const start = base + Math.max(0, at);
  const end = start + c.expression.length;
  return facts.dates.filter((d) => d.start < end && d.end > start).map((d) => ({ text: d.text, value: d.value }));
}

/**
 * Right when a date overlapping the expression has the expected value. The fixture stops at the day and the week;
 * a part of that day or a clock time after it (TimeML "2019-07-02TNI" for "Tuesday night") is the same day, and
 * the weekend of that week in the TIMEX2/TimeML standard form ("2019-W27-WE" for "this weekend") the same week.
 */
const sameValue = (got: string | null, want: string) =>
  got === want || (/^\d{4}-\d{2}-\d{2}$/.test(want) && !!got?.startsWith(`${want}T`)) || (/^\d{4}-W\d{2}$/.test(want) && got === `${want}-WE`);

export function scoreRelativeDates(cases: RelativeDateCase[]): RelativeDateScores {
  const scores: RelativeDateScores = { right: [0, 0], unambiguous: [0, 0], byTense: new Map(), misses: [] };
  for (const c of cases) {
    const found = valueOf(c);
    const ok = found.some((d) => sameValue(d.value, c.value));
    const tense = scores.byTense.get(c.tense) ?? [0, 0];
    scores.byTense.set(c.tense, [tense[0] + (ok ? 1 : 0), tense[1] + 1]);
    scores.right[1]++;
    if (ok) scores.right[0]++;
    if (!c.ambiguous) {
      scores.unambiguous[1]++;
      if (ok) scores.unambiguous[0]++;
    }
    if (!ok) scores.misses.push(`${c.published} [${c.tense}${c.ambiguous ? ', ambiguous' : ''}] "${c.expression}" want ${c.value}, got ${found.map((d) => `${d.text}=${d.value}`).join(', ') || 'nothing'}: ${c.sentence}`);
  }
  return scores;
}
