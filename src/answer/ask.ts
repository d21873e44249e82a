import type { Sentence } from '../article/types';
import type { ActorEntry, SentenceEntry, StoreIndex } from '../store/indices';
import { contentTerms, fold, indexTerms, isStopword, stem, tokenize } from '../store/terms';
import { coverage, termGroups, type TermGroup } from './support';
import { blankAnswer, citeSentence, citeSource } from './cite';
import { leadIn, type ActorLookup } from './lookup';
import { parseQuestion, type Expect, type ParsedQuestion } from './question';
import { dateSpans, durationSpans, nameSpans, numberSpans, quoteSpans, type Span } from './spans';
import type { Answer, Citation } from './types';

export interface AskContext {
  index: StoreIndex;
  lookup: ActorLookup;
  /** What the articles cover, for the abstention text. */
  coverage(): string;
}

/** Data carried by an ask Answer for --json and tests. */
export interface AskData {
  question: string;
  expect: Expect;
  /** The answer span as written in the article (or the actor's name), or null when abstaining. */
  answer: string | null;
  focus: string[];
}

interface Found {
  answer: string;
  citations: Citation[];
}

/** A question needs this share of its topic words (weighted by rarity) in the sentence it is answered from. */
const MIN_COVERAGE = 0.5;

/**
 * Deterministic question answering: read the expected answer type, find the actors named, retrieve sentences
 * by their normalised words, pull an answer of the expected type out of the best one and cite it. When no
 * sentence supports an answer, abstain and say what the articles cover.
 */
export function ask(ctx: AskContext, question: string): Answer {
  const q = parseQuestion(question);
  const found = answerQuestion(ctx, q);
  const focus = focusActors(ctx, q).map((e) => e.name);
  if (!found) {
    const answer = blankAnswer('ask', question.trim(), `The articles do not say. ${ctx.coverage()}`, false);
    answer.data = { question, expect: q.expect, answer: null, focus } satisfies AskData;
    answer.suggestions = focus;
    return answer;
  }
  const answer = blankAnswer('ask', question.trim(), found.answer);
  answer.citations = found.citations;
  answer.data = { question, expect: q.expect, answer: found.answer, focus } satisfies AskData;
  return answer;
}

function answerQuestion(ctx: AskContext, q: ParsedQuestion): Found | null {
  if (hasUnknownName(ctx, q.text)) return null;
  if (q.expect === 'profile' && q.subject) {
    const profile = answerProfile(ctx, q.subject);
    if (profile !== undefined) return profile;
    return retrieve(ctx, { ...q, expect: 'person' });
  }
  if (q.expect === 'quote' && q.subject) return answerQuote(ctx, q);
  return retrieve(ctx, q);
}

/** A capitalised word inside the question that no article uses and no actor's name resembles: an outside subject. */
function hasUnknownName(ctx: AskContext, text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => {
    if (i === 0 || !/^\p{Lu}/u.test(t.word) || isStopword(t.word)) return false;
    if (ctx.index.docFreq.has(stem(t.word))) return false;
    return ctx.lookup.find(t.word).filter((m) => m.via !== 'role').length === 0;
  });
}

function focusActors(ctx: AskContext, q: ParsedQuestion): ActorEntry[] {
  if (q.subject) {
    const named = ctx.lookup.find(q.subject).filter((m) => m.via !== 'role');
    if (named.length) return [named[0]!.entry];
  }
  return ctx.lookup.inText(q.text);
}

// ---- who is X / what does X do ---------------------------------------------------------------------------

/** undefined: the subject is no actor the articles name, so try retrieval; null: abstain. */
function answerProfile(ctx: AskContext, subject: string): Found | null | undefined {
  const matches = ctx.lookup.find(subject);
  const best = matches[0];
  if (best && best.via !== 'role') return describe(best.entry) ?? describeFromText(ctx, subject);
  if (best?.via === 'role') {
    const cite = roleCitation(best.entry, subject);
    return { answer: best.entry.name, citations: cite ? [cite] : [] };
  }
  const fromText = describeFromText(ctx, subject);
  if (fromText) return fromText;
  return /^\p{Lu}/u.test(subject.trim()) ? null : undefined;
}

