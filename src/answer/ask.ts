import type { Actor, ArticleFacts } from '../extract/types';
import type { ActorEntry } from '../store/indices';
import { acrossArticles, groupLine, type AnswerGroup } from './across';
import { fold, indexTerms, isStopword, stem, termKeys, tokenize } from '../store/terms';
import { blankAnswer, citeSentence, citeSource, clip } from './cite';
import type { AskContext, Found } from './context';
import { spelledOut } from './acronyms';
import { answerCalled } from './called';
import { answerEpithet } from './epithet';
import { clauseSpan, profileSpan, quotePart } from './clause';
import { answerGeneral } from './general';
import { leadIn, titleBefore } from './titles';
import { parseQuestion, type Expect, type ParsedQuestion } from './question';
import { datesAsked, datesWritten } from './conditions';
import { retrieve } from './retrieve';
import { quoteSpans } from './spans';
import { coverage, termGroups } from './support';
import type { Answer, Citation } from './types';
import { COUNTRY_ABBREVIATIONS } from '../lexicon/countries';
import { ROLE_TITLES } from '../lexicon/titles';

export type { AskContext } from './context';

/** Data carried by an ask Answer for --json and tests. */
export interface AskData {
  question: string;
  expect: Expect;
  /** The answer span as written in the article (or the actor's name), or null when abstaining. */
  answer: string | null;
  focus: string[];
  /** When several articles answer: each distinct answer, the articles giving it and its citation. */
  groups?: AnswerGroup[];
}

/**
 * Deterministic question answering: read the expected answer type, find the actors named, retrieve sentences
 * by their normalised words, pull an answer of the expected type out of the best one and cite it. When no
 * sentence supports an answer, abstain and say what the articles cover.
 */
export function ask(ctx: AskContext, question: string): Answer {
  const q = parseQuestion(spelledOut(ctx.index, question));
  const actors = focusActors(ctx, q);
  const found = spanned(q, answerQuestion(ctx, q, actors));
  const focus = actors.map((e) => e.name);
  if (!found) {
    const answer = blankAnswer('ask', question.trim(), `The articles do not say. ${ctx.coverage()}`, false);
    answer.data = { question, expect: q.expect, answer: null, focus } satisfies AskData;
    answer.suggestions = focus;
    return answer;
  }
  const groups = found.groups?.map((g) => ({ ...g, label: groupLine({ answer: groupAnswer(g), articles: g.articles }) }));
  const text = groups ? groups.map((g) => g.label).join('; ') + (/; and \d+ other answers?$/.exec(found.answer)?.[0] ?? '') : concise(found.answer, found.citations);
  const answer = blankAnswer('ask', question.trim(), text);
  answer.citations = found.citations;
  answer.data = { question, expect: q.expect, answer: found.answer, focus, ...(found.groups ? { groups: found.groups } : {}) } satisfies AskData;
  if (groups) answer.sections.push({ heading: 'Answers across articles', items: groups.map((g) => ({ text: g.label, citation: g.citation })) });
  return answer;
}

/** A distinct answer of several articles, short: its span, or the opening words of a sentence that is the answer. */
function groupAnswer(g: AnswerGroup): string {
  const short = concise(g.answer, [g.citation]);
  return short === SENTENCE_POINTER ? clip(g.answer, GROUP_LABEL_MAX) : short.replace(/:$/, '');
}

/** What an answer that is the whole cited sentence says above it. */
const SENTENCE_POINTER = 'The article says:';
/** A group's answer that is a whole sentence is shown by this many characters of it. */
const GROUP_LABEL_MAX = 60;
/** Shorter than this, a cited text is a phrase, not the sentence the answer would repeat. */
const MIN_SENTENCE = 20;

/**
 * The answer as its span: the citation below already shows the sentence, so the text above it never repeats it.
 * An answer that is the sentence points at it; one that holds it keeps the rest ("X (person)"); a quote that
 * is nearly the whole sentence is the quote alone.
 */
