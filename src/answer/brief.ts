import type { ArticleFacts } from '../extract/types';
import type { ActorEntry, ClaimRef, SentenceEntry, StoreIndex } from '../store/indices';
import { indexTerms } from '../store/terms';
import { blankAnswer, citeSentence, clip } from './cite';
import { mentionCount } from './lookup';
import { claimItem } from './profile';
import { timelineAnswer } from './timeline';
import type { Answer, AnswerItem } from './types';

const SUMMARY_SENTENCES = 4;

/**
 * A briefing: an extractive summary (the sentences whose words recur most across the article, the lead
 * favoured), the key actors, the first dated events and the strongest quotes, each cited.
 */
export function briefAnswer(index: StoreIndex, opts: { article?: string } = {}): Answer {
  const chosen = opts.article ? index.store.articles.filter((f) => f.article.id === opts.article) : index.store.articles;
  if (chosen.length === 0) return blankAnswer('brief', 'Briefing', `No article “${opts.article ?? ''}” is loaded.`, false);
  const ids = new Set(chosen.map((f) => f.article.id));
  // one article: its top sentences; several: the leads that speak of what most of them speak of
  const summary = chosen.length === 1 ? summarise(index, chosen[0]!, SUMMARY_SENTENCES) : centralLeads(index, chosen, SUMMARY_SENTENCES + 1);
  const title = chosen.length === 1 ? (chosen[0]!.article.title ?? `Briefing: ${chosen[0]!.article.id}`) : `Briefing: ${chosen.length} articles`;
  const answer = blankAnswer('brief', title, summary.map((s) => s.text).join(' '));
  answer.citations = summary.flatMap((s) => (s.citation ? [s.citation] : []));

  const actors = keyActors(index, ids);
  if (actors.length) {
    answer.sections.push({
      heading: 'Key actors',
      items: actors.map((e) => ({ text: `${e.name}${e.description ? ` — ${e.description}` : ''} (${e.type})` })),
    });
  }
  const timeline = timelineAnswer(index).sections[0]?.items.filter((i) => i.citation && ids.has(i.citation.article)) ?? [];
  if (timeline.length) answer.sections.push({ heading: 'Timeline', items: timeline.slice(0, 5) });
  const quotes = strongestQuotes(index, ids);
  if (quotes.length) answer.sections.push({ heading: 'Strongest quotes', items: quotes });
  answer.data = {
    articles: [...ids],
    summary: summary.map((s) => ({ article: s.citation?.article, paragraph: s.citation?.paragraph, text: s.text })),
    actors: actors.map((e) => e.name),
    quotes: quotes.map((q) => q.text),
  };
  return answer;
}

/** Narrative sentences (quotations have their own section) of an article, as index entries. */
function narrative(index: StoreIndex, facts: ArticleFacts): SentenceEntry[] {
  const base = index.sentenceId(facts.article.id, 0) ?? 0;
  return facts.article.sentences
    .filter((s) => s.text.split(/\s+/).length >= 8 && !/^["“‘]/.test(s.text))
    .map((s) => index.sentences[base + s.index]!);
}

/** How central a sentence's words are, given how many sentences hold each: recurring words score high. */
function centrality(words: string[], count: (term: string) => number): number {
  const own = words.filter((t) => !t.startsWith('~'));
  return own.reduce((sum, t) => sum + Math.log(count(t) || 1), 0) / Math.sqrt(own.length + 1);
}

/** An article's top sentences by how central their words are within it (the lead favoured), in text order. */
function summarise(index: StoreIndex, facts: ArticleFacts, n: number): AnswerItem[] {
  const base = index.sentenceId(facts.article.id, 0) ?? 0;
  const freq = new Map<string, number>();
  for (const s of facts.article.sentences) for (const t of index.sentences[base + s.index]!.terms) freq.set(t, (freq.get(t) ?? 0) + 1);
  return narrative(index, facts)
    .map((e) => ({ e, score: centrality([...e.terms], (t) => freq.get(t) ?? 0) + (e.sentence.paragraph <= 2 ? 0.5 : 0) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, n)
    .sort((a, b) => a.e.id - b.e.id)
    .map(({ e }) => ({ text: e.sentence.text, citation: citeSentence(facts.article, e.sentence) }));
}

/**
 * Several articles: each one's lead (its narrative sentences in ¶1–2, which news writing makes the summary),
 * the best of them by how central their words are across every sentence loaded. Only the leads are read, so
 * a briefing over a thousand articles costs a few thousand sentences, not every one.
 */
function centralLeads(index: StoreIndex, chosen: ArticleFacts[], n: number): AnswerItem[] {
  const count = (t: string) => index.docFreq.get(t) ?? 0;
  return chosen
    .flatMap((facts) => narrative(index, facts).filter((e) => e.sentence.paragraph <= 2).map((e) => ({ facts, e })))
    .map((c) => ({ ...c, score: centrality([...indexTerms(c.e.sentence.text)], count) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, n)
    .map(({ facts, e }) => ({ text: e.sentence.text, citation: citeSentence(facts.article, e.sentence) }));
}

function keyActors(index: StoreIndex, ids: Set<string>): ActorEntry[] {
  return index.actors
    .filter((e) => e.refs.some((r) => ids.has(r.facts.article.id)) && e.type !== 'place')
    .sort((a, b) => mentionCount(b) - mentionCount(a))
    .slice(0, 5);
}

/** Direct quotes with a named speaker, the fuller ones first (a short fragment says little). */
function strongestQuotes(index: StoreIndex, ids: Set<string>): AnswerItem[] {
  const quotes = index
    .allClaims()
    .filter((r: ClaimRef) => ids.has(r.facts.article.id) && r.claim.kind === 'quote' && r.claim.speaker)
    .sort((a, b) => Math.min(b.claim.text.length, 200) - Math.min(a.claim.text.length, 200));
  return quotes.slice(0, 3).map((r) => {
    const item = claimItem(r, index);
    return { ...item, text: clip(item.text, 300) };
  });
}