/** The actor's description with the sentence it was read from, or the title the text puts before its name. */
function describe(entry: ActorEntry): Found | null {
  for (const { facts, actor } of entry.refs) {
    if (actor.description && actor.descriptionSource) {
      return { answer: `${entry.name}: ${actor.description}`, citations: [citeSource(facts, actor.descriptionSource)] };
    }
  }
  for (const { facts, actor } of entry.refs) {
    for (const m of actor.mentions) {
      const title = titleBefore(facts.article.text, m.start);
      if (!title) continue;
      const sentence = facts.article.sentences[m.sentence];
      if (sentence) return { answer: `${entry.name}: ${title}`, citations: [citeSentence(facts.article, sentence)] };
    }
  }
  return null;
}

/** Without an extracted actor: the first sentence that writes the subject with a title or role before it. */
function describeFromText(ctx: AskContext, subject: string): Found | null {
  const words = tokenize(subject).map((t) => fold(t.word)).filter((w) => !isStopword(w));
  if (words.length === 0) return null;
  for (const entry of ctx.index.candidates(subject, 20).sort((a, b) => a.id - b.id)) {
    const text = entry.sentence.text;
    const tokens = tokenize(text);
    const at = tokens.findIndex((t) => words.includes(fold(t.word)));
    if (at < 0) continue;
    const title = titleBefore(entry.facts.article.text, entry.sentence.start + tokens[at]!.start);
    if (title) return { answer: `${subject}: ${title}`, citations: [citeSentence(entry.facts.article, entry.sentence)] };
  }
  return null;
}

/** A role written right before a name: "dissident and restaurateur Vadim …", "Belarusian President Alexander …". */
function titleBefore(text: string, nameStart: number): string | null {
  const before = leadIn(text, nameStart);
  const words = before.split(' ').filter(Boolean);
  // keep the trailing run of words that can be a title: capitalised titles, demonyms and lower-case role nouns
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    if (isStopword(w) && w !== 'and') break;
    if (/^(?:by|with|from|to|that|after|before|when|as)$/i.test(w)) break;
    kept.unshift(w);
  }
  while (kept[0] === 'and') kept.shift();
  if (kept.length === 0) return null;
  const title = kept.join(' ');
  // a bare verb or adverb before the name is not a role
  if (kept.length === 1 && /(?:ed|ly|s|ing)$/.test(title) && /^\p{Ll}/u.test(title)) return null;
  return title;
}

function roleCitation(entry: ActorEntry, role: string): Citation | null {
  const wanted = tokenize(role).filter((t) => !isStopword(t.word)).map((t) => stem(t.word));
  for (const { facts, actor } of entry.refs) {
    if (actor.descriptionSource && actor.description) {
      const d = tokenize(actor.description).map((t) => stem(t.word));
      if (wanted.some((w) => d.includes(w))) return citeSource(facts, actor.descriptionSource);
    }
    for (const m of actor.mentions) {
      const lead = tokenize(leadIn(facts.article.text, m.start)).map((t) => stem(t.word));
      const sentence = facts.article.sentences[m.sentence];
      if (sentence && wanted.some((w) => lead.includes(w))) return citeSentence(facts.article, sentence);
    }
  }
  const first = entry.refs[0];
  const m = first?.actor.mentions[0];
  const sentence = m ? first.facts.article.sentences[m.sentence] : undefined;
  return first && sentence ? citeSentence(first.facts.article, sentence) : null;
}

// ---- what did X say ----------------------------------------------------------------------------------------

