import { sentenceSource } from '../article/source';
import type { Paragraph, Sentence } from '../article/types';
import { askedSpeaker } from './claims/asked';
import { CUE_FORMS, QUESTION_CUES, QUESTION_OPENERS } from '../lexicon/cues';
import { embeddedPost } from './claims/tweets';
import { isPlausibleSpeaker } from './claims/speaker-phrase';
import { isAnonymousRole, isUnnamedIndividual } from './roles';
import { dashSpeaker, findAttributions, isPassiveCue, subjectPhrase, withItsVerb, type Attribution, type Span } from './claims/attribution';
import { quoteSegments, type QuoteSegment } from '../article/quotes';
import { tokenize, type Token } from './claims/tokens';
import { SpeakerResolver, type ResolvedSpeaker } from './speakers';
import type { ArticleFacts, Claim, ClaimKind, DateFact, Stage } from './types';
import { firstNotBefore, firstStartingAt } from './bounds';
import { lastNonSpace } from '../article/spaces';

/** Claims: direct quotations and reported speech, each with its speaker, cue and date. */
export const claimsStage: Stage = {
  name: 'claims',
  run(facts) {
    facts.claims = extractClaims(facts);
  },
};

/** Quotes shorter than this are scare quotes unless they stand as a clause of their own ("“No,” he said"). */
const MIN_QUOTE_WORDS = 6;

/** One sentence (or several, when a quotation runs across them) being read for claims. */
interface SentenceWork {
  sentence: Sentence;
  end: number;
  tokens: Token[];
  quotes: QuoteSegment[];
  attributions: Attribution[];
  /** The attribution the sentence's quotations hang on. */
  quoteCue: Attribution | null;
  quoteSpeaker: ResolvedSpeaker | null;
  /** The speaker of the sentence's last reported claim: a cue-less quote right after it continues that speaker. */
  reports: ResolvedSpeaker | null;
  /** The speaker a quote-less cue names without content ("Smith continued:", "Vitter demanded."): it may own a neighbouring quote. */
  announces: ResolvedSpeaker | null;
}

interface Draft {
  kind: ClaimKind;
  text: Span;
  resolved: ResolvedSpeaker;
  cue: Attribution | null;
  sentence: Sentence;
}

