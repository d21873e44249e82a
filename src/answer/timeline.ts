import type { ArticleFacts } from '../extract/types';
import type { StoreIndex } from '../store/indices';
import { blankAnswer, citeSentence, clip } from './cite';
import { dateSpans } from './spans';
import type { Answer, AnswerItem, Citation } from './types';

export interface TimelineEntry {
  article: string;
  paragraph: number;
  text: string;
  /** ISO prefix when the text fixes it; null when it is open. */
  value: string | null;
  relative: boolean;
  sentence: string;
}

interface Dated {
  entry: TimelineEntry;
  citation: Citation;
  order: number;
}

/**
 * Dated events: dates with a value in date order; relative ones ("on Monday") marked and kept where the text
 * puts them, right after the dated event that precedes them in the article.
 */
export function timelineAnswer(index: StoreIndex): Answer {
  const fixed: Dated[] = [];
  // relative dates follow the fixed date before them in their article (null: none before them)
  const after = new Map<Dated | null, Dated[]>();
  for (const facts of index.store.articles) {
    let last: Dated | null = null;
    for (const d of datesOf(facts).sort((a, b) => a.order - b.order)) {
      if (!d.entry.relative && d.entry.value) {
        fixed.push(d);
        last = d;
      } else {
        const list = after.get(last) ?? [];
        list.push(d);
        after.set(last, list);
      }
    }
  }
  fixed.sort((a, b) => a.entry.value!.localeCompare(b.entry.value!));
  const ordered: Dated[] = [...(after.get(null) ?? []), ...fixed.flatMap((f) => [f, ...(after.get(f) ?? [])])];
  const lines: AnswerItem[] = ordered.map((d) => ({
    text: `${d.entry.value && !d.entry.relative ? d.entry.value : `${d.entry.text} (relative)`} — ${clip(d.entry.sentence, 160)}`,
    citation: d.citation,
  }));
  const relative = ordered.filter((d) => d.entry.relative || !d.entry.value).length;
  const answer = blankAnswer(
    'timeline',
    'Timeline',
    ordered.length
      ? `${ordered.length} dated mention${ordered.length === 1 ? '' : 's'}; ${relative} relative to publication or left open by the text.`
      : 'The articles give no dates.',
    ordered.length > 0,
  );
  if (lines.length) answer.sections.push({ heading: 'Timeline', items: lines });
  answer.citations = lines.slice(0, 3).flatMap((l) => (l.citation ? [l.citation] : []));
  answer.data = { entries: ordered.map((d) => d.entry) };
  return answer;
}

function datesOf(facts: ArticleFacts): Dated[] {
  const { article } = facts;
  if (facts.dates.length) {
    return facts.dates
      // "now", "the past": a reference to the present or past is no event to put on a timeline
      .filter((d) => d.kind !== 'duration' && d.kind !== 'set' && !/_REF$/.test(d.value ?? ''))
      .map((d) => {
        const sentence = article.sentences[d.source.sentence]!;
        return {
          entry: { article: article.id, paragraph: d.source.paragraph, text: d.text, value: d.value && /^\d{4}/.test(d.value) ? d.value : null, relative: d.relative, sentence: sentence.text },
          citation: citeSentence(article, sentence),
          order: d.start,
        };
      });
  }
  // no date facts: what the date reader finds in each sentence, years as fixed points and the rest open
  return article.sentences.flatMap((sentence) =>
    dateSpans(sentence.text, sentence.start).map((span) => {
      const year = /^(?:1[89]|20)\d\d$/.test(span.text) ? span.text : null;
      return {
        entry: { article: article.id, paragraph: sentence.paragraph, text: span.text, value: year, relative: year === null, sentence: sentence.text },
        citation: citeSentence(article, sentence),
        order: span.start,
      };
    }),
  );
}
