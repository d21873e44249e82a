import type { Sentence } from '../article/types';
import { compactLists } from '../store/compact';
import type { ActorEntry, SentenceEntry } from '../store/indices';
import { contentTerms, fold, isStopword, stem, termKeys, tokenize } from '../store/terms';
import { CARDINALS } from '../lexicon/number-words';
import { MONTHS, TIME_UNITS, WEEKDAYS } from '../lexicon/calendar';
import { CUE_FORMS } from '../lexicon/cues';
import { HEDGE_ADVERBS } from '../lexicon/hedges';
import { LIGHT_VERBS } from '../lexicon/chat-statements';
import { AREA_UNITS, CURRENCY_WORDS, MEASURES } from '../lexicon/numbers';
import { VENUE_NOUNS } from '../lexicon/place-nouns';
import { RESPONDED_NOUNS, RESPONSE_VERBS } from '../lexicon/responses';
import { PERSON_ASKED_NOUNS, PERSON_NOUNS, RELATION_NOUNS, ROLE_TITLES } from '../lexicon/titles';
import { acrossArticles, type Candidate } from './across';
import { citeSentence } from './cite';
import { titleBefore } from './titles';
import { withinDistance } from './similarity';
import { baseForms, WORD_CLASSES } from '../lexicon/wordnet';
import type { AskContext, Found } from './context';
import type { ParsedQuestion } from './question';
import { dateSpans, durationSpans, nameSpans, numberSpans, wholeNames, type Span } from './spans';
import { amountSpans, answeringAmounts } from './amounts';
import {
  actsOnFocus,
  clauseAround,
  clauseHas,
  countPredicate,
  COUNTRY_NAMES,
  datesAsked,
  datesWritten,
  DEMONYM_WORDS,
  hasWord,
  joinedPlace,
  onlyDemonyms,
  passiveWithoutAgent,
  sameHead,
  SETTLEMENT_ASKED,
  someoneElseDoes,
  verbAfterFocus,
} from './conditions';
import { isPassiveAt, objectOf, PRONOUN_PHRASE, subjectOf } from './subject';
import { coverage, matchShare, phrasalVerbs, SYNONYM_SHARE, termGroups, withRelatives, type TermGroup } from './support';

/** A question needs this share of its topic words (weighted by rarity) in the sentence it is answered from. */
const MIN_COVERAGE = 0.5;
/** Words that name the answer type, not the topic ("how many *people*" is topic, "what *year*" is not). */
const TYPE_WORDS = new Set(['year', 'date', 'day', 'month', 'time', 'long', 'many', 'much', 'country', 'city', 'place'].map(stem));

/** "How many *members* does X have?", "how *big* is X": the size of X, not a topic word. */
const COUNT_TYPE_WORDS = new Set([...TYPE_WORDS, ...['member', 'big', 'large', 'size', 'strong', 'numerous'].map(stem)]);

/** "How old are the *members*?": the ages of whoever the question is about, whatever they are called. */
const AGE_ASKED = /^how\s+old\b/i;
const AGE_TYPE_WORDS = new Set([...TYPE_WORDS, ...['member', 'people', 'person', 'individual'].map(stem)]);
const AGE_WRITTEN = /\b(?:ages?|aged|old|years?-old)\b/i;

/** "How many *volunteers* are in the group?": the size of the group, whatever its members are called. */
const SIZE_ASKED = /^how\s+many\s+(\w+)\s+(?:are|were|is|was)\s+(?:there\s+)?(?:in|inside|within|part\s+of)\b/i;

/** A span naming an actor the store knows (or, from capitalised words, none). */
interface ActorSpan extends Span {
  actor?: ActorEntry;
}

interface Extracted {
  found: Found;
  /** Characters between the answer and the question's words in the sentence (smaller is better). */
  distance: number;
  /** The answer is the subject or agent of the question's own verb. */
  structural: boolean;
}

/**
 * Retrieval for who / when / where / how many / what: candidate sentences from the index, kept when they cover
 * the question's topic and name (or sit next to) its focus actors, then an answer of the expected type pulled out
 * of the best one.
 */
export function retrieve(ctx: AskContext, q: ParsedQuestion, focus: ActorEntry[]): Found | null {
  // the question's words as written first; only when no sentence answers, their WordNet relatives too ("land" /
  // "arrived"): a word the articles never write is met by its relatives in both passes
  return retrieveBy(ctx, q, focus, false) ?? (TYPED.has(q.expect) ? retrieveBy(ctx, q, focus, true) : null);
}

/** Questions answered by a span of a type (a name, a date, a place, a number): its type checks a relative's match. */
const TYPED = new Set(['person', 'speaker', 'date', 'place', 'number', 'duration']);

function retrieveBy(ctx: AskContext, q: ParsedQuestion, focus: ActorEntry[], relatives: boolean): Found | null {
  const sizeOf = q.expect === 'number' ? SIZE_ASKED.exec(q.text)?.[1] : undefined;
  const age = AGE_ASKED.test(q.text);
  const typeWords = q.expect === 'number' ? (sizeOf ? new Set([...COUNT_TYPE_WORDS, stem(sizeOf)]) : COUNT_TYPE_WORDS) : age ? AGE_TYPE_WORDS : TYPE_WORDS;
  // "What channel is the show on?": a kind the articles never name is the answer's type, not a topic word
  const kind = kindAsked(q);
  // when two topic words or more are left to find the sentence by ("What color was the car?" is not answered by
  // any sentence naming the car)
  const unnamedKind = kind && !termKeys(kind).some((k) => ctx.index.docFreq.has(k)) ? stem(kind) : undefined;
  const written = termGroups(ctx.index, q.text, focus);
  const all = (TYPED.has(q.expect) ? phrasalVerbs(ctx.index, q.text, written) : written).filter((g) => !typeWords.has(stem(g.word)));
  // ("How much is X worth?" keeps "worth": without it, any amount near X would answer)
  const typed = all.filter((g) => !typeWordOf(q, g));
  const asked = withoutGo(
    unhedged(typed.some((g) => !g.focus) ? typed : all)
      .map((g) => withUnits(withDerived(ctx, misspelt(ctx, g))))
      .map((g) => ((relatives || !g.known) && TYPED.has(q.expect) ? withRelatives(ctx.index, g) : !g.known && q.expect === 'thing' ? withRelatives(ctx.index, g, true) : g)),
  );
  // the second pass is for questions a relative changes: without one, it would read the same sentences again
  if (relatives && !asked.some((g) => g.related)) return null;
  const rest = asked.filter((g) => !g.focus && stem(g.word) !== unnamedKind);
  const groups = unnamedKind && rest.length >= 2 ? asked.filter((g) => stem(g.word) !== unnamedKind) : asked;
  const topic = groups.filter((g) => !g.focus);
  const focusGroups = groups.filter((g) => g.focus);
  // a number or a date answers only the quantity or event asked: "How much does X cost?" is not answered by a
  // number near X, nor "When will the war end?" by a date near the war
  const unknownShare = q.expect === 'number' || q.expect === 'date' ? 1 : 0.5;
  // a count is read where its group or person is named; anything else asked of a person, where the person is
  const asksOf = focus.filter((e) => e.type === 'person' || ((q.expect === 'number' || q.expect === 'duration') && e.type !== 'place'));
  const dates = q.expect === 'date' ? datesAsked(q.text).filter((d) => /^\d/.test(d)) : datesAsked(q.text);
  if (age && asksOf.length) {
    const given = ageGiven(ctx, asksOf);
    if (given) return given;
  }
  if (age) {
    const before = ageBeforeNoun(ctx, q.text, topic);
    if (before) return before;
  }
  // "Who moderated the debate?": no article uses the verb (nor a synonym), so none says who did it; a verb of
  // saying ("reported", "accused") or naming ("known as") may be written as any other cue, so it is not asked so
  if (q.expect === 'person' && q.verb && !q.role && verbUnwritten(ctx, q.verb)) return null;
  const answers: Candidate[] = [];
  // the words the articles write for a measure asked ("200 pounds" for "weigh") find its sentences too
  const search = [q.text, ...asked.flatMap((g) => [...(measureUnits(g.word) ?? []), ...(g.relatives ?? [])])].join(' ');
  for (const entry of ctx.index.candidates(search, CANDIDATES)) {
    // "How many were arrested in the 2020 protests?": a date asked is a condition, met only where it is written
    if (!datesWritten(dates, paragraphText(entry))) continue;
    // "How old …?" is answered by an age, read where an age is written, not by any number near the words
    if (age && !AGE_WRITTEN.test(entry.sentence.text)) continue;
    const terms = termsWithAntecedent(ctx, entry);
    // the words borrowed from an antecedent say who "they" are; what is asked of them must be in the sentence
    if (terms !== entry.terms && coverage(topic, entry.terms) === 0) continue;
    const topicCover = topicCoverage(topic, terms, unknownShare, relatives);
    if (topicCover === null) continue;
    // a relative is met by a common word, not by a name it is part of ("Union" of "European Union" for "united")
    if (!relativesWrittenLower(entry, topic)) continue;
    const focusNear = focusGroups.length === 0 ? 1 : focusNearness(ctx, entry, focus, focusGroups);
    // a sentence that names no focus actor (nor its paragraph) must match every topic word instead
    if (focusNear === 0 && topicCover < 0.999) continue;
    // "How old is X?", "What does X fear?": what is asked of a person is read where the person is named (or the
    // paragraph names them), not off a sentence about others; who-questions may find a person by the verb instead
    if (asksOf.length && q.expect !== 'person' && q.expect !== 'speaker' && focusNearness(ctx, entry, asksOf) === 0) continue;
    // "Who is the leader of NATO?": the leader named must be of the focus, not of whoever the sentence is about
    if (q.role && focusGroups.length > 0 && focusNear === 0) continue;
    const found = extract(ctx, q, entry, groups, focus);
    if (!found) continue;
    // "the names of the men arrested" are names of people: not "Belarusian police", nor the place they were in
    // and a name asked for is someone the articles name as such, not a capitalised word opening a sentence ("Online …")
    const named = q.named ? ctx.index.actorsNamed(found.found.answer) : [];
    if (q.named && (!tokenize(found.found.answer).some((t) => /^\p{Lu}/u.test(t.word) && !DEMONYM_WORDS.has(fold(t.word))) || named.length === 0 || named.some((e) => e.type === 'place'))) continue;
    // "the name of her daughter", "of the co-pilot": a person's name, not a car's or a flight's
    // (a name with a number in it, "Flight QZ8501", is no person's whatever type the actor stage gave it)
    if (q.named && personAsked(q.text) && !named.some((e) => e.type === 'person' && !/\d/.test(e.name))) continue;
    // without the focus actor, an actor is only answered as the subject of the question's own verb, and only
    // when the question names no one it was done to: "Who runs X?" is not answered by who runs something else
    if (focusNear === 0 && (!found.structural || focusGroups.length > 0) && (q.expect === 'person' || q.expect === 'speaker')) continue;
    const score = topicCover + focusNear * 0.5 + (found.structural ? 0.3 : 0) - Math.min(found.distance, 200) * 0.002;
    answers.push({ score, found: found.found });
  }
  return acrossArticles(answers, (text) => ctx.index.articlesSaying(text));
}