function concise(answer: string, citations: Citation[]): string {
  for (const c of citations) {
    const sentence = c.text.trim();
    if (sentence.length < MIN_SENTENCE || !answer.includes(sentence)) continue;
    const rest = answer.replace(sentence, '').replace(/[\s:—–-]+$/, '').trim();
    return rest ? `${rest}:` : SENTENCE_POINTER;
  }
  // a quote that is most of its sentence is what was said, shown without its speaker (the question named them)
  // and without the attribution the citation adds
  const quote = /^(.+?): “([^]+)”$/.exec(answer);
  const cited = citations[0]?.text ?? '';
  if (quote && cited.length >= MIN_SENTENCE && cited.includes(quote[2]!) && quote[2]!.length >= 0.6 * cited.length) return `“${quote[2]}”`;
  return answer;
}

/**
 * An answer that is its whole cited sentence (a what / why / how answered by the sentence that says it) becomes
 * the span of the sentence that answers: the sentence is shown below as the citation, never twice (issue #11).
 */
function spanned(q: ParsedQuestion, found: Found | null): Found | null {
  const cite = found?.citations[0];
  if (!found || !cite || found.groups) return found;
  const sentence = cite.text.trim();
  if (found.answer.trim() === sentence) {
    const span = clauseSpan(q.text, cite.text);
    return span ? { ...found, answer: span.text } : found;
  }
  // "X (person): <the sentence naming X>": who X is, by the words around the name
  const profile = /^(.+?) \((?:person|organization|group|place)\): ([^]+)$/.exec(found.answer);
  if (profile && profile[2]!.trim() === sentence) {
    const span = profileSpan(profile[1]!, cite.text);
    return span ? { ...found, answer: `${profile[1]}: ${span.text}` } : found;
  }
  // "X: “<a quote as long as its sentence>”": the part of it about what was asked
  const quote = /^(.+?): “([^]+)”$/.exec(found.answer);
  if (quote && cite.text.includes(quote[2]!)) {
    const part = quotePart(q.topic || q.text, quote[2]!, cite.text.length);
    return part ? { ...found, answer: `${quote[1]}: “${part.text}”` } : found;
  }
  return found;
}

function answerQuestion(ctx: AskContext, q: ParsedQuestion, focus: ActorEntry[]): Found | null {
  if (hasUnknownName(ctx, q.text)) return null;
  // "what's the name of her new ad": a name a sentence gives the thing, before the who-question it is read as
  const thing = NAME_ASKED.exec(q.text)?.[1];
  const called = thing ? answerCalled(ctx, thing) : null;
  // the specific routes first; where they abstain, the general path (a typed span of the best-covering sentence)
  return called ?? routeAnswer(ctx, q, focus) ?? answerGeneral(ctx, q, focus);
}

const NAME_ASKED = /^what\s+(?:is|was|are|were)\s+the\s+names?\s+of\s+(.+?)[?.!\s]*$/i;

function routeAnswer(ctx: AskContext, q: ParsedQuestion, focus: ActorEntry[]): Found | null {
  if (q.expect === 'profile' && q.subject) {
    const profile = answerProfile(ctx, q.subject, JOB_ASKED.test(q.text));
    if (profile !== undefined) return profile;
    return retrieve(ctx, { ...q, expect: 'person', ...roleOf(q.subject) }, focus);
  }
  if (q.expect === 'epithet' && q.subject) {
    const named = ctx.lookup.find(q.subject).find((m) => m.via !== 'role');
    // "What is the drug called?": a thing no epithet of an actor names, called by a name a sentence gives it
    return (named ? answerEpithet(ctx, named.entry) : null) ?? answerCalled(ctx, q.subject);
  }
  if (q.expect === 'quote' && q.subject) {
    const quoted = answerQuote(ctx, q);
    if (quoted !== undefined) return quoted;
    // "What did the Ukrainian military say?": a speaker the actor stage did not name, found by its words in a
    // sentence that attributes something to someone
    return retrieve(ctx, { ...q, expect: 'thing', said: true }, []);
  }
  return retrieve(ctx, q, focus);
}

/**
 * "Who is the US president?" asked of no actor: a role (its last word) and what qualifies it, so only someone
 * titled with both answers ("Chilean President X" does not). Only a title word ends a role ("president",
 * "minister"), so names and clauses keep the plain search.
 */