export function extractClaims(facts: ArticleFacts): Claim[] {
  const { article } = facts;
  const segments = article.paragraphs.flatMap((p) => quoteSegments(article.text, p.start, p.end));
  const resolver = new SpeakerResolver(facts, (offset) => insideAny(segments, offset));
  const bySentence = groupBySentence(article.sentences);
  const drafts: Draft[] = [];
  let carried: ResolvedSpeaker | null = null;
  const works = article.paragraphs.map((p) => quoteUnits(bySentence.get(p.index) ?? [], segments).map(([s, end]) => prepare(article.text, s, end, segments)));
  let block: { speaker: ResolvedSpeaker; last: number } | null = null;
  for (const [at, paragraph] of article.paragraphs.entries()) {
    const work = works[at]!;
    if (block && at <= block.last && blockShape(article.text, paragraph, work, segments)) {
      const quote = blockQuote(article.text, paragraph, work[0]?.sentence, block.speaker);
      if (quote) {
        resolver.remember(block.speaker, quote.sentence.index, quote.text.start);
        drafts.push(quote);
        carried = block.speaker;
        continue;
      }
    }
    block = null;
    const own: Draft[] = [];
    for (const w of work) {
      w.quoteSpeaker = ownQuoteSpeaker(w, article.text, resolver);
      w.announces = announcedSpeaker(w, resolver);
      if (w.quoteSpeaker) own.push(...quoteClaims(w, w.quoteSpeaker, resolver, article.text));
      const reported = reportedClaims(w, resolver);
      w.reports = reported[reported.length - 1]?.resolved ?? null;
      own.push(...reported);
    }
    own.push(...backshiftedClaims(work, resolver));
    const last = work[work.length - 1];
    const colon = last?.announces && article.text.slice(last.sentence.start, last.end).trimEnd().endsWith(':') ? last.announces : null;
    const lead = colon ?? asked(paragraph, last, resolver, article.text);
    if (colon?.speaker) block = { speaker: colon, last: blockEnd(article.paragraphs, works, segments, article.text, at) };
    for (const w of inheritQuoteSpeakers(work, carried, paragraph, article.text, resolver)) own.push(...quoteClaims(w, w.quoteSpeaker!, resolver, article.text));
    const post = embeddedPost(article.text, paragraph.start, paragraph.end);
    if (post && work[0]) {
      // "… — Jo Vale (@jovale) May 3, 2014": the post is its author's; the signature reports nothing
      const author = resolver.resolve(post.author, work[0].sentence);
      own.splice(0, own.length, ...own.filter((d) => d.text.start < post.signature));
      // "“Go team!” – Jo Vale http://… — Kesh News (@kesh)": a quotation the post relays is the signer's
      const signer = dashSpeaker(tokenize(article.text, post.text.start, post.text.end, segmentsIn(segments, post.text)));
      const relayed = signer ? resolver.resolve(signer, work[0].sentence) : null;
      if (relayed?.speaker) {
        for (const d of own) if (d.kind === 'quote' && d.text.start >= post.text.start && d.text.end <= post.text.end) d.resolved = relayed;
      } else if (author.speaker) own.push({ kind: 'quote', text: post.text, resolved: author, cue: null, sentence: work[0].sentence });
    }
    own.sort((a, b) => a.text.start - b.text.start);
    // "Pask was more upbeat.¶“…”": with no claim in the paragraph, the person it ends on speaks next
    carried = lead ?? own[own.length - 1]?.resolved ?? paragraphSubject(work, resolver, article.text);
    drafts.push(...own);
  }
  drafts.sort((a, b) => a.text.start - b.text.start);
  // "The next morning, “…”": words that name no one leave the quotation without a speaker rather than a wrong one
  for (const d of drafts) if (d.kind === 'quote' && !d.resolved.speakerId && d.resolved.speaker && !isPlausibleSpeaker(d.resolved.speaker)) d.resolved = { speaker: null, speakerId: null };
  const datesBySentence = groupDates(facts.dates, segments);
  return drafts.map((d, n) => toClaim(facts, d, n, datesBySentence.get(d.sentence.index) ?? []));
}

/** Paragraphs a colon announcement ("Jo Vale, the envoy, said:") may run over without quotation marks. */
const MAX_BLOCK_PARAGRAPHS = 4;
/** A live blog's entry opens with its time ("09.52 …"): a new entry, not the quotation going on. */
const ENTRY_TIME = /^\s*\d{1,2}[.:]\d{2}\s/;

/**
 * "Jo Vale, the envoy, said:" then paragraphs without marks: the quotation set off as a block. It runs over the
 * paragraphs that have no cue and no quotation of their own, to the one whose closing mark has nothing open
 * (the block's end, as printed); without such a mark, only the first paragraph is taken. Returns the index of
 * the block's last paragraph.
 */
function blockEnd(paragraphs: readonly Paragraph[], works: readonly SentenceWork[][], segments: readonly QuoteSegment[], text: string, colon: number): number {
  for (let k = colon + 1; k < paragraphs.length && k <= colon + MAX_BLOCK_PARAGRAPHS; k++) {
    const shape = blockShape(text, paragraphs[k]!, works[k]!, segments);
    if (shape === 'end') return k;
    if (shape !== 'plain') break;
  }
  return colon + 1;
}