/** Do the relatives that stand in for question words appear in the sentence in lower case (not only in names)? */
function relativesWrittenLower(entry: SentenceEntry, topic: TermGroup[]): boolean {
  const standIns = topic.filter((g) => g.related && matchShare(g, entry.terms) > 0 && matchShare(g, entry.terms) < 1);
  if (standIns.length === 0) return true;
  const tokens = tokenize(entry.sentence.text).filter((t) => /^\p{Ll}/u.test(t.word));
  // a verb asked in the past ("founded") is met by a verb form ("established"), not a bare noun ("plant"); a word
  // derived from it may be of any class ("applicants")
  const inflected = (g: TermGroup, t: { word: string }, k: string) => !/ed$/.test(g.word) || g.derivedKeys?.has(k) || /(?:ed|en|ing|s)$/.test(t.word);
  return standIns.every((g) => tokens.some((t) => termKeys(t.word).some((k) => g.related!.has(k) && inflected(g, t, k))));
}

/** "Where is X *based* / *located*": words that only say a place is asked. */
const PLACE_TYPE_WORDS = /^(?:based|located|situated|headquartered|sited)$/i;
/** "How much *money* …", "how much does X *cost*": a currency amount answers them when no article writes the word. */
const MONEY_TYPE_WORDS = /^(?:money|cost|costs|price|prices|priced|worth|pay|paid|spend|spent|earn|earns|earned|cash)$/i;

/** A word that names the answer's type in this question, not its topic. */
function typeWordOf(q: ParsedQuestion, g: TermGroup): boolean {
  if (q.expect === 'place') return PLACE_TYPE_WORDS.test(g.word);
  return q.expect === 'number' && !g.known && MONEY_ASKED.test(q.text) && MONEY_TYPE_WORDS.test(g.word);
}

/**
 * A question word no article writes, with the keys of the words the articles write for it by a derivational suffix:
 * "robbed" is read in "the robbery", "employment" in "employed".
 */
function withDerived(ctx: AskContext, g: TermGroup): TermGroup {
  if (g.known || g.focus || !/^\p{Ll}/u.test(g.word)) return g;
  const base = inflectionless(fold(g.word));
  if (base.length < DERIVED_BASE_MIN) return g;
  const keys = new Set(g.keys);
  // "endorsed" loses the "e" of "endorse" with its inflection: "endors" + "ement" is "endorse" + "ment"
  const bases = /ed$|ing$/.test(fold(g.word)) && !/e$/.test(base) ? [base, `${base}e`] : [base];
  for (const w of writtenStarting(ctx, base.slice(0, DERIVED_BASE_MIN))) {
    const other = inflectionless(w);
    for (const b of bases) {
      const [short, long] = other.length <= b.length ? [other, b] : [b, other];
      if (short.length >= DERIVED_BASE_MIN && long.startsWith(short) && DERIVATIONAL_SUFFIX.test(long.slice(short.length))) termKeys(w).forEach((k) => keys.add(k));
    }
  }
  return keys.size > g.keys.length ? { ...g, keys: [...keys], known: true } : g;
}

/**
 * A question word no article writes and no dictionary lists, one typo away from a word the articles write
 * ("announcment", "maneger"): that word's keys. A real word is never respelt ("bail" stays "bail"), and a typo is
 * rarely in the first letter, so only words sharing it are compared.
 */
function misspelt(ctx: AskContext, g: TermGroup): TermGroup {
  const word = fold(g.word);
  if (g.known || g.focus || !/^\p{Ll}+$/u.test(g.word) || word.length < MISSPELT_MIN || WORD_CLASSES.some((c) => baseForms(word, c).length > 0)) return g;
  const edits = word.length >= 9 ? 2 : 1;
  const matches = [...ctx.index.surface].filter(
    (w) => w[0] === word[0] && Math.abs(w.length - word.length) <= edits && /^\p{Ll}+$/u.test(w) && !isStopword(w) && withinDistance(w, word, edits),
  );
  const keys = new Set(matches.flatMap(termKeys));
  // (several words as near are several guesses: none is taken)
  return keys.size > 0 && matches.length <= MISSPELT_GUESSES ? { ...g, keys: [...keys], known: true } : g;
}

/** Shorter words are too often other words one letter away ("bail" / "bait"). */
const MISSPELT_MIN = 5;
/** Forms of one word ("manager", "managers") may both be near a typo. */
const MISSPELT_GUESSES = 2;

/** A measure asked ("weigh", "altitude") is written as its units ("200 pounds", "32,000 feet"): their keys stand for it. */
function withUnits(g: TermGroup): TermGroup {
  const units = measureUnits(g.word);
  if (!units || g.focus) return g;
  return { ...g, keys: [...new Set([...g.keys, ...units.flatMap(termKeys)])], known: true };
}

const UNITS_OF = new Map(MEASURES.flatMap((m) => m.asked.map((w) => [w, m.units] as const)));

function measureUnits(word: string): readonly string[] | undefined {
  return UNITS_OF.get(fold(word));
}

/** Shorter bases are too often other words' beginnings ("art" / "artery"). */
const DERIVED_BASE_MIN = 4;
/**
 * What a derivation adds to a verb to name its act: "rob(b)-ery", "employ-ment", "creat-ion" (not "count-ry"); not
 * who does it ("play-er" is no playing).
 */
const DERIVATIONAL_SUFFIX = /^[bdgmnprt]?(?:ery|ing|ion|ions|ation|ment|ments|ance|ence)$/;

/** A folded word without its inflection: "robbed" → "robb", "robbers" → "robber", "charges" → "charg". */
function inflectionless(word: string): string {
  return word.replace(/(?:ing|ed|es|s)$/, '');
}

/** The articles' words by their first letters, worked out once per store. */
const WRITTEN_BY_PREFIX = new WeakMap<object, Map<string, string[]>>();

function writtenStarting(ctx: AskContext, prefix: string): string[] {
  let byPrefix = WRITTEN_BY_PREFIX.get(ctx.index);
  if (!byPrefix) {
    byPrefix = new Map();
    for (const w of ctx.index.surface) {
      if (w.length < DERIVED_BASE_MIN || !/^\p{Ll}+$/u.test(w)) continue;
      const key = w.slice(0, DERIVED_BASE_MIN);
      const list = byPrefix.get(key);
      if (list) list.push(w);
      else byPrefix.set(key, [w]);
    }
    compactLists(byPrefix);
    WRITTEN_BY_PREFIX.set(ctx.index, byPrefix);
  }
  return byPrefix.get(prefix) ?? [];
}

const HEDGES = new Set(HEDGE_ADVERBS);
/** Particles of phrasal verbs, never the verb a count question turns on. */
const PARTICLES = /^(?:back|away|up|out|off|down|over|around|along)$/i;

