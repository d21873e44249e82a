import type { ActorEntry, SentenceEntry } from '../store/indices';
import { fold, stem, termKeys, tokenize } from '../store/terms';
import { LIGHT_WORDS } from '../lexicon/chat-statements';
import { citeSentence } from './cite';
import type { AskContext, Found } from './context';
import type { ParsedQuestion } from './question';
import { amountSpans } from './amounts';
import type { Span } from './spans';
import { closeSpelling } from './similarity';
import { coverage, termGroups, type TermGroup } from './support';

/**
 * The general answering path, tried when the specific routes abstain: the answer type the question asks (a count
 * of its noun, money, a share, what someone said, a reason), the sentence covering most of the question's
 * IDF-weighted words with every actor it names (in the sentence, earlier in its paragraph when it refers back, or
 * the article's own subject), and a span of that type out of it. No span of the type, or weak coverage: abstain.
 */
export type AnswerType = 'count' | 'money' | 'share' | 'said' | 'reason';

export interface Asked {
  type: AnswerType;
  /** "how many *jobs*": the noun a count must be of. */
  noun?: string;
}

/** Share of the question's weight a sentence must hold. */
const MIN_COVERAGE = 0.6;
const LIGHT = new Set(LIGHT_WORDS);

/** Words by which a sentence refers to someone named before it. */
const REFERS_BACK = /\b(?:he|she|they|it|his|her|their|its|him|them)\b|^(?:The|This|That)\s+\p{Ll}/u;
/** Share of the weight of what is asked of the subject (the words other than names) the sentence itself must hold. */
const MIN_ASKED_COVERAGE = 0.99;
/** Words of the question that only say what kind of answer it wants, never found in the answer's sentence. */
const TYPE_WORDS = new Set(
  ['many', 'much', 'number', 'amount', 'total', 'date', 'day', 'time', 'year', 'month', 'when', 'where', 'place', 'happen', 'say', 'tell', 'said', 'told', 'why', 'reason', 'now', 'currently'].map(stem),
);
const MONEY_WORDS = /\b(?:cost|costs|price|pay|paid|paying|spend|spent|worth|earn|earned|money|fund|funds|funding|budget|bid|fine|fined|salary|contract|deal|cash|seize[ds]?|owe[ds]?|raise[ds]?|value[ds]?|bill|damages|compensation|settlement)\b/i;
const MONEY_VERBS = /^(?:cost|costs|costing|worth|pay|pays|paid|paying|spend|spends|spent|spending|earn|earns|earned|earning|fined|charge[ds]?|owe[ds]?)$/i;
const SHARE_WORDS = /\b(?:rate|percent|percentage|share|proportion|higher|lower|more|less|cut|rise|rose|risen|fall|fell|fallen|drop|dropped|increase|decrease|up|down|jump|jumped|climb|climbed|gain|gained|grow|grew|polling|poll|inflation|target)\b/i;
const CURRENCY_AMOUNT = /[$€£¥]|\b(?:dollars?|euros?|pounds?|krona|kronur|kronor|yen|yuan|rupees?|pesos?|soles?|dong|rupiah)\b/i;
const SHARE_AMOUNT = /%|\bper\s?cent\b|\bpercent(?:age\s+points?)?\b|\bpoints?\b/i;

/** The answer type a question asks, or null when this path does not answer its kind. */
export function askedType(q: ParsedQuestion): Asked | null {
  const text = q.text.toLowerCase();
  if (q.expect === 'number') {
    const noun = /\bhow\s+many\s+([\p{L}-]+)/iu.exec(text)?.[1];
    if (noun) return { type: 'count', noun };
    if (/\bhow\s+much\b/.test(text)) return MONEY_WORDS.test(text) ? { type: 'money' } : SHARE_WORDS.test(text) ? { type: 'share' } : { type: 'money' };
    return null;
  }
  // a date, a place or a role holder read so answered questions the articles do not answer on the check sets
  // (invented articles c-*/d-*, seed rounds) more often than it found answers: left to the specific routes
  if (q.expect === 'quote') return { type: 'said' };
  if (/^why\b/.test(text)) return { type: 'reason' };
  // "what is X polling at", "what's the inflation target": a share; "what was the vote": a tally
  if (/^what\b/.test(text) && /\b(?:rate|target|percentage|polling)\b/.test(text)) return { type: 'share' };
  return null;
}