/** A paragraph inside a block quotation: 'plain' words, or 'end' when it closes on a mark with nothing open; else null. */
function blockShape(text: string, paragraph: Paragraph, work: readonly SentenceWork[], segments: readonly QuoteSegment[]): 'plain' | 'end' | null {
  if (!work.length || ENTRY_TIME.test(text.slice(paragraph.start, paragraph.start + 8)) || work.some((w) => w.attributions.length)) return null;
  // "… suggested to test:¶Buy now vs free trial": a list item or a heading, not a sentence, is no quotation
  if (!/[.!?…]["”’]?$/.test(text.slice(paragraph.start, paragraph.end).trimEnd())) return null;
  const inside = segmentsIn(segments, paragraph);
  if (!inside.length) return 'plain';
  const last = inside[inside.length - 1]!;
  return inside.length === 1 && last.orphan && !text.slice(last.close, paragraph.end).trim() ? 'end' : null;
}

/** The whole of a block-quotation paragraph, without a closing mark at its end, as a quote by the announced speaker. */
function blockQuote(text: string, paragraph: Paragraph, first: Sentence | undefined, speaker: ResolvedSpeaker): Draft | null {
  const body = text.slice(paragraph.start, paragraph.end);
  const start = paragraph.start + (body.length - body.trimStart().length);
  let end = paragraph.start + body.trimEnd().length;
  while (end > start && /[”"\s]/.test(text[end - 1]!)) end--;
  if (!first || end <= start) return null;
  return { kind: 'quote', text: { start, end }, resolved: speaker, cue: null, sentence: first };
}

/**
 * "Vale knows the model errs. Rain is harder still.¶“…”": the person a paragraph without claims is about,
 * the subject of its last sentence that opens on a person, speaks the quotation that opens the next one.
 */
function paragraphSubject(work: readonly SentenceWork[], resolver: SpeakerResolver, text: string): ResolvedSpeaker | null {
  const last = work[work.length - 1];
  // "The plan came with a note explaining it:": a paragraph ending on a colon introduces what follows itself
  if (last && text[lastNonSpace(text, last.sentence.start, last.end)] === ':') return resolver.subjectOf(last.sentence);
  for (let k = work.length - 1; k >= 0; k--) {
    const subject = resolver.subjectOf(work[k]!.sentence);
    if (subject) return subject;
  }
  return null;
}

/** "What did the senator say?": the person asked about speaks the quotation that opens the next paragraph. */
function asked(paragraph: Paragraph, last: SentenceWork | undefined, resolver: SpeakerResolver, text: string): ResolvedSpeaker | null {
  const phrase = last && !last.quotes.length ? askedSpeaker(text, paragraph) : null;
  const resolved = phrase ? resolver.resolve(phrase, last!.sentence) : null;
  return resolved?.speaker ? resolved : null;
}

function groupBySentence(sentences: readonly Sentence[]): Map<number, Sentence[]> {
  const map = new Map<number, Sentence[]>();
  for (const s of sentences) pushTo(map, s.paragraph, s);
  return map;
}

/** Appends in place: copying the list per item would make grouping quadratic. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * A paragraph's sentences grouped so that a quotation and its closing attribution stay together even when the
 * sentence splitter cut inside the quote: [first sentence, end offset] per unit.
 */
function quoteUnits(sentences: readonly Sentence[], segments: readonly QuoteSegment[]): [Sentence, number][] {
  const units: [Sentence, number][] = [];
  for (const s of sentences) {
    const open = units[units.length - 1];
    // segments do not overlap, so only the one straddling the unit's end can close after it
    const q = open ? segments[firstClosingAfter(segments, open[1])] : undefined;
    if (open && q && q.open < open[1] && q.closed && q.open >= open[0].start) {
      open[1] = s.end;
    } else units.push([s, s.end]);
  }
  return units;
}

/** Index of the first segment that closes after `offset` (segments are ordered and disjoint). */
function firstClosingAfter(segments: readonly QuoteSegment[], offset: number): number {
  return firstNotBefore(segments.length, (i) => segments[i]!.close <= offset);
}

/** Is the offset inside a quotation (between its marks)? Binary search over the ordered segments. */
function insideAny(segments: readonly QuoteSegment[], offset: number): boolean {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = segments[mid]!;
    if (offset < q.open) hi = mid - 1;
    else if (offset >= q.close) lo = mid + 1;
    else return true;
  }
  return false;
}

function prepare(text: string, sentence: Sentence, end: number, segments: readonly QuoteSegment[]): SentenceWork {
  const near = segmentsIn(segments, { start: sentence.start, end });
  const tokens = tokenize(text, sentence.start, end, near);
  const quotes = near.filter((q) => q.open >= sentence.start && isRealQuote(text, q, sentence));
  const attributions = announcing(text, end, tokens, findAttributions(tokens));
  return { sentence, tokens, quotes, attributions, quoteCue: quotes.length ? quoteCue(text, tokens, quotes, attributions) : null, end, quoteSpeaker: null, announces: null, reports: null };
}

/**
 * "A nurse told me as the vans left:": a cue whose words run to a colon closing the sentence announces
 * what follows; the words are its adjunct, not what was said (a "that" clause still is).
 */
function announcing(text: string, end: number, tokens: readonly Token[], attributions: Attribution[]): Attribution[] {
  const last = attributions[attributions.length - 1];
  const colon = lastNonSpace(text, 0, end);
  if (!last?.content || text[colon] !== ':' || last.content.end < colon - 1 || opensWithThat(tokens, last.content)) return attributions;
  return [...attributions.slice(0, -1), { ...last, content: null }];
}

function segmentsIn(segments: readonly QuoteSegment[], span: Span): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  for (let i = firstClosingAfter(segments, span.start); i < segments.length && segments[i]!.open < span.end; i++) out.push(segments[i]!);
  return out;
}

/** A quotation of its own, not a scare quote: long enough, or a whole clause ending in a mark of its own. */
function isRealQuote(text: string, q: QuoteSegment, sentence: Sentence): boolean {
  const inner = text.slice(q.start, q.end);
  const words = inner.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words === 0 || isTitle(inner)) return false;
  if (words >= MIN_QUOTE_WORDS) return true;
  // a quotation left open at the paragraph's end (it goes on in the next one) has no closing mark to step over
  const mark = lastNonSpace(text, q.start, q.closed ? q.close - 1 : q.close);
  const ownMark = mark >= q.start && /[.,!?…—-]/.test(text[mark]!);
  const before = lastNonSpace(text, sentence.start, q.open);
  // "shouted “fire!”": a verb of voicing right before makes a short exclamation a quotation
  const voiced = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(sentence.start, q.open - 24), q.open))?.[1]?.toLowerCase();
  return ownMark && (before < sentence.start || /[:,]/.test(text[before]!) || (voiced !== undefined && VOICING.has(voiced)));
}