function roleOf(subject: string): { role: { noun: string; of: string } } | Record<string, never> {
  const words = subject.replace(/^(?:the|a|an)\s+/i, '').split(' ');
  const noun = words.pop();
  return noun && words.length > 0 && ROLE_WORDS.has(noun.toLowerCase()) ? { role: { noun, of: words.join(' ') } } : {};
}

const ROLE_WORDS = new Set(ROLE_TITLES);

/**
 * A capitalised word inside the question that no article uses and no actor's name resembles: an outside subject.
 * A country's abbreviation that folds to a function word ("US" → "us") is known only as a place actor.
 */
function hasUnknownName(ctx: AskContext, text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some((t, i) => {
    if (i === 0 || !/^\p{Lu}/u.test(t.word)) return false;
    const country = COUNTRY_ABBREVIATIONS[t.word];
    if (country) return ctx.lookup.find(t.word).length === 0 && ctx.lookup.find(country).length === 0;
    if (isStopword(t.word)) return false;
    if (ctx.index.surface.has(fold(t.word))) return false;
    return ctx.lookup.find(t.word).filter((m) => m.via !== 'role').length === 0;
  });
}

/** Does any article use the word: a name as written, a common word by its stem or a synonym ("army" / "navy")? */
function knownWord(ctx: AskContext, word: string): boolean {
  if (/^\p{Lu}/u.test(word)) return ctx.index.surface.has(fold(word));
  return termKeys(word).some((k) => ctx.index.docFreq.has(k));
}

function focusActors(ctx: AskContext, q: ParsedQuestion): ActorEntry[] {
  if (q.subject) {
    const named = ctx.lookup.find(q.subject).filter((m) => m.via !== 'role');
    if (named.length) return [named[0]!.entry];
  }
  return ctx.lookup.inText(q.text);
}

// ---- who is X / what does X do ---------------------------------------------------------------------------

/** "What is X's job / occupation / profession?": a title is asked, not a sentence about X. */
const JOB_ASKED = /\b(?:job|profession|occupation|title|position|career)s?\b/i;

/** undefined: the subject is no actor the articles name, so try retrieval; null: abstain. */
function answerProfile(ctx: AskContext, subject: string, jobAsked: boolean): Found | null | undefined {
  const matches = ctx.lookup.find(subject);
  const best = matches[0];
  // "What is X's job?" is answered by a title; the first sentence naming X only answers who X is
  if (best && best.via !== 'role') return describe(best.entry) ?? describeFromText(ctx, subject) ?? firstMention(best.entry, jobAsked);
  if (best?.via === 'role') {
    // "the US president" is not the Chilean President: each qualifier of the role must be in the actor's title
    if (!qualifiersInTitle(best.entry, subject)) return null;
    // several articles may title someone so, each its own ("Who is the president?" over five articles)
    const titled = matches.filter((m) => m.via === 'role').slice(0, ROLE_HOLDERS_READ).filter((m) => qualifiersInTitle(m.entry, subject));
    const candidates = titled.flatMap((m) => roleCitations(m.entry, subject).map((cite) => ({ score: -m.score, found: { answer: m.entry.name, citations: [cite] } })));
    return acrossArticles(candidates) ?? { answer: best.entry.name, citations: [] };
  }
  // only a name ("Robin Cook") is described from the text; a role ("Europe's last dictator") is looked for instead
  const words = tokenize(subject);
  if (words.length === 0 || !words.every((t) => /^\p{Lu}/u.test(t.word))) return undefined;
  return describeFromText(ctx, subject) ?? (words.every((t) => ctx.index.surface.has(fold(t.word))) ? undefined : null);
}

