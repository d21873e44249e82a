import type { Sentence } from '../article/types';
import type { Actor, ArticleFacts, Claim } from '../extract/types';
import { CARDINALS } from '../lexicon/number-words';
import { LARGE_NUMBER_WORDS } from '../lexicon/numbers';
import type { StoreIndex } from '../store/indices';
import { articleName, articleRef, blankAnswer, citeSentence, clip } from './cite';
import { claimItem } from './profile';
import { timelineAnswer } from './timeline';
import type { Answer, AnswerItem, AnswerSection } from './types';

/** Key sentences per article: up to five for one article, three each when several share the reply. */
const POINTS_ONE = 5;
const POINTS_MANY = 3;
const ACTORS = 5;
/** Key points a briefing always gives (when the article has them), and the score more must reach. */
const MIN_POINTS = 3;
const MIN_POINT_SCORE = 0.75;
const QUOTES_ONE = 3;
const QUOTES_MANY = 1;
/** The lede: news writing puts who, what, when and where in its first two paragraphs. */
const LEDE_PARAGRAPHS = 2;

/** One article's briefing, as plain parts the answer is laid out from. */
interface ArticleBrief {
  facts: ArticleFacts;
  label: string;
  lead: string;
  points: AnswerItem[];
  actors: Actor[];
  quotes: AnswerItem[];
}

/**
 * A briefing per article: a lead line (who, what, when, where, from the lede and the most-mentioned actors),
 * the 3–5 sentences that carry the most facts, each cited once, the key actors with their roles and the
 * strongest quotes. Several articles get one section each, never mixed. Everything is read from the facts
 * already extracted (mentions, dates, claims per sentence), so a briefing over a thousand articles stays a
 * single pass over them.
 */
export function briefAnswer(index: StoreIndex, opts: { article?: string } = {}): Answer {
  const chosen = opts.article ? index.store.articles.filter((f) => f.article.id === opts.article) : index.store.articles;
  if (chosen.length === 0) return blankAnswer('brief', 'Briefing', `No article “${opts.article ?? ''}” is loaded.`, false);
  const one = chosen.length === 1;
  const briefs = chosen.map((facts) => briefOf(index, facts, one));
  const answer = one ? oneArticle(index, briefs[0]!) : severalArticles(briefs);
  answer.data = {
    articles: briefs.map((b) => b.facts.article.id),
    summary: briefs.flatMap((b) => b.points.map((p) => ({ article: p.citation?.article, paragraph: p.citation?.paragraph, text: p.text }))),
    actors: [...new Set(briefs.flatMap((b) => b.actors.map((a) => a.name)))],
    quotes: briefs.flatMap((b) => b.quotes.map((q) => q.text)),
    leads: briefs.map((b) => ({ article: b.facts.article.id, lead: b.lead })),
  };
  return answer;
}

function oneArticle(index: StoreIndex, b: ArticleBrief): Answer {
  const answer = blankAnswer('brief', b.label, b.lead);
  const sections: AnswerSection[] = [{ heading: 'Key points', items: b.points }];
  if (b.actors.length) sections.push({ heading: 'Key actors', items: b.actors.map((a) => ({ text: actorLine(a) })) });
  const timeline = timelineAnswer(index, [b.facts]).sections[0]?.items ?? [];
  if (timeline.length) sections.push({ heading: 'Timeline', items: timeline.slice(0, 5) });
  if (b.quotes.length) sections.push({ heading: 'Strongest quotes', items: b.quotes });
  answer.sections.push(...sections.filter((s) => s.items.length));
  return answer;
}

/** One section per article, in the order they are loaded: its lead, key points, actors and best quote. */
function severalArticles(briefs: ArticleBrief[]): Answer {
  const answer = blankAnswer('brief', `Briefing: ${briefs.length} articles`, `${briefs.length} articles, one section each: the lead, the key points with their sources, the key actors and the strongest quote.`);
  for (const b of briefs) {
    const items: AnswerItem[] = [{ text: b.lead }, ...b.points];
    if (b.actors.length) items.push({ text: `Key actors: ${b.actors.map(actorLine).join('; ')}` });
    items.push(...b.quotes);
    answer.sections.push({ heading: b.label, items });
  }
  return answer;
}