/** Small words a title leaves in lower case ("Down By The Old Mill", "Songs of the Sea"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs']);

/** “Down By The Old Mill”: a quotation of several words all capitalised is the title of a work, not speech. */
function isTitle(inner: string): boolean {
  const bare = inner.replace(/[.,!?…]+$/, '');
  // "the Police, the Army, the Navy": a list of names is quoted speech
  if (bare.includes(',')) return false;
  const words = bare.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return false;
  return words.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase())) && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/**
 * The attribution next to a quotation (“…,” X said / X said: “…”), else the sentence's first attribution. A quote
 * that closes on a comma hands the sentence to the cue after it (“she said …, adding that “…,” Y wrote”).
 */
function quoteCue(text: string, tokens: readonly Token[], quotes: readonly QuoteSegment[], attributions: readonly Attribution[]): Attribution | null {
  const real = new Set(quotes);
  const quoteAt = (i: number) => {
    const q = tokens[i]?.quote;
    return q !== undefined && real.has(q);
  };
  // a quotation up to six tokens before the cue or two after it: a bounded look on each side
  const before = (a: Attribution, closesOnComma: boolean) => {
    for (let q = Math.max(0, a.cueFrom - 6); q < a.cueFrom; q++) {
      if (quoteAt(q) && (!closesOnComma || text.slice(tokens[q]!.quote!.end, tokens[q]!.quote!.close).includes(','))) return true;
    }
    return false;
  };
  const near = (a: Attribution) => {
    if (before(a, false)) return true;
    for (let q = a.cueTo; q <= a.cueTo + 2; q++) if (quoteAt(q)) return true;
    return false;
  };
  const inverted = attributions.find((a) => a.speaker && before(a, true));
  // "X said that the plan was “…” and predicted that …": the cue whose "that" clause holds the quotation owns it
  // (unless a cue of its own stands between: "When X noted that … ― Y boasted, “…”")
  const firstOpen = quotes[0]!.open;
  const embedding = attributions.find(
    (a) =>
      a.content &&
      opensWithThat(tokens, a.content) &&
      quotes.every((q) => q.open > a.content!.start && q.close <= a.content!.end + 1) &&
      !attributions.some((o) => o !== a && o.cueSpan.start > a.content!.start && o.cueSpan.end <= firstOpen),
  );
  const adjacent = inverted ?? embedding ?? attributions.find(near);
  return adjacent ?? attributions.find((a) => !a.content || a.cue.role !== 'source') ?? attributions[0] ?? null;
}