export function answerGeneral(ctx: AskContext, q: ParsedQuestion, focus: ActorEntry[]): Found | null {
  const asked = askedType(q);
  // "what's the name of her lawyer", "who did X meet": a relation or an object, which this path cannot read
  if (!asked || q.named || q.object) return null;
  const named = namedIn(q.text, focus);
  // "worth", "cost", "paid" of a money question only say money is asked: the amount answers them
  const typeWord = (word: string) => TYPE_WORDS.has(stem(word)) || (asked.type === 'money' && MONEY_VERBS.test(word));
  const words = q.text.replace(/\bright\s+now\b/gi, '');
  // light words ("coming", "get", "people") carry nothing the answer's sentence must repeat
  const all = termGroups(ctx.index, words, named).filter((g) => !typeWord(g.word) && !LIGHT.has(fold(g.word)) && !/^wh/.test(g.word.toLowerCase()));
  // a word no article writes ("lost" for "cut power") may be a paraphrase, or what the articles never say
  const groups = all.filter((g) => g.known || g.focus);
  const unknown = all.filter((g) => !g.known && !g.focus);
  // (on every set, passing over even one such word answered more questions the articles do not answer than it found)
  if (unknown.length > 0 || groups.filter((g) => !g.focus).length === 0) return null;
  let best: { score: number; found: Found } | null = null;
  for (const entry of ctx.index.candidates(q.text, 40)) {
    // earlier sentences name who "he" or "the company" is only when the sentence refers back so
    const context = REFERS_BACK.test(entry.sentence.text) ? paragraphBefore(ctx, entry) : [];
    // named actors may be written in the sentence or, as a pronoun or role resolves them, earlier in its paragraph
    if (!named.every((e) => mentioned(ctx, e, [entry, ...context]) || setting(e, entry))) continue;
    const settingKeys = named.filter((e) => setting(e, entry)).flatMap((e) => groups.filter((g) => g.focus && written(g, e.name)).flatMap((g) => g.keys));
    const withContext = new Set([...entry.terms, ...settingKeys, ...context.flatMap((c) => [...c.terms].filter((t) => focusKey(groups, t)))]);
    const cover = coverage(groups, withContext);
    if (cover < MIN_COVERAGE) continue;
    // what is asked of the subject must be in the sentence itself, not only its paragraph
    if (coverage(groups.filter((g) => !g.focus), entry.terms) < MIN_ASKED_COVERAGE) continue;
    const span = typedSpan(ctx, asked, entry, groups, named);
    if (!span) continue;
    const score = cover - (entry.id - entryFirst(ctx, entry)) * 0.0001;
    if (!best || score > best.score) best = { score, found: { answer: span, citations: [citeSentence(entry.facts.article, entry.sentence)] } };
  }
  return best?.found ?? null;
}

/**
 * The actors the question names: a whole name or alias, its first or last word (a surname, "Greenfold"), as
 * written or misspelt. A word that only shares a name ("trade" of the World Trade Organization) names nothing.
 */
function namedIn(question: string, focus: ActorEntry[]): ActorEntry[] {
  const words = tokenize(question).map((t) => fold(t.word));
  const has = (name: string) => {
    const parts = tokenize(name).map((t) => fold(t.word));
    return parts.length > 0 && parts.every((p) => words.some((w) => w === p || (p.length >= 5 && closeSpelling(w, p))));
  };
  // a person by the surname, an organisation by its first word ("Greenfold" of Greenfold Tools); the actor stage
  // may type either as the other
  const short = (e: ActorEntry) => (e.type === 'place' ? [] : [e.name.split(' ')[0]!, e.name.split(' ').pop()!].filter((w) => w.length >= 4));
  return focus.filter((e) => [e.name, ...e.aliases, ...short(e)].some(has));
}

function entryFirst(ctx: AskContext, entry: SentenceEntry): number {
  return ctx.index.sentenceId(entry.facts.article.id, 0) ?? 0;
}

function focusKey(groups: TermGroup[], term: string): boolean {
  return groups.some((g) => g.focus && g.keys.includes(term));
}

/** The sentences of the paragraph before this one: where "he", "the company" or "the minister" was named. */
function paragraphBefore(ctx: AskContext, entry: SentenceEntry): SentenceEntry[] {
  const out: SentenceEntry[] = [];
  const first = entryFirst(ctx, entry);
  for (let id = entry.id - 1; id >= first && out.length < 3; id--) {
    const prev = ctx.index.sentences[id];
    if (!prev || prev.facts !== entry.facts) break;
    if (prev.sentence.paragraph !== entry.sentence.paragraph && prev.sentence.paragraph !== entry.sentence.paragraph - 1) break;
    out.push(prev);
  }
  return out;
}

/**
 * What the article is about (its title or dateline names it): the place every sentence of it happens in, the
 * company whose "chief executive" a sentence names without naming it again.
 */
function setting(actor: ActorEntry, entry: SentenceEntry): boolean {
  const article = entry.facts.article;
  const opening = `${article.title ?? ''} ${DATELINE.exec(article.paragraphs[0]?.text ?? '')?.[0] ?? ''}`;
  const words = new Set(tokenize(opening).map((t) => fold(t.word)));
  return tokenize(actor.name).every((t) => words.has(fold(t.word)));
}

