import { sentenceSource } from '../article/source';
import { parseYmd } from './dates/calendar-math';
import { placeBesides } from './dates/anchored';
import type { PendingBeside } from './dates/anchored';
import { explicitDates } from './dates/explicit';
import { RECOGNISERS } from './dates/recognise';
import { resolve } from './dates/resolve';
import { selectCandidates } from './dates/select';
import { tenseAround } from './dates/tense';
import type { Tense } from './dates/tense';
import type { DateFact, Stage } from './types';

/**
 * The dates stage: finds date, time, duration and set expressions sentence by sentence and normalises
 * them to TimeML values against the article's publication date (relative ones stay null without it).
 */
export const datesStage: Stage = {
  name: 'dates',
  run(facts) {
    const { article } = facts;
    const ref = article.published ? parseYmd(article.published) : null;
    const dates: DateFact[] = [];
    for (const sentence of article.sentences) {
      const text = sentence.text;
      const besides: PendingBeside[] = [];
      const found = selectCandidates([explicitDates(text), ...RECOGNISERS.map((recognise) => recognise(text))]);
      for (const c of found) {
        let tense: Tense | undefined;
        const { value, relative, kind } = resolve(c.meaning, ref, () => (tense ??= tenseAround(text, c.start, c.end)));
        const start = sentence.start + c.start;
        const end = sentence.start + c.end;
        if (c.meaning.type === 'beside') besides.push({ index: dates.length, end: c.end, meaning: c.meaning });
        dates.push({
          id: `${article.id}#d${dates.length + 1}`,
          text: article.text.slice(start, end),
          kind: kind ?? c.kind,
          value,
          relative,
          start,
          end,
          source: sentenceSource(article, sentence),
        });
      }
      // "the day after the Dec. 30 shooting", "met the president the following day": counted from another date
      placeBesides(dates, besides, text, sentence.start);
    }
    facts.dates = dates;
  },
};