/** The speaker of a sentence's quotations from the sentence itself: its cue, else the subject of a sentence that embeds the quote. */
function ownQuoteSpeaker(w: SentenceWork, text: string, resolver: SpeakerResolver): ResolvedSpeaker | null {
  if (!w.quotes.length) return null;
  const voiced = voicedInContent(w, resolver);
  if (voiced) return voiced;
  if (w.quoteCue) return resolver.resolve(w.quoteCue.speaker, w.sentence, w.quoteCue.bySubject);
  const dashed = dashSpeaker(w.tokens);
  if (dashed) return resolver.resolve(dashed, w.sentence);
  if (startsWithQuote(text, w)) return null;
  const at = w.tokens.findIndex((t) => t.kind === 'quote');
  // "she was warned that “…”": the subject of a passive telling is the listener; the speaker is the one before
  for (let k = Math.max(0, at - 4); k < at; k++) if (isPassiveCue(w.tokens, k)) return null;
  const subject = subjectPhrase(w.tokens, at);
  const resolved = resolver.resolve(subject, w.sentence, true);
  if (resolved.speakerId) return resolved;
  // "One resident put it bluntly: “…”": narration closing on a colon hands the quotation to its subject, an unnamed person
  const colon = w.tokens[at - 1]?.text === ':';
  return colon && resolved.speaker && (isAnonymousRole(resolved.speaker) || isUnnamedIndividual(resolved.speaker)) ? resolved : null;
}

/** Past-tense verbs of voicing that put a quotation in someone's mouth ("yelled “…”"): the quote-only cues, and "said". */
const VOICING = new Set([...CUE_FORMS.filter((f) => f.quoteOnly && !f.spun && /ed$/.test(f.form)).map((f) => f.form), 'said', 'screamed']);

/**
 * "Pask added that Vale swam back, shouted “fire!”, and …": a quotation right after a verb of voicing
 * inside reported content is said by the subject of that content, not by the one reporting it.
 */
function voicedInContent(w: SentenceWork, resolver: SpeakerResolver): ResolvedSpeaker | null {
  const content = w.quoteCue?.content;
  const at = w.tokens.findIndex((t) => t.kind === 'quote');
  const verb = w.tokens[at - 1];
  if (!content || at < 1 || !verb || !VOICING.has(verb.lower) || verb.start < content.start || w.tokens[at]!.end > content.end + 1) return null;
  const from = firstStartingAt(w.tokens, content.start);
  const subject = subjectPhrase(w.tokens.slice(from, at - 1), at - 1 - from);
  const resolved = subject ? resolver.resolve(subject, w.sentence, true) : null;
  return resolved?.speakerId ? resolved : null;
}