/** "LERNO, Wendland (Wire) —": the place a report is filed from, before the dash or the agency's name. */
const DATELINE = /^[^—–(\n]{2,60}?(?=\s*(?:\(|[—–]|\s-\s))/;

function mentioned(ctx: AskContext, actor: ActorEntry, entries: SentenceEntry[]): boolean {
  const words = [actor.name, ...actor.aliases].flatMap((n) => tokenize(n).map((t) => fold(t.word))).filter((w) => w.length > 2);
  return entries.some(
    (e) =>
      ctx.index.mentionsIn(e.id).some((m) => m.entry === actor) ||
      // "Vietnamese" stands for Vietnam
      tokenize(e.sentence.text).some((t) => words.some((w) => fold(t.word) === w || (actor.type === 'place' && w.length >= 4 && fold(t.word).startsWith(w)))),
  );
}

/** The span of the asked type in the sentence, nearest the question's words; null when it holds none. */
function typedSpan(ctx: AskContext, want: Asked, entry: SentenceEntry, groups: TermGroup[], focus: ActorEntry[]): string | null {
  const text = entry.sentence.text;
  const at = anchors(text, groups);
  const nearest = (spans: Span[]) => spans.sort((a, b) => distance(a, at) - distance(b, at))[0] ?? null;
  switch (want.type) {
    case 'count': {
      const nouns = new Set(termKeys(want.noun!));
      const counts = amountSpans(text, 0).filter((s) => !CURRENCY_AMOUNT.test(s.text) && !SHARE_AMOUNT.test(text.slice(s.end, s.end + 9)));
      // the number attached to the asked noun: "1,200 jobs", "1,200 of its workers", "jobs … 1,200"
      for (const s of counts) {
        const after = tokenize(text.slice(s.end, s.end + 40)).slice(0, 4);
        const hit = after.findIndex((t) => termKeys(t.word).some((k) => nouns.has(k)));
        if (hit >= 0) return text.slice(s.start, s.end + after[hit]!.end).trim();
      }
      return null;
    }
    case 'money': {
      const money = amountSpans(text, 0).filter((s) => CURRENCY_AMOUNT.test(s.text) || CURRENCY_AMOUNT.test(text.slice(s.end, s.end + 12)));
      const m = nearest(money);
      return m ? withUnitAfter(text, m) : null;
    }
    case 'share': {
      const shares = amountSpans(text, 0).filter((s) => SHARE_AMOUNT.test(text.slice(s.end, s.end + 22)) || SHARE_AMOUNT.test(s.text));
      const m = nearest(shares);
      return m ? withUnitAfter(text, m) : null;
    }
    case 'said': {
      // only what the sentence gives the asked speaker: a quote of someone else is not their answer
      if (focus.length === 0) return null;
      const claim = ctx.index.claimsIn(entry.id).find((c) => focus.includes(ctx.index.actorOf(c.claim.speakerId)!));
      return claim?.claim.text ?? null;
    }
    case 'reason': {
      const m = /\b(?:because(?:\s+of)?|due\s+to|after|citing|since|over|as)\s+[^.;]{6,}/i.exec(text);
      return m ? m[0].replace(/[,.]+$/, '') : null;
    }
  }
}

/** "$18 million", "4.5 percent": the amount with the unit word written after it. */
function withUnitAfter(text: string, s: Span): string {
  const unit = /^\s*(?:million|billion|trillion|bn|m|percentage\s+points?|per\s?cent|percent|points?|%|dollars?|euros?|pounds?|krona|kronur|kronor)\b/i.exec(text.slice(s.end));
  return text.slice(s.start, s.end + (unit?.[0].length ?? 0)).trim();
}

/** A question word written in a phrase, by its keys or as the stem a demonym starts with ("Vietnam" in "Vietnamese"). */
function written(g: TermGroup, phrase: string): boolean {
  const w = stem(g.word);
  return tokenize(phrase).some((t) => {
    if (termKeys(t.word).some((k) => g.keys.includes(k))) return true;
    const s = stem(t.word);
    return w.length >= 4 && s.length >= 4 && (s.startsWith(w) || w.startsWith(s));
  });
}

/** Offsets in the sentence of the question's words, the most telling first counted. */
function anchors(text: string, groups: TermGroup[]): number[] {
  const keys = new Set(groups.flatMap((g) => g.keys));
  return tokenize(text)
    .filter((t) => termKeys(t.word).some((k) => keys.has(k)))
    .map((t) => t.start);
}

function distance(s: Span, at: number[]): number {
  if (at.length === 0) return s.start;
  return Math.min(...at.map((a) => (a < s.start ? s.start - a : a > s.end ? a - s.end : 0)));
}