/**
 * The question's words a sentence must cover: a hedge ("still", "finally") or a manner adverb no article writes
 * ("supposedly") says how the question is put, not what it asks.
 */
function unhedged(groups: TermGroup[]): TermGroup[] {
  return groups.filter((g) => g.focus || !(HEDGES.has(fold(g.word)) || (!g.known && /^\p{Ll}{3,}ly$/u.test(g.word))));
}

/**
 * "go" ("where did the troops go", "when is the plant going to close") says only that something moves or will
 * happen: the other words say what. Where WordNet relatives stand in for them, it stays, so that a broader term
 * alone ("establishments" for "university") does not answer.
 */
function withoutGo(groups: TermGroup[]): TermGroup[] {
  const go = (g: TermGroup) => !g.focus && GO.has(fold(g.word));
  if (groups.some((g) => g.related) || !groups.some((g) => !g.focus && !go(g))) return groups;
  return groups.filter((g) => !go(g));
}

/** The forms of "go", the lightest of the light verbs. */
const GO = new Set(LIGHT_VERBS.filter((w) => baseForms(w, 'verb').includes('go')));

/**
 * Sentences read per question: a question many articles answer is answered, and its articles counted, from the
 * best of them; reading more would cost a thousand-article store more than one question may.
 */
const CANDIDATES = 40;

const PERSON_WORDS = new Set([...ROLE_TITLES, ...PERSON_NOUNS, ...RELATION_NOUNS, ...PERSON_ASKED_NOUNS]);