function announcedSpeaker(w: SentenceWork, resolver: SpeakerResolver): ResolvedSpeaker | null {
  const last = w.attributions[w.attributions.length - 1];
  if (w.quotes.length || !last || last.content) return null;
  return resolver.resolve(last.speaker, w.sentence, last.bySubject);
}

/**
 * Quote sentences with no speaker of their own continue a neighbour: the quote or reported speaker before them
 * in the paragraph, else a cue right after them ("“…?” Vitter demanded.") or the next quote sentence with a cue, else
 * (for a paragraph that opens with a quotation) the speaker the paragraph before announced or quoted last, else the
 * person the sentence before is about. Returns the sentences that received a speaker.
 */
function inheritQuoteSpeakers(work: SentenceWork[], carried: ResolvedSpeaker | null, paragraph: Paragraph, text: string, resolver: SpeakerResolver): SentenceWork[] {
  const filled: SentenceWork[] = [];
  // the next quote sentence with a cue of its own, for each position: one backward pass, not a search per sentence
  const nextCued: (SentenceWork | undefined)[] = new Array(work.length);
  for (let i = work.length - 1, next: SentenceWork | undefined; i >= 0; i--) {
    nextCued[i] = next;
    if (work[i]!.quotes.length > 0 && work[i]!.quoteCue) next = work[i];
  }
  let prior: SentenceWork | undefined;
  work.forEach((w, i) => {
    if (w.quotes.length && !w.quoteSpeaker) {
      // "X said the rebate was unfair. “We pay too much.”": the nearest speaker before, quoted or reported
      const before = prior?.quoteSpeaker ?? prior?.reports ?? null;
      const tail = work[i + 1]?.announces;
      const after = nextCued[i];
      const opensParagraph = work[0] === w && startsWithQuote(text, w) && paragraph.index > 1;
      // "Pask was more upbeat. “…”": a quotation standing alone after a sentence about a person
      const about = i > 0 && startsWithQuote(text, w) ? resolver.subjectOf(work[i - 1]!.sentence) : null;
      w.quoteSpeaker = before ?? tail ?? after?.quoteSpeaker ?? (opensParagraph ? carried : null) ?? about ?? { speaker: null, speakerId: null };
      filled.push(w);
    }
    if (w.quoteSpeaker || w.reports?.speaker) prior = w;
  });
  return filled;
}

