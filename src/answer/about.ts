import type { StoreIndex } from '../store/indices';
import { articleName, articleRef, blankAnswer } from './cite';
import { mentionCount } from './lookup';
import type { Answer } from './types';

/** The warning every answer from a machine-paraphrased article carries, once, as a short footer line. */
export const SPIN_NOTE = 'Machine-paraphrased source: wording outside quotes may be distorted (see /about).';

/** What the footer's warning means, in full: shown by /about. */
export const SPIN_EXPLANATION =
  'Machine-paraphrased text: outside quotation marks a spinner swapped words for near-synonyms ("advised" for "told", ' +
  '"stated" for "said"), so the wording may distort the meaning. Quotes are intact, and Dossier reads the cue words ' +
  'back to their plain forms when it attributes claims; check the quoted words before relying on a paraphrase.';

/** Which articles are loaded, what was extracted, and which read as machine-paraphrased. */
export function aboutAnswer(index: StoreIndex): Answer {
  const articles = index.store.articles;
  const claims = articles.reduce((n, f) => n + f.claims.length, 0);
  const dates = articles.reduce((n, f) => n + f.dates.length, 0);
  const spun = articles.filter((f) => f.spin.likely);
  const answer = blankAnswer(
    'about',
    'About Dossier',
    `${articles.length} article${articles.length === 1 ? '' : 's'} loaded: ${index.actors.length} actors, ${claims} claims, ${dates} dates.` +
      (spun.length ? ` ${spun.length} read${spun.length === 1 ? 's' : ''} as machine-paraphrased.` : ''),
    articles.length > 0,
  );
  answer.sections.push({
    heading: 'Articles',
    items: articles.map((f) => ({
      article: f.article.id,
      text: `${articleName(articleRef(f.article))}: ${f.article.paragraphs.length} ¶, ${f.actors.length} actors, ${f.claims.length} claims, ${f.dates.length} dates${f.spin.likely ? ', machine-paraphrased' : ''}`,
    })),
  });
  if (spun.length) {
    answer.sections.push({
      heading: 'Machine-paraphrased articles',
      items: [
        { text: SPIN_EXPLANATION },
        ...spun.map((f) => {
          const examples = [...new Map(f.spin.signals.map((s) => [s.text.toLowerCase(), s])).values()].slice(0, 3);
          return { text: `${articleName(articleRef(f.article))}${examples.length ? `: e.g. ${examples.map((s) => `“${s.text}” for “${s.original}”`).join(', ')}` : ''}` };
        }),
      ],
    });
  }
  answer.data = {
    articles: articles.map((f) => ({
      ...articleRef(f.article),
      name: articleName(articleRef(f.article)),
      paragraphs: f.article.paragraphs.length,
      actors: f.actors.length,
      claims: f.claims.length,
      dates: f.dates.length,
      spin: { likely: f.spin.likely, score: f.spin.score, signals: f.spin.signals.length },
    })),
    actors: index.actors.length,
    claims,
    dates,
  };
  return answer;
}

/** One line on what the articles cover, for abstentions: the most mentioned actors. */
export function coverageLine(index: StoreIndex): string {
  const n = index.store.articles.length;
  const top = [...index.actors].sort((a, b) => mentionCount(b) - mentionCount(a)).slice(0, 6).map((e) => e.name);
  if (top.length === 0) return `Dossier has ${n} article${n === 1 ? '' : 's'} loaded; try /brief for what ${n === 1 ? 'it covers' : 'they cover'}.`;
  return `${n === 1 ? 'The article covers' : `The ${n} articles cover`} ${top.join(', ')}.`;
}