/** "it's (GOP Sen.) …", "it was …": the opening of a cleft sentence, up to the name it puts first. */
const CLEFT_BEFORE = /\bit(?:['’]s|\s+is|\s+was)\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu;
/** "… (, R-Texas,) who leads": the relative clause that closes the cleft. */
const CLEFT_AFTER = /^(?:\s*,[^,]{1,30},)?\s+who\b/i;

/** A role or other noun for a person ("detective", "boss", "widow"), singular or plural. */
function personNoun(word: string): boolean {
  const w = word.toLowerCase();
  return PERSON_WORDS.has(w) || PERSON_WORDS.has(w.replace(/s$/, ''));
}

/** Does the question end by asking after a person ("… the name of the French co-pilot?")? */
function personAsked(text: string): boolean {
  const last = /([\p{L}-]+)\W*$/u.exec(text)?.[1]?.toLowerCase() ?? '';
  return PERSON_WORDS.has(last) || PERSON_WORDS.has(last.replace(/s$/, ''));
}

const SAYING_FORMS = CUE_FORMS.filter((f) => f.role !== 'source' && !f.form.includes(' ')).map((f) => f.form);
/** A cue of saying right after a name, past a parenthesis ("Jane Roe (D-Lerno) told"). */
const CUE_AFTER = new RegExp(`^(?:\\s*\\([^()]{1,30}\\))?,?\\s+(?:${SAYING_FORMS.join('|')})\\b`, 'i');

const CUE_WORDS = new Set([...CUE_FORMS.map((f) => f.form), 'known', 'called', 'named', 'described']);

/** A lower-case verb, no cue of saying or naming, that no article uses in any form or synonym. */
function verbUnwritten(ctx: AskContext, verb: string): boolean {
  if (!/^\p{Ll}+$/u.test(verb) || isStopword(verb) || CUE_WORDS.has(verb.toLowerCase())) return false;
  return !termKeys(verb).some((k) => ctx.index.docFreq.has(k));
}

/** "Jane Roe, 41, of Lerno": the age a news text writes after a person's name. */
function ageGiven(ctx: AskContext, people: ActorEntry[]): Found | null {
  for (const person of people) {
    for (const { facts, actor } of person.refs) {
      for (const m of actor.mentions) {
        const age = /^,\s*(\d{1,3}),/.exec(facts.article.text.slice(m.end, m.end + 8));
        const sentence = facts.article.sentences[m.sentence];
        if (age && sentence) return { answer: age[1]!, citations: [citeSentence(facts.article, sentence)] };
      }
    }
  }
  return null;
}

/** "her 24-year-old boyfriend": an age written before the noun the question asks about ("How old is the boyfriend?"). */
function ageBeforeNoun(ctx: AskContext, question: string, topic: TermGroup[]): Found | null {
  const nouns = topic.filter((g) => !AGE_WRITTEN.test(g.word));
  if (nouns.length !== 1) return null;
  for (const entry of ctx.index.candidates(question, CANDIDATES)) {
    for (const m of entry.sentence.text.matchAll(/\b(\d{1,3})-years?-old\s+([\p{L}-]+)/gu)) {
      if (termKeys(m[2]!).some((k) => nouns[0]!.keys.includes(k))) return { answer: m[0].replace(/\s+\S+$/, ''), citations: [citeSentence(entry.facts.article, entry.sentence)] };
    }
  }
  return null;
}

/**
 * How much of the question's topic a sentence covers, or null when too little. Words the articles never use
 * count `unknownShare` of their weight (the article may say it otherwise); when two or more words the articles do use are asked about,
 * a sentence with only one of them must carry most of the weight ("How many people *live* in X?" is not
 * answered by a sentence about people arrested in X). With `every`, or where a WordNet relative stands in for a word,
 * each word the articles use must be met.
 */
function topicCoverage(topic: TermGroup[], terms: ReadonlySet<string>, unknownShare: number, every = false): number | null {
  if (topic.length === 0) return 1;
  const cover = coverOf(topic, terms, unknownShare, every);
  // a sentence the words as written cover is not held to the stricter rule its relatives bring
  if (cover === null && !every && topic.some((g) => g.related)) {
    const asWritten = topic.map((g) => (g.related ? { ...g, related: undefined, known: !g.onlyRelatives } : g));
    return coverOf(asWritten, terms, unknownShare, false);
  }
  return cover;
}

function coverOf(topic: TermGroup[], terms: ReadonlySet<string>, unknownShare: number, every: boolean): number | null {
  // a word the articles write only as its relatives, where the sentence has none of them, counts as unwritten
  const unmetRelatives = (g: TermGroup) => !!g.onlyRelatives && matchShare(g, terms) === 0;
  const known = topic.filter((g) => g.known && !unmetRelatives(g));
  const unknown = topic.filter((g) => !g.known || unmetRelatives(g));
  const matched = known.filter((g) => matchShare(g, terms) > 0);
  // where a relative stands in for a word, no other word the articles write may be left out as well
  const standIn = matched.some((g) => matchShare(g, terms) < 1);
  if ((every || standIn) && (matched.length < known.length || unknown.some((g) => g.onlyRelatives))) return null;
  const weight = (list: TermGroup[]) => list.reduce((n, g) => n + g.weight, 0);
  const cover = matched.reduce((n, g) => n + g.weight * matchShare(g, terms), 0) / (weight(known) + weight(unknown) * unknownShare || 1);
  if (cover < MIN_COVERAGE) return null;
  if (known.length >= 2 && matched.length < 2 && cover < 0.6) return null;
  return cover;
}

/**
 * 1 when the sentence names a focus actor, 0.5 when an earlier sentence of its paragraph does or it opens with a
 * pronoun whose referent is a focus actor, else 0. Without focus words, only the actors' mentions count.
 */
function focusNearness(ctx: AskContext, entry: SentenceEntry, focus: ActorEntry[], focusGroups: TermGroup[] = []): number {
  const names = (e: SentenceEntry) =>
    ctx.index.mentionsIn(e.id).some((m) => focus.includes(m.entry)) || (focusGroups.length > 0 && (coverage(focusGroups, e.terms) > 0 || namesDerived(focusGroups, e.terms)));
  if (names(entry)) return 1;
  const { article } = entry.facts;
  for (const s of paragraphOf(article.sentences, entry.sentence)) {
    if (s.index >= entry.sentence.index) continue;
    const other = sentenceEntry(ctx, article.id, s.index);
    if (other && names(other)) return 0.5;
  }
  const referent = referentOf(ctx, entry);
  return referent && focus.includes(referent.actor) ? 0.5 : 0;
}

/** "The company gives …", "the agency said": a body named before, referred back to by its kind. */
const BODY_NOUNS = ['group', 'company', 'firm', 'agency', 'organi[sz]ation', 'ministry', 'department', 'committee', 'council', 'campaign', 'airline', 'network'];
const REFERRING_OPENING = new RegExp(`^(?:(they|them|their|these|those|among them|of them|the\\s+(?:${BODY_NOUNS.join('|')}))|(he|she|his|her))\\b`, 'i');

/** How far back a pronoun's referent is looked for. */
const REFERENT_WINDOW = 8;

/**
 * "They are led by X" after a paragraph about "the Tigers Brigade": the last group or organisation named
 * before a sentence opening with they / the group (a person for he / she), within a few sentences.
 */
function referentOf(ctx: AskContext, entry: SentenceEntry): { actor: ActorEntry; named: SentenceEntry } | undefined {
  const opening = REFERRING_OPENING.exec(entry.sentence.text);
  if (!opening) return undefined;
  const types = opening[1] ? ['group', 'organization'] : ['person'];
  const { article } = entry.facts;
  for (let i = entry.sentence.index - 1; i >= Math.max(0, entry.sentence.index - REFERENT_WINDOW); i--) {
    const other = sentenceEntry(ctx, article.id, i);
    const mentions = other ? ctx.index.mentionsIn(other.id).filter((m) => types.includes(m.entry.type)) : [];
    if (other && mentions.length) return { actor: mentions.reduce((a, b) => (b.mention.start > a.mention.start ? b : a)).entry, named: other };
  }
  return undefined;
}

/** A sentence that opens by referring back (within its paragraph) ("They kneel …", "Among them is …", "The group, whose …"). */
const REFERS_BACK = /^(?:they|them|he|she|it|its|their|his|her|these|those|this|among them|of them|the group|the pair|the two|the men|the women)\b/i;

/**
 * The sentence's words, plus those of the sentence before when it opens by referring back to it: "Where are
 * the men trained?" is answered by "They … study survival coaching" after "… males wearing camouflage …". A
 * paragraph opening with they / he takes the words of the sentence naming its referent: "Who heads the group of
 * exiles?" is answered by "They are led by X" paragraphs after "… the Y Brigade, a group of exiles …".
 */
function termsWithAntecedent(ctx: AskContext, entry: SentenceEntry): ReadonlySet<string> {
  if (entry.sentence.index === 0 || !REFERS_BACK.test(entry.sentence.text)) return entry.terms;
  const prev = sentenceEntry(ctx, entry.facts.article.id, entry.sentence.index - 1);
  if (prev && prev.sentence.paragraph === entry.sentence.paragraph) return new Set([...entry.terms, ...prev.terms]);
  const referent = referentOf(ctx, entry);
  return referent ? new Set([...entry.terms, ...referent.named.terms]) : entry.terms;
}

/** A word made from a focus name: the demonym "Norwegian" (or "Peruvians") names Norway (Peru). */
function namesDerived(focusGroups: TermGroup[], terms: ReadonlySet<string>): boolean {
  const stems = focusGroups.map((g) => stem(g.word)).filter((w) => w.length >= 4);
  if (stems.length === 0) return false;
  for (const t of terms) if (stems.some((w) => t.length > w.length && t.length <= w.length + 4 && t.startsWith(w))) return true;
  return false;
}

/** The text of a sentence's paragraph. */
function paragraphText(entry: SentenceEntry): string {
  const { article } = entry.facts;
  const paragraph = article.paragraphs[entry.sentence.paragraph - 1];
  return paragraph?.text ?? entry.sentence.text;
}

/** The sentences of a sentence's paragraph, found around it (sentences are in order), not by a scan of the article. */
function paragraphOf(sentences: readonly Sentence[], s: Sentence): Sentence[] {
  let first = s.index;
  while (first > 0 && sentences[first - 1]?.paragraph === s.paragraph) first--;
  let last = s.index;
  while (sentences[last + 1]?.paragraph === s.paragraph) last++;
  return sentences.slice(first, last + 1);
}

function sentenceEntry(ctx: AskContext, articleId: string, index: number): SentenceEntry | undefined {
  const id = ctx.index.sentenceId(articleId, index);
  return id === undefined ? undefined : ctx.index.sentences[id];
}

/** "What *band* does X play in?", "which *channel* is X on": the kind of thing a what-question asks for. */
function kindAsked(q: ParsedQuestion): string | undefined {
  if (q.expect !== 'thing' && q.expect !== 'epithet') return undefined;
  const kind = /^(?:what|which)\s+(\w+)\s+(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could)\b/i.exec(q.text)?.[1];
  return kind && !isStopword(kind) ? kind : undefined;
}

/**
 * "Which subway *station* did X …", "what kind of *car* …", "which *newspaper* reported …": the phrase naming
 * the kind asked, its head (last word) and the words before it.
 */
function kindPhrase(q: ParsedQuestion): { head: string; modifiers: string[] } | undefined {
  if (q.expect !== 'thing' && q.expect !== 'epithet') return undefined;
  const words = (KIND_PHRASE.exec(q.text)?.[1] ?? /^which\s+([\p{L}-]+)\s+(?!(?:of|and|or|in)\b)/iu.exec(q.text)?.[1])?.split(' ');
  const head = words?.pop();
  return head && !isStopword(head) ? { head, modifiers: words!.filter((w) => !isStopword(w)) } : undefined;
}

const KIND_PHRASE = /^(?:what|which)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?((?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|got|gets|get)\b/iu;

/** "Is there a reward for …", "are there any witnesses": the thing whose existence is asked (the last word of its phrase). */
const EXISTENCE_ASKED = /^(?:is|are|was|were)\s+there\s+(?:(?:a|an|any|some|no)\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)(?=\s+(?:for|of|about|in|on|at|to|with|that|which|who)\b|\W*$)/iu;

/** A yes/no question about earlier times ("Has X been robbed before?", "Was she ever arrested?"). */
const HISTORY_ASKED = /^(?:has|have|had|was|were|is|are|did|does|do)\b.*\b(?:before|previously|ever|again|in\s+the\s+past|earlier)\W*$/i;
/** "X previously said", "X told reporters earlier": when something was said, not that it happened before. */
const EARLIER_SAID = new RegExp(`\\b(?:previously|earlier)\\s+(?:${SAYING_FORMS.join('|')})\\b|\\b(?:${SAYING_FORMS.join('|')})(?:\\s+\\w+)?\\s+(?:previously|earlier)\\b`, 'gi');
/** Words by which a text tells of other, earlier times. */
const HISTORY_WRITTEN = /\b(?:before|previous(?:ly)?|earlier|again|prior|past|second|another|repeated(?:ly)?|history|once|former(?:ly)?)\b/i;

/** "How did X respond / react / reply to …": what X did or said in return. */
const RESPONSE_ASKED = /^how\s+(?:did|does|do|has|have|had|will|would)\s+(.+?)\s+(?:respond|react|reply|answer|rebut|retort)\b/i;
const RESPONSE_KEYS = new Set(RESPONSE_VERBS.flatMap(termKeys));
const RESPONDED = new RegExp(`\\b(?:${RESPONDED_NOUNS.join('|')})s?\\b`, 'i');

/** Is the respondent (or a pronoun) the subject of a verb of saying or responding in the sentence? */
function respondsIn(ctx: AskContext, entry: SentenceEntry, respondent: ActorEntry[]): boolean {
  const s = entry.sentence;
  const mentions = ctx.index.mentionsIn(entry.id).filter((m) => respondent.includes(m.entry));
  return tokenize(s.text).some((t) => {
    const keys = termKeys(t.word);
    if (!keys.includes(SAY_CLASS) && !keys.some((k) => RESPONSE_KEYS.has(k))) return false;
    const subject = subjectOf(s.text, t.start, s.start);
    return !!subject && (PRONOUN_PHRASE.test(subject.text) || mentions.some((m) => m.mention.start >= subject.start && m.mention.end <= subject.end));
  });
}

/**
 * Does the sentence name something of the kind asked: the kind's word or a synonym, or a word before it inside a
 * name ("which radio outlet …" answered by "… for Lerno Talk Radio")?
 */
function namesKind(entry: SentenceEntry, kind: { head: string; modifiers: string[] }): boolean {
  if (hasWord(entry, kind.head)) return true;
  const named = new Set(nameSpans(entry.sentence.text, 0).flatMap((sp) => tokenize(sp.text).flatMap((t) => termKeys(t.word))));
  return kind.modifiers.some((m) => termKeys(m).some((k) => named.has(k)));
}

/** Dates, places and actors may sit in a neighbouring sentence of the paragraph ("They …" after the name). */
const FROM_NEIGHBOURS = new Set(['date', 'place', 'person']);

function extract(ctx: AskContext, q: ParsedQuestion, entry: SentenceEntry, groups: TermGroup[], focus: ActorEntry[]): Extracted | null {
  const own = extractFrom(ctx, q, entry, groups, focus);
  if (own || !FROM_NEIGHBOURS.has(q.expect)) return own;
  const { article } = entry.facts;
  for (const other of paragraphOf(article.sentences, entry.sentence)) {
    if (other.index === entry.sentence.index) continue;
    const neighbour = sentenceEntry(ctx, article.id, other.index);
    const found = neighbour ? extractFrom(ctx, q, neighbour, groups, focus) : null;
    if (found) {
      return { found: { answer: found.found.answer, citations: [citeSentence(article, entry.sentence), ...found.found.citations] }, distance: found.distance + 50, structural: false };
    }
  }
  return null;
}

function extractFrom(ctx: AskContext, q: ParsedQuestion, entry: SentenceEntry, groups: TermGroup[], focus: ActorEntry[]): Extracted | null {
  const s = entry.sentence;
  const cite = (answer: string, distance: number, structural = false): Extracted => ({
    found: { answer, citations: [citeSentence(entry.facts.article, s)] },
    distance,
    structural,
  });
  const anchors = anchorOffsets(s, groups);
  const questionWords = new Set(groups.map((g) => fold(g.word)));
  let spans: Span[];
  switch (q.expect) {
    case 'thing':
    case 'epithet': {
      if (q.said && !ctx.index.claimsIn(entry.id).some((c) => c.claim.speaker && sameHead(c.claim.speaker, q.subject ?? ''))) return null;
      // "What band does X play in?": the sentence itself names a band (or a synonym), not only its neighbours
      // (unless the articles never use the word: "What offense is X?" answered by "X is a misdemeanor")
      const kind = kindPhrase(q);
      if (kind && groups.some((g) => g.word === kind.head) && !namesKind(entry, kind)) return null;
      // "Which hospital …?" asks one by its name: "at the hospital" names none
      if (kind && /^which\b/i.test(q.text) && !nameSpans(s.text, s.start).some((sp) => !inQuestion(sp, questionWords))) return null;
      // "Is there a reward …?": only a sentence that names one says there is
      const exists = EXISTENCE_ASKED.exec(q.text)?.[1];
      if (exists && !hasWord(entry, exists)) return null;
      // "Has X been robbed before?" asks of earlier times: a sentence reporting the event itself does not answer it
      if (HISTORY_ASKED.test(q.text) && !HISTORY_WRITTEN.test(s.text.replace(EARLIER_SAID, ''))) return null;
      // "How did X respond to Y?" is answered only where X responds or says something, not where Y is told
      // …and where what X responds to is in sight: its author named in the sentence or its paragraph, or the
      // sentence taking up what was said ("called the remarks divisive")
      const response = RESPONSE_ASKED.exec(q.text);
      if (response) {
        const respondent = ctx.lookup.inText(response[1]!);
        if (!respondsIn(ctx, entry, respondent)) return null;
        const authors = ctx.lookup.inText(q.text.slice(response.index + response[0].length)).filter((e) => !respondent.includes(e));
        if (authors.length && focusNearness(ctx, entry, authors) === 0 && !RESPONDED.test(s.text)) return null;
      }
      // "What does X fear?" is not answered where someone else fears (X only named in what they fear)
      const verb = verbAfterFocus(q.text, groups);
      if (verb && someoneElseDoes(ctx, entry, verb, focus)) return null;
      return cite(s.text, 0);
    }
    case 'speaker': {
      const claim = ctx.index.claimsIn(entry.id).find((c) => c.claim.speaker);
      if (claim) return cite(ctx.index.actorOf(claim.claim.speakerId)?.name ?? claim.claim.speaker!, 0, true);
      spans = actorSpans(ctx, entry, ['person', 'organization', 'group']).filter((sp) => !inQuestion(sp, questionWords));
      // "…, Sen. Jane Roe (D-Lerno) told The Courier": the one a cue of saying follows speaks, not who listens
      const text = entry.facts.article.text;
      const speaking = spans.filter((sp) => CUE_AFTER.test(text.slice(sp.end, sp.end + 40)));
      if (speaking.length) spans = speaking;
      break;
    }
    case 'person':
    case 'profile':
    case 'quote': {
      // "Who is the detective?": a person the sentence titles so ("Police Detective Lt. Jane Roe said"), not the
      // subject of the title word read as a verb
      const titled = q.verb && !q.role && personNoun(q.verb) ? titledPerson(ctx, entry, { noun: q.verb, of: '' }) : null;
      if (titled) return cite(titled, 0, true);
      const subject = q.verb ? verbSubject(ctx, entry, q.verb, questionWords, q.object, q.passive, !!q.role) : null;
      if (subject) return cite(subject, 0, true);
      // "Who is the president of X?": only a person titled so, with X (or its demonym) in the title
      if (q.role) {
        const titled = titledPerson(ctx, entry, q.role);
        return titled ? cite(titled, 0, true) : null;
      }
      // "Four have been killed": the sentence has the verb but says nobody did it
      if (q.expect === 'person' && q.verb && !q.object && !q.passive && passiveWithoutAgent(s.text, q.verb)) return null;
      // "Who runs X?" is answered where X is named only by someone the sentence has running it
      if (q.expect === 'person' && q.verb && !q.object && !q.passive && actsOnFocus(q, focus) && !hasWord(entry, q.verb)) return null;
      // an object may be a place ("punished Minsk"); a subject is someone who acts
      const types = q.object ? ['person', 'organization', 'group', 'place'] : ['person', 'organization', 'group'];
      // "Russian and Belarusian" (borders) are adjectives, not someone
      spans = actorSpans(ctx, entry, types).filter((sp) => !inQuestion(sp, questionWords) && !(sp.actor && focus.includes(sp.actor)) && !onlyDemonyms(sp.text));
      // "the University of California at Irvine", not "Irvine"; "4°C" is no one
      spans = wholeNames(s.text, s.start, spans).filter((sp) => !UNIT_LETTER.test(entry.facts.article.text.slice(Math.max(0, sp.start - 2), sp.end)));
      // "who scored in the cup final": a name sharing the question's words ("the National Cup") is what it asks about

      // "In Lerno, it's Sen. Jane Roe who has visited most": the one a cleft sentence puts first answers its who
      const clefted = q.expect === 'person' && !q.passive ? spans.find((sp) => CLEFT_BEFORE.test(s.text.slice(0, sp.start - s.start)) && CLEFT_AFTER.test(s.text.slice(sp.end - s.start))) : undefined;
      if (clefted) return cite(clefted.text, 0, true);
      break;
    }
    case 'date': {
      // "he told reporters in March" dates the telling: it answers when something was said, not when the war began
      const text = entry.facts.article.text;
      const askedSaying = contentTerms(q.text).some(({ keys }) => keys.includes(SAY_CLASS));
      // "now" or "to date" never answers when something did happen
      // nor when something will happen, nor on what date ("now" between now and the next meeting)
      const past = PAST_ASKED.test(q.text) || /\b(?:will|date|day)\b/i.test(q.text);
      // "What date in April …?" is not answered by "April": a date the question already gives adds nothing, and
      // a date elsewhere in the year is not in April
      const month = monthAsked(q.text);
      spans = datesOf(ctx, entry).filter(
        (sp) => (askedSaying || !datesSaying(text.slice(Math.max(s.start, sp.start - 30), sp.start))) && !(past && sp.value === 'PRESENT_REF') && !inQuestion(sp, questionWords) &&
          (month === undefined || tokenize(sp.text).some((t) => MONTHS.get(t.word.toLowerCase().replace(/\.$/, '')) === month)),
      );
      // "What time …?" is answered by a time of day; "what day / date …?" by a day the calendar names, not "today"
      if (TIME_ASKED.test(q.text)) spans = spans.filter((sp) => CLOCK.test(sp.text));
      else if (DAY_ASKED.test(q.text)) spans = spans.filter((sp) => tokenize(sp.text).some((t) => /\d/.test(t.word) || MONTHS.has(fold(t.word).replace(/\.$/, '')) || WEEKDAYS.has(fold(t.word))));
      break;
    }
    case 'number': {
      // a share ("1%", "35 per cent") is no count, unless a share is what is asked
      const share = /\b(?:percent|per cent|percentage|share|proportion)\b|%/i.test(q.text);
      const text = entry.facts.article.text;
      // "how big is X" and "how many N are in X" measure X; "how many N …" counts N
      const counted = /^how\s+many\b/i.test(q.text) && !SIZE_ASKED.test(q.text) ? countedNouns(q.topic) : [];
      const money = MONEY_ASKED.test(q.text);
      // "how much did X go up": a change may be given as a share ("up 2.1 percent"), and is no span of time; so
      // may any amount of something not counted ("how much support does X have": "just 1 percent")
      const much = /^how\s+much\b/i.test(q.text) && !money;
      const change = much && CHANGE_ASKED.test(q.text);
      const counting = /^how\s+many\b/i.test(q.text);
      // "nearly 300 *applicants*" for "how many applied": the word after the number is made from an asked word
      const nextWord = (sp: Span) => /^\s+([\p{L}-]+)/u.exec(text.slice(sp.end, sp.end + 30))?.[1];
      const followedBy = (sp: Span, has: (g: TermGroup, k: string) => boolean) => {
        const w = nextWord(sp);
        return !!w && termKeys(w).some((k) => groups.some((g) => !g.focus && has(g, k)));
      };
      // (a word of the asked word's own sense, not a broader one: "thefts" are not all "robberies")
      const madeFromAsked = (sp: Span) => followedBy(sp, (g, k) => (g.related?.get(k) ?? 0) >= SYNONYM_SHARE);
      // "how big is the fire" is not answered by "two days ago"
      const sized = change || /^how\s+(?:big|large)\b/i.test(q.text);
      spans = amountSpans(s.text, s.start).filter(
        (sp) =>
          // and when a share is asked, only a share answers ("What percentage …?" is not answered by "one")
          (share ? /^\s*(?:%|per ?cent)/i.test(text.slice(sp.end, sp.end + 9)) : much || !/^\s*(?:%|per ?cent)/i.test(text.slice(sp.end, sp.end + 9))) &&
          !(sized && TIME_UNIT_AFTER.test(text.slice(sp.end, sp.end + 12))) &&
          // "a three-month class", "a 12-year-old": a number joined to its noun describes it, it counts nothing
          !(counting && joinedNoun(text.slice(sp.end, sp.end + 20), q.text)) &&
          (countsThat(counted, text.slice(sp.end, sp.end + 60)) || (counted.length > 0 && madeFromAsked(sp))) &&
          (!money || CURRENCY.test(text.slice(Math.max(0, sp.start - 2), sp.end + 12))),
      );
      spans = answeringAmounts(text, 0, spans, q.text, change);
      // "how big is the assembly": "the 151-member assembly" gives its size
      const whole = /^how\s+(?:big|large)\s+(?:is|are|was|were)\s+(?:.+\s)?([\p{L}-]+)$/iu.exec(q.text.replace(/[?.!\s]+$/, ''))?.[1];
      const sizing = whole ? spans.filter((sp) => MEMBERED.test(text.slice(sp.end, sp.end + 20)) && termKeys(/^-\p{L}+\s+([\p{L}-]+)/u.exec(text.slice(sp.end, sp.end + 40))?.[1] ?? '').some((k) => termKeys(whole).includes(k))) : [];
      if (sizing.length) spans = sizing;
      // the number that names what is asked after it ("300 applicants", "14 companies") before any other
      const derived = counted.length ? spans.filter(madeFromAsked) : [];
      // ("How many companies were in the class?" asks the class's size: the number of companies, where one is given)
      const sizeOf = termKeys(SIZE_ASKED.exec(q.text)?.[1] ?? '');
      const named = sizeOf.length ? spans.filter((sp) => termKeys(nextWord(sp) ?? '').some((k) => sizeOf.includes(k))) : [];
      if (derived.length) spans = derived;
      else if (named.length) spans = named;
      // "2.1 percent": a share is answered with its sign, not as a bare number
      spans = spans.map((sp) => {
        const sign = /^\s*(?:%|per ?cent(?:age points?)?)/i.exec(text.slice(sp.end, sp.end + 20));
        return sign ? { start: sp.start, end: sp.end + sign[0].length, text: text.slice(sp.start, sp.end + sign[0].length) } : sp;
      });
      // "How much does X weigh?": a number given in the measure's units ("200 pounds")
      const units = tokenize(q.text).map((t) => measureUnits(t.word)).find(Boolean);
      if (units) {
        spans = spans.flatMap((sp) => {
          const unit = /^[\s-]*([\p{L}/]+)/u.exec(text.slice(sp.end, sp.end + 16));
          return unit && units.includes(fold(unit[1]!)) ? [{ start: sp.start, end: sp.end + unit[0].length, text: text.slice(sp.start, sp.end + unit[0].length) }] : [];
        });
      }
      // "How many … have died?": a number whose clause has that verb ("Four have been killed"), not another count
      // (a hedge or a particle, "have *back* in 2009", is no verb)
      const predicate = countPredicate(q.text, (w) => questionWords.has(fold(w)) && groups.some((g) => g.focus && fold(g.word) === fold(w)) || termKeys(w).includes(SAY_CLASS) || HEDGES.has(fold(w)) || PARTICLES.test(w));
      if (predicate && termKeys(predicate).some((k) => ctx.index.docFreq.has(k))) {
        spans = spans.filter((sp) => clauseHas(clauseAround(s, sp), predicate));
        // "said 40 had been sighted, … as saying three had been *recovered*": the count the verb follows closely
        const close = spans.filter((sp) => clauseHas(text.slice(sp.end, sp.end + 60).split(/\s+/).slice(0, 7).join(' '), predicate));
        if (close.length) spans = close;
      }
      break;
    }
    case 'duration': {
      const text = entry.facts.article.text;
      const age = AGE_ASKED.test(q.text);
      // "a 24-year-old man" gives an age, not how long anything lasted; a bare number ("one") answers only an age
      spans = durationSpans(s.text, s.start).filter((sp) => age || !/^-?\s*old\b/i.test(text.slice(sp.end, sp.end + 5)));
      if (spans.length === 0 && age) spans = numberSpans(s.text, s.start);
      break;
    }
    case 'place': {
      const subject = q.verb ? verbSubject(ctx, entry, q.verb, questionWords, false) : null;
      if (subject) return cite(subject, 0, true);
      // "Which town …?" and "where in X …?" are not answered by a country
      const settlement = SETTLEMENT_ASKED.test(q.text);
      // a name the actor stage typed otherwise is a place where a locative puts it ("off the coast of X", "in X")
      const text = entry.facts.article.text;
      // (a month or a weekday is when: "in June")
      const located = actorSpans(ctx, entry, ['organization', 'group', 'person']).filter(
        (sp) => LOCATIVE_BEFORE.test(text.slice(Math.max(0, sp.start - 30), sp.start)) && !MONTHS.has(fold(sp.text)) && !WEEKDAYS.has(fold(sp.text)),
      );
      spans = [...actorSpans(ctx, entry, ['place']), ...located].filter((sp) => !inQuestion(sp, questionWords) && !(settlement && (COUNTRY_NAMES.has(fold(sp.text)) || venue(sp.text))) && !onlyDemonyms(sp.text));
      // "LERNO (Agency) - … pulled bodies from the sea off X": the dateline says where it was written, the
      // sentence where it happened; the dateline answers only when the sentence names no other place
      const dateline = DATELINE.exec(s.text)?.[0].length ?? 0;
      const inText = spans.filter((sp) => sp.start - s.start >= dateline);
      if (inText.length) spans = inText;
      break;
    }
  }
  if (spans.length === 0) return null;
  // a place is the complement of the verb: "fighting for X", "fled to X"; prefer what follows the question's words
  const best = q.expect === 'place' ? nearest(spans, anchors, 0.5, entry.facts.article.text) : nearest(spans, anchors);
  // "the period 2007-2013": a year that opens a range answers with the range
  if (q.expect === 'date') {
    const range = /^[-–]\d{4}\b/.exec(entry.facts.article.text.slice(best.span.end, best.span.end + 5));
    if (range) return cite(entry.facts.article.text.slice(best.span.start, best.span.end + range[0].length), best.distance);
    // "signed by Friday" is a deadline: the day alone would say it happens that day
    const by = /\bby\s+$/i.exec(entry.facts.article.text.slice(Math.max(0, best.span.start - 4), best.span.start));
    if (by && /^\p{Lu}|^\d/u.test(best.span.text)) return cite(`by ${best.span.text}`, best.distance);
  }
  if (q.expect === 'number') return cite(withUnitAfter(entry.facts.article.text, best.span, groups, q.text), best.distance);
  return cite(q.expect === 'place' ? (joinedPlace(entry.facts.article.text, best.span) ?? best.span.text) : best.span.text, best.distance);
}

/** "three-*month*": the word a number is hyphen-joined to, when the question does not ask it ("how many *years*" / "28-year"). */
function joinedNoun(after: string, question: string): boolean {
  const joined = /^-(\p{L}+)/u.exec(after)?.[1];
  if (!joined) return false;
  const asked = new Set(tokenize(question).flatMap((t) => termKeys(t.word)));
  return !termKeys(joined).some((k) => asked.has(k));
}

/** Words for units a number is given in, beside the measures a question may name. */
const UNIT_WORDS = new Set([...MEASURES.flatMap((m) => m.units), 'degree', 'degrees', ...AREA_UNITS, ...Object.keys(CURRENCY_WORDS)]);

/**
 * "more than 10 *feet*", "about 30 *ships*", "3.6 degrees *Fahrenheit*": a number with the unit or the counted
 * thing written right after it, so the answer says what it counts.
 */
function withUnitAfter(text: string, span: Span, groups: TermGroup[], question: string): string {
  const after = /^[\s-]*([\p{L}/]+)(?:\s+(?:Celsius|Fahrenheit|C|F)\b)?/u.exec(text.slice(span.end, span.end + 40));
  if (!after) return span.text;
  const word = after[1]!;
  // the noun "how many" asks is what is counted even where it only names the answer's type ("how many *times*")
  const asked = /\bhow\s+many\s+([\p{L}-]+)/iu.exec(question)?.[1];
  const counted = groups.some((g) => !g.focus && termKeys(word).some((k) => g.keys.includes(k) || g.related?.has(k))) || (!!asked && termKeys(word).some((k) => termKeys(asked).includes(k)));
  // after a magnitude, the noun is what the amount is of: "4.5 billion ariary", "3.7 million voters"
  const ofMagnitude = MAGNITUDE_END.test(span.text) && /^\s+\p{Ll}/u.test(after[0]) && !isStopword(word) && !/(?:ed|ing|ly)$/.test(word);
  return UNIT_WORDS.has(fold(word)) || counted || ofMagnitude ? text.slice(span.start, span.end + after[0].length) : span.text;
}

const MAGNITUDE_END = /\b(?:million|billion|trillion|thousand|bn|mn)$/i;

/**
 * The subject (or passive agent) of the question's verb where the sentence uses the same verb: "Who leads X?"
 * answered from "… are led by Y", "Who hacked X?" from "cyber activists just lately hacked X"; for "Who did X
 * punish?" its object. An actor named inside the phrase is answered by its name.
 */
function verbSubject(ctx: AskContext, entry: SentenceEntry, verb: string, questionWords: Set<string>, object: boolean, passive = false, nameOnly = false): string | null {
  const s = entry.sentence;
  const key = stem(verb);
  const classes = termKeys(verb).filter((k) => k.startsWith('~'));
  // the sentence's index keys tell, without reading it, whether it has the verb or a synonym at all
  if (!hasWord(entry, verb)) return null;
  const tokens = tokenize(s.text);
  const synonym = (t: { word: string }) => termKeys(t.word).some((k) => classes.includes(k));
  // the same verb, or a synonym used passively with its agent ("in charge of" → "led by"); an object is asked
  // of any synonym ("What do the exiles want to join?" from "… needs to hitch X")
  // a noun of the same stem ("with sanctions") is no verb; then a synonym verb ("punished") is taken instead
  const asVerb = (i: number) => !NOUN_BEFORE.test(tokens[i - 1]?.word ?? '');
  const asNoun = tokens.some((t, i) => stem(t.word) === key && !asVerb(i));
  const token =
    tokens.find((t, i) => stem(t.word) === key && asVerb(i)) ??
    tokens.find((t, i) => (object || asNoun || tokens[i + 1]?.word.toLowerCase() === 'by') && asVerb(i) && stem(t.word) !== key && synonym(t));
  if (!token) return null;
  // "Who was punished?" from an active sentence ("X punished Minsk"): what the verb acts on
  const wantsObject = object || (passive && !isPassiveAt(s.text, token.start));
  // "… after he claimed victory": "he" / "she" is the person named before it
  const pronoun = wantsObject ? null : /\b(?:he|she)\s+$/i.exec(s.text.slice(Math.max(0, token.start - 4), token.start));
  if (pronoun) return personBefore(ctx, entry, s.start + token.start - pronoun[0].length)?.name ?? null;
  const found = wantsObject ? objectOf(s.text, token.start, s.start) : subjectOf(s.text, token.start, s.start);
  // "A spokesman for X declined": the subject is the spokesman, whose phrase the name only ends
  const head = found && !wantsObject ? /\b(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+\s+(?:for|of)\s+$/u.exec(s.text.slice(0, found.start - s.start)) : null;
  const span = found && head ? { start: found.start - head[0].length, end: found.end, text: s.text.slice(found.start - s.start - head[0].length, found.end - s.start) } : found;
  if (!span || inQuestion(span, questionWords)) return null;
  // any other pronoun ("We didn't start …") names no one by itself
  if (PRONOUN_PHRASE.test(span.text)) return null;
  // an object asked with who / which unit is someone named ("punished Oslo"), not a quantity ("join lots of …");
  // "Who was arrested?" is answered by whoever the verb acts on, and a counted group is someone ("arrested three men")
  if (wantsObject && !passive && !/\p{Lu}/u.test(span.text) && !countsPeople(span.text)) return null;
  const text = entry.facts.article.text;
  const actors = actorSpans(ctx, entry, ['person', 'organization', 'group', 'place']);
  const inside = actors.filter((a) => a.start >= span.start && a.end <= span.end);
  // a name that only qualifies the phrase ("a spokesman for X", "X's rival") is not who is meant
  const qualifies = (a: Span) => /\b(?:for|of|to|from|with|at|in|on|by|about)\s+(?:the\s+)?$/i.test(text.slice(span.start, a.start)) || /^['’]s\b/.test(text.slice(a.end, a.end + 3));
  const named = inside.find((a) => !qualifies(a));
  if (named) return named.text;
  // "… X's primary rival for the nomination, Jane Roe": the name in apposition after the phrase (and its "for …")
  const appositive = actors.find((a) => a.start > span.end && /^(?:\s+(?:for|of|in|to|at)\s+[^,;.“”"]*)?\s*,\s*$/.test(text.slice(span.end, a.start)));
  if (inside.length && appositive) return appositive.text;
  // a role noun standing for the verb ("leader" → "led by X") answers only with a name, not "the nation's protection"
  return nameOnly ? null : span.text;
}

/**
 * The person "he" / "she" at `at` stands for: the last one named before it in the sentence, passing over a name
 * used to describe someone else ("a Putin ally", "Smith's aide"), else the person an opening pronoun refers to.
 */
function personBefore(ctx: AskContext, entry: SentenceEntry, at: number): ActorEntry | undefined {
  const text = entry.facts.article.text;
  const named = ctx.index
    .mentionsIn(entry.id)
    .filter((m) => m.entry.type === 'person' && m.mention.end <= at && !DESCRIBES_OTHER.test(text.slice(m.mention.end, m.mention.end + 20)))
    .sort((a, b) => b.mention.start - a.mention.start);
  return named[0]?.entry ?? referentOf(ctx, entry)?.actor;
}

/** After a name, words that make it describe someone else: "Putin ally", "Lee's aide", "Kremlin-backed". */
const DESCRIBES_OTHER = new RegExp(`^(?:['’]s\\b|-\\p{Ll}|\\s+(?:${RELATION_NOUNS.join('|')})s?\\b)`, 'u');

/** "three men", "12 protesters": a cardinal and what it counts. */
function countsPeople(phrase: string): boolean {
  const first = /^(\S+)\s+\p{L}/u.exec(phrase)?.[1]?.toLowerCase();
  return !!first && (/^\d+$/.test(first) || CARDINALS.has(first));
}

/** A person (or body) the sentence titles with the role asked and what it is of ("Chilean opposition chief X"). */
function titledPerson(ctx: AskContext, entry: SentenceEntry, role: { noun: string; of: string }): string | null {
  const roleKeys = new Set(termKeys(role.noun));
  if (![...roleKeys].some((k) => entry.terms.has(k))) return null;
  // "US" is a name here, not the pronoun
  const ofStems = tokenize(role.of).filter((t) => !isStopword(t.word) || /^\p{Lu}+$/u.test(t.word)).map((t) => stem(t.word));
  const text = entry.facts.article.text;
  for (const { mention, entry: actor } of ctx.index.mentionsIn(entry.id)) {
    if (actor.type !== 'person' && actor.type !== 'organization') continue;
    const title = tokenize(`${titleBefore(text, mention.start) ?? ''} ${appositiveTitle(text, mention.start)} ${titleAfter(text, mention.end)}`).map((t) => t.word);
    if (!title.some((w) => termKeys(w).some((k) => roleKeys.has(k)))) continue;
    // each qualifier as written, as a demonym ("Russian" for Russia) or a synonym ("information" for news)
    const qualified = (o: string) => title.some((w) => stem(w).startsWith(o) || termKeys(w).some((k) => k.startsWith('~') && termKeys(o).includes(k)));
    // a long qualifier may leave one word to the article ("head of the rescue agency" in a story set in Indonesia)
    const missing = ofStems.filter((o) => !qualified(o)).length;
    if (missing === 0 || (ofStems.length >= 3 && missing === 1)) return actor.name;
  }
  return null;
}

const APPOSITIVE_WORDS = 8;

/** "The mayor of Lerno, Jane Roe, …": the role a name follows in apposition (its comma right before the name). */
function appositiveTitle(text: string, nameStart: number): string {
  const comma = /,\s*$/.exec(text.slice(Math.max(0, nameStart - 3), nameStart));
  if (!comma) return '';
  // the whole phrase back to its clause's start: "the head of the port's rescue agency" is longer than a lead-in
  const phrase = text.slice(Math.max(0, nameStart - comma[0].length - 100), nameStart - comma[0].length).split(/[.,;:!?"“”()\n–—]/).pop() ?? '';
  return phrase.trim().split(/\s+/).slice(-APPOSITIVE_WORDS).join(' ');
}

/**
 * "Jane Roe, head of the port authority, said …", "Rep. Jane Roe (D-Lerno), the leader of the caucus": the role
 * a name is given in apposition after it, up to the next comma or stop.
 */
function titleAfter(text: string, nameEnd: number): string {
  const m = /^(?:\s*\([^()]{1,30}\))?,\s+((?:the\s+|a\s+|an\s+)?\p{Ll}[^,.;:()“”"]{0,80})/u.exec(text.slice(nameEnd, nameEnd + 140));
  return m?.[1] ?? '';
}

/** Nouns that ask a count of anything ("how many *people* …"): they match whatever the number counts. */
const ANY_COUNT = new Set(['people', 'person', 'member', 'individual', 'one', 'time', 'year', 'month', 'week', 'day', 'hour'].map(stem));
const MONEY_ASKED = /\bhow\s+much\b.*\b(?:cost|costs|price|pay|paid|spend|spent|worth|earn|earned|money|fund|funds|budget)\b/i;
const CURRENCY = /[$€£¥₽]|\b(?:dollars?|euros?|pounds?|roubles?|rubles?|yuan|yen|cents?|pence|francs?|hryvnias?|zlotys?)\b/i;

/** "How many *soldiers* does …": the words naming what is counted, before the question's verb. */
function countedNouns(topic: string): string[][] {
  const out: string[][] = [];
  for (const word of topic.split(' ')) {
    if (!/^\p{L}/u.test(word) || /^(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|there)$/i.test(word)) break;
    const keys = termKeys(word);
    if (keys.some((k) => ANY_COUNT.has(k))) return [];
    if (keys.length) out.push(keys);
  }
  return out;
}

/**
 * Does the number count what the question asks? True when the words after it (past "of" and adjectives) name
 * the counted thing or a synonym ("three males" for "men"), or when a verb follows ("Four have been killed").
 */
function countsThat(counted: string[][], after: string): boolean {
  if (counted.length === 0) return true;
  // (a figure's own comma or point, "64,000", ends no clause)
  const words = after.split(/[.,](?!\d)|[;:!?“”"()–—]/)[0]!.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  // a number that ends its clause ("from 19 to 60,") counts nothing named; one before a verb stands for the noun
  if (!first) return false;
  // ("January 1 and …" counts nothing: only an auxiliary after the number makes it stand for the noun)
  if (/^(?:have|has|had|were|was|are|is|will|would|could|may|might|must|can|did|do|does|died|remain|remained)$/i.test(first)) return true;
  const following = new Set(words.slice(0, 5).flatMap((w) => termKeys(w)));
  return counted.some((keys) => keys.some((k) => following.has(k)));
}

/** Words before a noun, never before a verb ("with *sanctions*", "the *leader*"). */
const NOUN_BEFORE = /^(?:the|a|an|with|of|for|his|her|their|its|our|my|your|this|these|those|such)$/i;


const SAY_CLASS = termKeys('say').find((k) => k.startsWith('~'))!;

/** Do the words before a date end in an attribution ("stated", "advised reporters in")? */
function datesSaying(before: string): boolean {
  const clause = before.split(/[.,;:“”"]/).pop() ?? '';
  return contentTerms(clause).some(({ keys }) => keys.includes(SAY_CLASS));
}

/** A change asked of a quantity: "how much has X gone up / risen / fallen". */
const CHANGE_ASKED = /\b(?:up|down|rise|rose|risen|rising|increase[ds]?|fall|fell|fallen|drop(?:ped)?|grow|grew|grown|decline[ds]?|gain(?:ed)?|climb(?:ed)?|jump(?:ed)?|shr[iu]nk|lose|lost)\b/i;
/** A number followed by a unit of time ("the past 12 months") measures a span of time, not the change. */
const TIME_UNIT_AFTER = new RegExp(`^[\\s-]*(?:${[...TIME_UNITS.keys()].filter((u) => !u.includes(' ')).join('|')})s?\\b`, 'i');

/** "What time did …", "at what time …": a time of day is asked. */
const TIME_ASKED = /^(?:at\s+)?what\s+time\b(?!\s+of\s+(?:the\s+)?year)/i;
/** "What day / date …", "on which day …": a day of the calendar is asked. */
const DAY_ASKED = /^(?:on\s+)?(?:what|which)\s+(?:day|date)\b/i;
/** A time of day as news writes it: "3:15 p.m.", "9am", "noon", "midnight". */
const CLOCK = /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b|\b(?:noon|midnight|o['’]clock)\b/i;

/** A when-question about something done: "when did / was / were / had …". */
const PAST_ASKED = /^(?:when|(?:(?:in|on|during)\s+)?(?:what|which)\s+\w+)\s+(?:did|was|were|had)\b/i;

function datesOf(ctx: AskContext, entry: SentenceEntry): (Span & { value?: string | null })[] {
  // the date stage's facts when it ran on this article; the date reader only for articles it left without any
  if (entry.facts.dates.length) {
    return ctx.index.datesIn(entry.id).filter((d) => d.date.kind !== 'duration').map((d) => ({ start: d.date.start, end: d.date.end, text: d.date.text, value: d.date.value }));
  }
  return dateSpans(entry.sentence.text, entry.sentence.start);
}

/**
 * Actor mentions of the given types in the sentence (answered by the actor's name), plus capitalised names the
 * actor stage did not take ("French police") when they overlap no mention.
 */
function actorSpans(ctx: AskContext, entry: SentenceEntry, types: string[]): ActorSpan[] {
  const mentions = ctx.index.mentionsIn(entry.id);
  const spans: ActorSpan[] = mentions
    .filter((m) => types.includes(m.entry.type))
    .map((m) => ({ start: m.mention.start, end: m.mention.end, text: m.entry.name, actor: m.entry }));
  const names = nameSpans(entry.sentence.text, entry.sentence.start).filter((n) => !mentions.some((m) => m.mention.start < n.end && n.start < m.mention.end));
  // a name the actor stage saw but typed otherwise (a place asked as a person) is not a fallback name
  const all = [...spans, ...(types.includes('place') && mentions.length ? [] : names)];
  // "a Putin ally" describes someone else: the name is no one who acts in the sentence
  const text = entry.facts.article.text;
  return types.includes('place') ? all : all.filter((sp) => !DESCRIBES_OTHER.test(text.slice(sp.end, sp.end + 20)));
}


/** "151-member", "300-strong": a number joined to what a body is made of gives its size. */
const MEMBERED = /^-(?:member|seat|strong|person|man|woman)\s/i;

const VENUES = new Set(VENUE_NOUNS);
/** "Ben Gurion International Airport": a venue, named, is in a town but is none ("what city …?"). */
const venue = (name: string) => VENUES.has(fold(name.split(/\s+/).pop() ?? ''));

/** A capital letter joined to a figure ("4°C", "32F") is a unit. */
const UNIT_LETTER = /\d\s?°?[A-Z]$/;

/** Is the span something the question already names? Word for word, or as its demonym ("Russian" / "Russia"). */
function inQuestion(span: Span, questionWords: Set<string>): boolean {
  const words = tokenize(span.text).map((t) => fold(t.word));
  const asked = [...questionWords];
  const named = (w: string) => questionWords.has(w) || asked.some((q) => Math.min(q.length, w.length) >= 4 && (q.startsWith(w) || w.startsWith(q)));
  return words.length > 0 && words.every(named);
}

/** Article offsets of the question's topic words in the sentence: the answer is expected near them. */
function anchorOffsets(s: Sentence, groups: TermGroup[]): number[] {
  const out: number[] = [];
  for (const { token, keys } of contentTerms(s.text)) {
    if (groups.some((g) => !g.focus && (g.keys.some((k) => keys.includes(k)) || keys.some((k) => g.related?.has(k))))) out.push(s.start + token.start);
  }
  return out;
}

const LOCATIVE_BEFORE = /\b(?:in|at|near|off|outside|inside|into|on)\s+(?:the\s+)?(?:(?:coast|shores?|edge|outskirts|centre|center)\s+of\s+(?:the\s+)?)?$/i;

/** "What date in April …", "on which day in May …": the month a date question is confined to (long names only). */
function monthAsked(question: string): number | undefined {
  const m = /\b(?:in|of|during)\s+(\p{L}+)/iu.exec(question)?.[1]?.toLowerCase();
  return m && m.length > 3 && m !== 'may' ? MONTHS.get(m) : undefined;
}

/** A dateline opening a story: "LERNO, Norland (Agency) - ", "PORT WENDLE, Calif. -- ". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’/-]+(?:,\s*[\p{L}\s.'’/-]{2,30}?)?\s*(?:\([^()]{1,30}\))?\s*(?:--?|–|—)\s/u;

/** Characters a clause break (comma, semicolon, dash) between a place and the question's words counts as. */
const CLAUSE_BREAK = 40;

/**
 * The span closest to the question's words; `afterWeight` < 1 favours spans that follow them. Given the text,
 * a span in another clause counts as further ("stalled near Lyon, troops withdrew into Spain").
 */
function nearest(spans: Span[], anchors: number[], afterWeight = 1, text?: string): { span: Span; distance: number } {
  const gap = (from: number, to: number) => (text && /[,;–—]/.test(text.slice(from, to)) ? CLAUSE_BREAK : 0);
  let best = { span: spans[0]!, distance: Infinity };
  for (const span of spans) {
    const d = anchors.length
      ? Math.min(...anchors.map((a) => (a < span.start ? (span.start - a) * afterWeight + gap(a, span.start) : a >= span.end ? a - span.end + 1 + gap(span.end, a) : 0)))
      : 0;
    if (d < best.distance) best = { span, distance: d };
  }
  return best;
}