function actorLine(a: Actor): string {
  return `${a.name}${a.description ? ` — ${a.description}` : ''} (${a.type})`;
}

function briefOf(index: StoreIndex, facts: ArticleFacts, one: boolean): ArticleBrief {
  const { article } = facts;
  const actors = facts.actors.filter((a) => a.type !== 'place').sort((a, b) => b.mentions.length - a.mentions.length);
  const points = keyPoints(facts, actors, one ? POINTS_ONE : POINTS_MANY);
  const ledeFact = points.find((p) => p.citation && p.citation.paragraph <= LEDE_PARAGRAPHS)?.text ?? null;
  const used = new Set(points.map((p) => p.citation?.start));
  const quotes = strongestQuotes(facts, actors, used, one ? QUOTES_ONE : QUOTES_MANY).map((claim) => {
    const item = claimItem({ facts, claim }, index);
    return { ...item, text: clip(item.text, 300) };
  });
  return { facts, label: articleName(articleRef(article)), lead: leadLine(facts, actors, ledeFact), points, actors: actors.slice(0, ACTORS), quotes };
}

/**
 * "Who: … · What: … · When: … · Where: …": the lede's actors (the most-mentioned first), the first clause of its
 * key sentence, its first date and place.
 */
function leadLine(facts: ArticleFacts, actors: Actor[], ledeFact: string | null): string {
  const inLede = (a: Actor) => a.mentions.some((m) => m.paragraph <= LEDE_PARAGRAPHS);
  const who = [...actors.filter(inLede), ...actors.filter((a) => !inLede(a))].slice(0, 4).map((a) => (a.description ? `${a.name} (${clip(a.description, 60)})` : a.name));
  const date = facts.dates.find((d) => d.source.paragraph <= LEDE_PARAGRAPHS && d.value && /^\d{4}/.test(d.value) && d.kind !== 'duration' && d.kind !== 'set');
  const when = date ? (date.relative ? `${date.value} (“${date.text}”)` : date.value!) : facts.article.published ? `published ${facts.article.published}` : null;
  const places = facts.actors.filter((a) => a.type === 'place');
  const where = (places.find(inLede) ?? places.sort((a, b) => b.mentions.length - a.mentions.length)[0])?.name ?? null;
  const what = ledeFact ? firstClause(ledeFact) : null;
  const parts = [who.length ? `Who: ${who.join('; ')}` : null, what ? `What: ${what}` : null, when ? `When: ${when}` : null, where ? `Where: ${where}` : null].filter(Boolean);
  return parts.length ? parts.join(' · ') : 'The lede names no actor, date or place.';
}

/** A sentence up to the first comma or dash that follows six words or more, clipped: what the lede reports. */
function firstClause(sentence: string): string {
  const words = sentence.split(/\s+/);
  const at = words.findIndex((w, i) => i >= 5 && /[,;:—–]$/.test(w));
  const clause = (at >= 0 ? words.slice(0, at + 1).join(' ') : sentence).replace(/[,;:—–.]+$/, '');
  return clip(clause, 110);
}

/** Sentences too short to say anything ("He agreed.") or too long to read as one point. */
const usable = (s: Sentence) => {
  const words = s.text.split(/\s+/).length;
  return words >= 8 && words <= 70;
};

/** A figure in digits or words ("30", "four", "hundreds"): the facts a briefing should not drop. */
const FIGURE = new RegExp(`\\d|\\b(?:${[...CARDINALS.keys(), ...LARGE_NUMBER_WORDS].filter((w) => w.length > 2).join('|')})\\b`, 'i');