function answerQuote(ctx: AskContext, q: ParsedQuestion): Found | null {
  const speaker = focusActors(ctx, q)[0];
  const topic = termGroups(ctx.index, q.topic);
  const scored: { score: number; found: Found }[] = [];
  if (speaker) {
    for (const { facts, claim } of ctx.index.claimsBy(speaker)) {
      const id = ctx.index.sentenceId(facts.article.id, claim.source.sentence);
      const entry = id === undefined ? undefined : ctx.index.sentences[id];
      const claimTerms = indexTerms(claim.text);
      const terms = entry ? new Set([...claimTerms, ...entry.terms]) : claimTerms;
      const score = coverage(topic, terms) + (claim.kind === 'quote' ? 0.05 : 0);
      const text = claim.kind === 'quote' ? `${speaker.name}: “${claim.text}”` : `${speaker.name}: ${claim.text}`;
      scored.push({ score, found: { answer: text, citations: [citeSource(facts, claim.source)] } });
    }
  }
  if (scored.length === 0) {
    // no claims extracted: quotations in sentences that name the speaker
    const name = speaker?.name ?? q.subject ?? '';
    const nameWords = new Set(tokenize(speaker ? [speaker.name, ...speaker.aliases].join(' ') : name).map((t) => fold(t.word)));
    for (const entry of ctx.index.candidates(`${name} ${q.topic}`)) {
      if (!tokenize(entry.sentence.text).some((t) => nameWords.has(fold(t.word)))) continue;
      const quotes = quoteSpans(entry.sentence.text, entry.sentence.start);
      if (quotes.length === 0) continue;
      const text = quotes.map((s) => `“${s.text}”`).join(' ');
      scored.push({ score: coverage(topic, entry.terms), found: { answer: `${speaker?.name ?? name}: ${text}`, citations: [citeSentence(entry.facts.article, entry.sentence)] } });
    }
  }
  if (scored.length === 0) return null;
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  if (topic.length > 0 && best.score < 0.3) return null;
  return best.found;
}

// ---- retrieval for who / when / where / how many / what ---------------------------------------------------

function retrieve(ctx: AskContext, q: ParsedQuestion): Found | null {
  const focus = focusActors(ctx, q);
  const groups = termGroups(ctx.index, q.text, focus).filter((g) => !TYPE_WORDS.has(fold(g.word)));
  const topic = groups.filter((g) => !g.focus);
  const focusGroups = groups.filter((g) => g.focus);
  let best: { score: number; found: Found } | null = null;
  for (const entry of ctx.index.candidates(q.text)) {
    const topicCover = coverage(topic, entry.terms);
    if (topic.length > 0 && topicCover < MIN_COVERAGE) continue;
    const namesFocus = focusGroups.length === 0 || mentionsAny(ctx, entry, focus) || coverage(focusGroups, entry.terms) > 0;
    if (!namesFocus) continue;
    const found = extract(ctx, q, entry, groups);
    if (!found) continue;
    const score = topicCover + (focusGroups.length ? coverage(focusGroups, entry.terms) * 0.5 : 0) - found.distance * 0.002;
    if (!best || score > best.score) best = { score, found: found.found };
  }
  return best?.found ?? null;
}

/** Words that name the answer type, not the topic ("how many *people*" is topic, "what *year*" is not). */
const TYPE_WORDS = new Set(['year', 'date', 'day', 'month', 'time', 'long', 'old', 'many', 'much', 'country', 'city', 'place']);

function mentionsAny(ctx: AskContext, entry: SentenceEntry, actors: ActorEntry[]): boolean {
  return ctx.index.mentionsIn(entry.id).some((m) => actors.includes(m.entry));
}

/** Pulls an answer of the expected type from a sentence (or, failing that, its paragraph's other sentences). */
function extract(ctx: AskContext, q: ParsedQuestion, entry: SentenceEntry, groups: TermGroup[]): { found: Found; distance: number } | null {
  const own = extractFrom(ctx, q, entry, groups);
  if (own || q.expect === 'thing') return own;
  const { article } = entry.facts;
  for (const other of article.sentences.filter((s) => s.paragraph === entry.sentence.paragraph && s.index !== entry.sentence.index)) {
    const id = ctx.index.sentenceId(article.id, other.index);
    const neighbour = id === undefined ? undefined : ctx.index.sentences[id];
    const found = neighbour ? extractFrom(ctx, q, neighbour, groups) : null;
    if (found) return { found: { answer: found.found.answer, citations: [citeSentence(article, entry.sentence), ...found.found.citations] }, distance: found.distance + 50 };
  }
  return null;
}