function startsWithQuote(text: string, w: SentenceWork): boolean {
  return w.tokens[0]?.kind === 'quote' || /^[“"«„]/.test(text.slice(w.sentence.start, w.sentence.start + 1));
}

function quoteClaims(w: SentenceWork, resolved: ResolvedSpeaker, resolver: SpeakerResolver, text: string): Draft[] {
  const drafts: Draft[] = [];
  for (const q of w.quotes) {
    if (q.end <= q.start) continue;
    drafts.push({ kind: 'quote', text: { start: q.start, end: q.end }, resolved, cue: w.quoteCue, sentence: w.sentence });
    resolver.remember(resolved, w.sentence.index, q.start);
    const inner = innerQuote(text, q, w.sentence, resolver);
    if (inner) drafts.push(inner);
  }
  return drafts;
}

/** An opening single mark inside a quotation, at a word start; only the first few are looked at. */
const MAX_INNER_MARKS = 8;
const INNER_OPEN = /(?<=^|[\s:,(])[‘']/gu;

/**
 * “I was alarmed when Governor Vale said ‘Big cities, come to me,’ he told us”: a quotation inside a quotation
 * with its own cue inside the outer one is the inner speaker's. It ends at the closing single mark (not an
 * apostrophe: "we’re") or, left open, where the outer quotation ends.
 */
function innerQuote(text: string, q: QuoteSegment, sentence: Sentence, resolver: SpeakerResolver): Draft | null {
  const body = text.slice(q.start, q.end);
  let tried = 0;
  // a few marks, each with a short look back: a long quotation full of apostrophes stays linear
  for (const m of body.matchAll(INNER_OPEN)) {
    if (++tried > MAX_INNER_MARKS) break;
    const open = q.start + m.index;
    const lead = tokenize(text, Math.max(q.start, open - 160), open, []);
    const cue = findAttributions(lead).at(-1);
    // the cue must stand right before the inner quotation ("said", "said to be", "told me:")
    if (!cue?.speaker || lead.length - cue.cueTo > 3) continue;
    const rest = text.slice(open + 1, q.end);
    const close = /[’'](?![\p{L}])/u.exec(rest);
    let end = open + 1 + (close ? close.index : rest.length);
    while (end > open + 1 && /[\s,.;:]/.test(text[end - 1]!)) end--;
    const words = text.slice(open + 1, end).split(/\s+/).filter((x) => /[\p{L}\p{N}]/u.test(x)).length;
    if (words < 4) continue;
    const resolved = resolver.resolve(cue.speaker, sentence, cue.bySubject);
    return resolved.speaker ? { kind: 'quote', text: { start: open + 1, end }, resolved, cue, sentence } : null;
  }
  return null;
}

/** Reported speech: attributions with content, apart from the one the quotations hang on. */
function reportedClaims(w: SentenceWork, resolver: SpeakerResolver): Draft[] {
  const drafts: Draft[] = [];
  for (const a of w.attributions) {
    // "joked", "concluded" introduce quotations, but report speech too when a "that" clause follows ("concluded that …"),
    // as "asked" does with an indirect question ("asked whether the plant would close")
    if (!a.content || (a.cue.quoteOnly && !opensWithThat(w.tokens, a.content) && !asksQuestion(w.tokens, a))) continue;
    // "He insisted that the plan would “inject more rigour” …": quotations inside the content are part of what was reported
    const embeds = w.quotes.every((q) => q.open > a.content!.start && q.close <= a.content!.end + 1);
    if (a === w.quoteCue && !embeds) continue;
    const cleared = a === w.quoteCue ? a.content : clearOfQuotes(w, a.content);
    const content = cleared && withItsVerb(w.tokens, { ...a, content: cleared });
    if (!content) continue;
    const speaker = resolver.resolve(a.speaker, w.sentence, a.bySubject);
    // "The park stayed open, … warning visitors …": words that name no one make no claim; "according to records
    // released last week" always names a source, whatever participle it holds (a spun one was checked for a source noun)
    if (!speaker.speakerId && speaker.speaker && !isPlausibleSpeaker(speaker.speaker) && a.cue.role !== 'source') continue;
    drafts.push({ kind: 'reported', text: content, resolved: speaker, cue: a, sentence: w.sentence });
    // "X said that Y has long called for …. He said …": a speaker nested in another claim is not who "he" is next
    const nested = w.attributions.some((o) => o !== a && o.content && a.cueSpan.start >= o.content.start && a.cueSpan.end <= o.content.end);
    if (!nested) resolver.remember(speaker, w.sentence.index, content.start);
  }
  return drafts;
}

/** Words that may come before the backshifted modal of a continuing report: its subject, adverbs and modifiers. */
const MAX_SUBJECT_WORDS = 8;

/**
 * "X told local television the search area would be widened. Authorities would also begin scouring the islands.":
 * a sentence right after a reported claim, with no cue or quotation of its own, whose first verb is the
 * backshifted "would", goes on reporting the same speaker.
 */
function backshiftedClaims(work: readonly SentenceWork[], resolver: SpeakerResolver): Draft[] {
  const drafts: Draft[] = [];
  for (let i = 1; i < work.length; i++) {
    const w = work[i]!;
    const speaker = work[i - 1]!.reports;
    if (!speaker?.speaker || w.attributions.length || w.quotes.length || w.tokens.some((t) => t.kind === 'quote')) continue;
    const words = w.tokens.filter((t) => t.kind === 'word');
    const modal = words.findIndex((t) => t.lower === 'would' || FINITE_OR_VERB.has(t.lower));
    if (modal < 1 || modal > MAX_SUBJECT_WORDS || words[modal]!.lower !== 'would') continue;
    let k = w.tokens.length - 1;
    while (k > 0 && w.tokens[k]!.kind === 'punct') k--;
    const last = w.tokens[k]!;
    const text = { start: w.tokens[0]!.start, end: last.end };
    drafts.push({ kind: 'reported', text, resolved: speaker, cue: null, sentence: w.sentence });
    resolver.remember(speaker, w.sentence.index, text.start);
    w.reports = speaker;
  }
  return drafts;
}

/** Finite verbs other than "would": the first verb of a sentence that is not a backshifted report. */
const FINITE_OR_VERB = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does', 'do', 'said', 'says']);

/** Does a questioning cue's content open with "whether", "if", "why" or "how"? */
function asksQuestion(tokens: readonly Token[], a: Attribution): boolean {
  return a.content !== null && QUESTION_CUES.has(a.cue.lemma) && QUESTION_OPENERS.has(tokens[firstStartingAt(tokens, a.content.start)]?.lower ?? '');
}

/** Is the content introduced by "that"? */
function opensWithThat(tokens: readonly Token[], content: Span): boolean {
  const at = firstStartingAt(tokens, content.start);
  return at > 0 && tokens[at - 1]!.lower === 'that';
}

/**
 * Reported content that runs into a quotation of the same sentence ("When X noted that … ― Y boasted, “…”")
 * ends before that quotation and its attribution; content that starts inside a quotation is none.
 */
function clearOfQuotes(w: SentenceWork, content: Span): Span | null {
  const q = w.quotes.find((x) => x.open < content.end && x.close > content.start);
  if (!q) return content;
  if (q.open <= content.start) return null;
  const cue = w.quoteCue;
  const limit = cue && cue.cueSpan.start > content.start ? Math.min(q.open, cue.speaker?.start ?? cue.cueSpan.start) : q.open;
  const kept = w.tokens.filter((t) => t.start >= content.start && t.end <= limit);
  while (kept.length && kept[kept.length - 1]!.kind !== 'word') kept.pop();
  const last = kept[kept.length - 1];
  return last && kept.filter((t) => t.kind === 'word').length >= 3 ? { start: content.start, end: last.end } : null;
}

/** Dates per sentence, outside quotations first. */
function groupDates(dates: readonly DateFact[], segments: readonly QuoteSegment[]): Map<number, DateFact[]> {
  const map = new Map<number, DateFact[]>();
  const ordered = [...dates].sort((a, b) => Number(insideAny(segments, a.start)) - Number(insideAny(segments, b.start)) || a.start - b.start);
  for (const d of ordered) pushTo(map, d.source.sentence, d);
  return map;
}

function toClaim(facts: ArticleFacts, d: Draft, n: number, dates: readonly DateFact[]): Claim {
  const { article } = facts;
  const date = dates[0] ?? null;
  return {
    id: `${article.id}#c${n + 1}`,
    kind: d.kind,
    speaker: d.resolved.speaker,
    speakerId: d.resolved.speakerId,
    text: article.text.slice(d.text.start, d.text.end),
    start: d.text.start,
    end: d.text.end,
    cue: d.cue ? article.text.slice(d.cue.cueSpan.start, d.cue.cueSpan.end) : null,
    cueLemma: d.cue ? d.cue.cue.lemma : null,
    date: date?.text ?? null,
    dateId: date?.id ?? null,
    paragraph: d.sentence.paragraph,
    source: sentenceSource(article, d.sentence),
  };
}