/**
 * The sentences that carry the most facts: figures, dates, named actors (the article's main ones weigh more,
 * and the sentence that gives one its role more still) and claims with a speaker; the best of the lede comes
 * first. In a machine-paraphrased article quotes (left intact) are preferred to the spun narrative around
 * them. Each sentence at most once, in text order.
 */
function keyPoints(facts: ArticleFacts, actors: Actor[], n: number): AnswerItem[] {
  const { article } = facts;
  const main = actors.slice(0, ACTORS);
  const weight = new Map(main.map((a, i) => [a.id, 1 - i * 0.1]));
  const actorScore = new Map<number, number>();
  const seen = new Set<string>();
  for (const a of facts.actors) {
    for (const m of a.mentions) {
      const key = `${m.sentence}:${a.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      actorScore.set(m.sentence, (actorScore.get(m.sentence) ?? 0) + (weight.get(a.id) ?? 0.3));
    }
  }
  const sentenceAt = (offset: number) => article.sentences.find((s) => s.start <= offset && offset < s.end)?.index;
  const roles = new Set(main.flatMap((a) => (a.descriptionSource ? [sentenceAt(a.descriptionSource.start)] : [])));
  const dated = count(facts.dates.filter((d) => d.kind !== 'duration' && d.kind !== 'set' && !/_REF$/.test(d.value ?? '')).map((d) => d.source.sentence));
  const attributed = new Set(facts.claims.filter((c) => c.speaker).map((c) => c.source.sentence));
  const quoted = new Set(facts.claims.filter((c) => c.kind === 'quote').map((c) => c.source.sentence));
  const spun = facts.spin.likely;
  const score = (s: Sentence) =>
    (FIGURE.test(s.text) ? 1 : 0) +
    0.5 * Math.min(2, dated.get(s.index) ?? 0) +
    0.5 * Math.min(3, actorScore.get(s.index) ?? 0) +
    (roles.has(s.index) ? 1.5 : 0) +
    (attributed.has(s.index) ? 0.75 : 0) +
    (spun && quoted.has(s.index) ? 0.5 : 0) -
    0.02 * s.paragraph;
  const ranked = article.sentences
    .filter(usable)
    .map((s) => ({ s, score: score(s) }))
    .sort((a, b) => b.score - a.score || a.s.index - b.s.index)
    .map((r) => r.s);
  const lede = ranked.find((s) => s.paragraph <= LEDE_PARAGRAPHS);
  // past the first three, a sentence must carry some fact to be a key point (scenery, colour)
  const carries = (s: Sentence) => score(s) >= MIN_POINT_SCORE;
  const picked = uniqueSentences([...(lede ? [lede] : []), ...ranked.filter((s) => s !== lede)])
    .filter((s, i) => i < MIN_POINTS || carries(s))
    .slice(0, n);
  return picked.sort((a, b) => a.index - b.index).map((s) => ({ text: s.text, citation: citeSentence(article, s) }));
}

/** Drops sentences whose text repeats one already kept (a wire story may repeat its lede). */
function uniqueSentences(sentences: Sentence[]): Sentence[] {
  const seen = new Set<string>();
  return sentences.filter((s) => {
    const key = s.text.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function count(keys: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const k of keys) out.set(k, (out.get(k) ?? 0) + 1);
  return out;
}

/**
 * Direct quotes with a named speaker, the fuller ones by the article's main actors first (a short fragment
 * says little); none from a sentence the key points already cite.
 */
function strongestQuotes(facts: ArticleFacts, actors: Actor[], usedSentenceStarts: Set<number | undefined>, n: number): Claim[] {
  const main = new Set(actors.slice(0, ACTORS).map((a) => a.id));
  const sentenceStart = (c: Claim) => facts.article.sentences[c.source.sentence]?.start;
  return facts.claims
    .filter((c) => c.kind === 'quote' && c.speaker && !usedSentenceStarts.has(sentenceStart(c)))
    .map((c) => ({ c, score: Math.min(c.text.length, 200) + (c.speakerId && main.has(c.speakerId) ? 100 : 0) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, n)
    .map(({ c }) => c);
}