function extractFrom(ctx: AskContext, q: ParsedQuestion, entry: SentenceEntry, groups: TermGroup[]): { found: Found; distance: number } | null {
  const { article } = entry.facts;
  const s = entry.sentence;
  const anchors = anchorOffsets(s, groups);
  const questionWords = new Set(groups.map((g) => fold(g.word)));
  let spans: Span[];
  switch (q.expect) {
    case 'date':
      spans = datesOf(ctx, entry);
      break;
    case 'number':
      spans = numberSpans(s.text, s.start);
      break;
    case 'duration':
      spans = durationSpans(s.text, s.start);
      if (spans.length === 0) spans = numberSpans(s.text, s.start);
      break;
    case 'place':
      spans = actorSpans(ctx, entry, ['place']).filter((sp) => !inQuestion(sp, questionWords));
      break;
    case 'speaker':
      return speakerOf(ctx, entry, questionWords, anchors);
    case 'person':
    case 'profile':
    case 'quote':
      spans = actorSpans(ctx, entry, ['person', 'organization', 'group']).filter((sp) => !inQuestion(sp, questionWords));
      break;
    case 'thing':
      return { found: { answer: s.text, citations: [citeSentence(article, s)] }, distance: 0 };
  }
  if (spans.length === 0) return null;
  const best = nearest(spans, anchors);
  return { found: { answer: best.span.text, citations: [citeSentence(article, s)] }, distance: best.distance };
}

function datesOf(ctx: AskContext, entry: SentenceEntry): Span[] {
  const facts = ctx.index.datesIn(entry.id).filter((d) => d.date.kind !== 'duration');
  if (facts.length) return facts.map((d) => ({ start: d.date.start, end: d.date.end, text: d.date.text }));
  return dateSpans(entry.sentence.text, entry.sentence.start);
}

/** Actor mentions of the given types in the sentence; capitalised names when the actor stage named none. */
function actorSpans(ctx: AskContext, entry: SentenceEntry, types: string[]): Span[] {
  const mentions = ctx.index.mentionsIn(entry.id);
  if (mentions.length) {
    return mentions.filter((m) => types.includes(m.entry.type)).map((m) => ({ start: m.mention.start, end: m.mention.end, text: m.entry.name }));
  }
  return nameSpans(entry.sentence.text, entry.sentence.start);
}

function inQuestion(span: Span, questionWords: Set<string>): boolean {
  const words = tokenize(span.text).map((t) => fold(t.word));
  return words.length > 0 && words.every((w) => questionWords.has(w));
}

/** Article offsets of the question's words in the sentence: the answer is expected near them. */
function anchorOffsets(s: Sentence, groups: TermGroup[]): number[] {
  const out: number[] = [];
  for (const { token, keys } of contentTerms(s.text)) {
    if (groups.some((g) => !g.focus && g.keys.some((k) => keys.includes(k)))) out.push(s.start + token.start);
  }
  return out;
}

function nearest(spans: Span[], anchors: number[]): { span: Span; distance: number } {
  let best = { span: spans[0]!, distance: Infinity };
  for (const span of spans) {
    const d = anchors.length ? Math.min(...anchors.map((a) => (a < span.start ? span.start - a : a >= span.end ? a - span.end + 1 : 0))) : 0;
    if (d < best.distance) best = { span, distance: d };
  }
  return best;
}

/** Who said it: the speaker of a claim in the sentence, else the name nearest a speech cue. */
function speakerOf(ctx: AskContext, entry: SentenceEntry, questionWords: Set<string>, anchors: number[]): { found: Found; distance: number } | null {
  const claims = ctx.index.claimsIn(entry.id).filter((c) => c.claim.speaker);
  const citation = citeSentence(entry.facts.article, entry.sentence);
  if (claims.length) {
    const { claim } = claims[0]!;
    const name = ctx.index.actorOf(claim.speakerId)?.name ?? claim.speaker!;
    return { found: { answer: name, citations: [citation] }, distance: 0 };
  }
  const spans = actorSpans(ctx, entry, ['person', 'organization', 'group']).filter((sp) => !inQuestion(sp, questionWords));
  if (spans.length === 0) return null;
  const best = nearest(spans, anchors);
  return { found: { answer: best.span.text, citations: [citation] }, distance: best.distance };
}