/** The actor's description with the sentence it was read from, or the title the text puts before its name. */
function describe(entry: ActorEntry): Found | null {
  for (const { facts, actor } of entry.refs) {
    // a description is words: a dash or a quote mark read before a name is none
    if (actor.description && actor.descriptionSource && /\p{L}/u.test(actor.description)) {
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

/**
 * An actor the text gives no title: what the first sentence naming it says; for a job asked, only a sentence
 * that says what X is ("X is the paper's columnist"), not one that only names X ("… ― Jane Roe.").
 */
function firstMention(entry: ActorEntry, jobAsked = false): Found | null {
  const ref = entry.refs[0];
  if (!ref) return null;
  const text = ref.facts.article.text;
  const m = jobAsked ? ref.actor.mentions.find((n) => /^\s+(?:is|was)\s+(?:a|an|the)\s/.test(text.slice(n.end, n.end + 12))) : ref.actor.mentions[0];
  const sentence = m ? ref.facts.article.sentences[m.sentence] : undefined;
  if (!sentence) return null;
  return { answer: `${entry.name} (${entry.type}): ${sentence.text}`, citations: [citeSentence(ref.facts.article, sentence)] };
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

function qualifiersInTitle(entry: ActorEntry, role: string): boolean {
  // the capitalised qualifiers: names and demonyms, and acronyms even when they spell a stopword ("US")
  const words = tokenize(role).filter((t) => /^\p{Lu}/u.test(t.word) && (!isStopword(t.word) || /^\p{Lu}+$/u.test(t.word))).map((t) => stem(t.word));
  if (words.length === 0) return true;
  const title: string[] = [];
  for (const { facts, actor } of entry.refs) {
    if (actor.description) title.push(...tokenize(actor.description).map((t) => stem(t.word)));
    for (const m of actor.mentions) title.push(...tokenize(leadIn(facts.article.text, m.start)).map((t) => stem(t.word)));
    title.push(...tokenize(entry.name).map((t) => stem(t.word)));
  }
  // a demonym stands for its country ("Chilean" for Chile)
  return words.every((w) => title.some((t) => t.startsWith(w) || w.startsWith(t)));
}

/** Role holders read per question: a thousand articles' presidents would cost more than a question may. */
const ROLE_HOLDERS_READ = 12;

/** Per article naming the actor, the sentence that titles it with the role (else the first naming it). */
function roleCitations(entry: ActorEntry, role: string): Citation[] {
  const wanted = tokenize(role).filter((t) => !isStopword(t.word)).map((t) => stem(t.word));
  const byArticle = new Map<string, Citation>();
  for (const { facts, actor } of entry.refs) {
    if (byArticle.has(facts.article.id)) continue;
    const cite = titledIn(facts, actor, wanted);
    if (cite) byArticle.set(facts.article.id, cite);
  }
  return [...byArticle.values()];
}

function titledIn(facts: ArticleFacts, actor: Actor, wanted: string[]): Citation | null {
  if (actor.descriptionSource && actor.description) {
    const d = tokenize(actor.description).map((t) => stem(t.word));
    if (wanted.some((w) => d.includes(w))) return citeSource(facts, actor.descriptionSource);
  }
  for (const m of actor.mentions) {
    const lead = tokenize(leadIn(facts.article.text, m.start)).map((t) => stem(t.word));
    const sentence = facts.article.sentences[m.sentence];
    if (sentence && wanted.some((w) => lead.includes(w))) return citeSentence(facts.article, sentence);
  }
  const m = actor.mentions[0];
  const sentence = m ? facts.article.sentences[m.sentence] : undefined;
  return sentence ? citeSentence(facts.article, sentence) : null;
}

// ---- what did X say ----------------------------------------------------------------------------------------

/**
 * The speaker, and when it has no claims, the actors of the same surname that have: one article's "Roe" (even
 * one read as an organisation, "the Roe campaign") and another's "Jane Roe" are entries of their own.
 */
function namesakes(ctx: AskContext, speaker: ActorEntry, holds: (e: ActorEntry) => boolean): ActorEntry[] {
  if (ctx.index.claimsBy(speaker).length > 0) return [speaker];
  const surname = (name: string) => fold(name.split(' ').pop() ?? '');
  const wanted = surname(speaker.name);
  // the name-word table holds every actor with that surname; scanning all actors cost most of a 1,000-article ask
  const others = (ctx.lookup.withNameWord(wanted) ?? ctx.index.actors).filter(
    (e) => e !== speaker && e.type !== 'place' && holds(e) && [e.name, ...e.aliases].some((n) => surname(n) === wanted) && ctx.index.claimsBy(e).length > 0,
  );
  return [speaker, ...others];
}

/** undefined: the speaker is no actor and no sentence quotes it, so try plain retrieval; null: abstain. */
function answerQuote(ctx: AskContext, q: ParsedQuestion): Found | null | undefined {
  const subject = q.subject ?? '';
  const matches = ctx.lookup.find(subject);
  // a role is held by a person: a body spelled like it is someone else ("the senator" is not the Senate)
  const asksRole = ROLE_WORDS.has(subject.split(' ').pop()?.toLowerCase() ?? '');
  const holds = (e: ActorEntry) => !asksRole || e.type === 'person';
  let speaker = matches.find((m) => m.via !== 'role' && holds(m.entry))?.entry ?? ctx.lookup.inText(subject).find(holds);
  // a speaker the articles never name ("the pope") is not answered by whatever else the question mentions
  if (!speaker && tokenize(subject).some((t) => !isStopword(t.word) && !knownWord(ctx, t.word))) return null;
  const topic = termGroups(ctx.index, q.topic);
  // "what did X tell reporters in April": a date asked is a condition, met only where it is written
  const dates = datesAsked(q.topic);
  const scored: { score: number; found: Found }[] = [];
  const sameName = speaker ? namesakes(ctx, speaker, holds) : [];
  speaker = sameName.find((e) => ctx.index.claimsBy(e).length > 0) ?? speaker;
  let claims = speaker ? sameName.flatMap((e) => ctx.index.claimsBy(e)) : ctx.index.claimsBySpeakerPhrase(subject);
  // "the president": when no speaker is written so, the person the articles title so ("the French president")
  const byRole = matches[0]?.via === 'role' && matches[0].entry.type === 'person' ? matches[0].entry : undefined;
  if (!speaker && claims.length === 0 && byRole && /^the\s/i.test(subject)) {
    speaker = byRole;
    claims = ctx.index.claimsBy(byRole);
  }
  if (claims.length) {
    const name = speaker?.name;
    for (const { facts, claim } of claims) {
      if (!datesWritten(dates, facts.article.paragraphs[claim.source.paragraph - 1]?.text ?? '')) continue;
      const id = ctx.index.sentenceId(facts.article.id, claim.source.sentence);
      const entry = id === undefined ? undefined : ctx.index.sentences[id];
      const claimTerms = indexTerms(claim.text);
      const terms = entry ? new Set([...claimTerms, ...entry.terms]) : claimTerms;
      const score = coverage(topic, terms) + (claim.kind === 'quote' ? 0.05 : 0);
      const who = name ?? claim.speaker ?? subject;
      const text = claim.kind === 'quote' ? `${who}: “${claim.text}”` : `${who}: ${claim.text}`;
      scored.push({ score, found: { answer: text, citations: [citeSource(facts, claim.source)] } });
    }
  }
  if (scored.length === 0 && speaker) {
    // no claims extracted: quotations in sentences that name the speaker outside them (a name inside someone's
    // quote, "He would not have done that to a Jane Roe", is who they speak of) and give them to no one else
    for (const entry of ctx.index.candidates(`${speaker.name} ${q.topic}`)) {
      const quotes = quoteSpans(entry.sentence.text, entry.sentence.start);
      if (quotes.length === 0) continue;
      const outside = (m: { start: number; end: number }) => !quotes.some((sp) => sp.start <= m.start && m.end <= sp.end);
      if (!ctx.index.mentionsIn(entry.id).some((m) => m.entry === speaker && outside(m.mention))) continue;
      if (ctx.index.claimsIn(entry.id).some((c) => c.claim.speakerId && ctx.index.actorOf(c.claim.speakerId) !== speaker)) continue;
      if (!datesWritten(dates, entry.facts.article.paragraphs[entry.sentence.paragraph - 1]?.text ?? '')) continue;
      const text = quotes.map((s) => `“${s.text}”`).join(' ');
      scored.push({ score: coverage(topic, entry.terms), found: { answer: `${speaker.name}: ${text}`, citations: [citeSentence(entry.facts.article, entry.sentence)] } });
    }
  }
  if (scored.length === 0) return speaker ? null : undefined;
  const best = Math.max(...scored.map((c) => c.score));
  if (topic.length > 0 && best < 0.3) return null;
  // "What did the senator say?" over several articles: each article's senator
  return acrossArticles(scored, (text) => ctx.index.articlesSaying(text));
}

