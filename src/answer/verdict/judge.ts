import type { ActorEntry, SentenceEntry, StoreIndex } from '../../store/indices';
import { fold, tokenize } from '../../store/terms';
import { citeSentence } from '../cite';
import type { ActorLookup } from '../lookup';
import { closeSpelling } from '../similarity';
import { coverage, termGroups, type TermGroup } from '../support';
import type { Citation } from '../types';
import { alikeStems, amounts, currencyOf, negationHeads, negates, comparedBackwards, contrasted, exclusiveValues, leftOpen, otherNumbered, PLACE_PREPOSITIONS, placeSlots, type PlaceSlot, countSame, dateKeys, sameYear, samePlaceKind, negatedWords, opposedWords, placeKeys, placeWords, sameAmount, withinAmount, type Amount } from './features';
import { despin, indexTerms, isStopword, stem, termKeys } from '../../store/terms';
import { NEGATION_WORDS, SCOPE_WORDS } from '../../lexicon/antonyms';
import { CHAT_OPENERS, LIGHT_WORDS, OPINION_CUES, REFERRING_WORDS, SAYING_NOUNS } from '../../lexicon/chat-statements';
import { CUE_FORMS } from '../../lexicon/cues';
import { CARDINALS } from '../../lexicon/number-words';
import { TIME_UNITS } from '../../lexicon/calendar';
import { GENDERED_PRONOUNS, type Gender } from '../../lexicon/gender';
import { actorGenders } from '../../extract/gender';
import type { ArticleFacts } from '../../extract/types';
import { VENUE_NOUNS } from '../../lexicon/place-nouns';
import { relativesOf } from '../../lexicon/wordnet';

/** Plain cues that add nothing to what is said. */
const NEUTRAL_LEMMAS = ['said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'added', 'adds', 'adding', 'noted', 'notes', 'noting', 'explained', 'explains', 'explaining', 'claim', 'claims', 'claimed', 'claiming'];

export type Verdict = 'supported' | 'contradicted' | 'not_covered';

/** What one statement was found to be, and the sentence it rests on (none when not covered). */
export interface Judgement {
  verdict: Verdict;
  /** Why a statement is contradicted ("the article gives fewer than 30"), or null. */
  reason: string | null;
  citation: Citation | null;
  /** The actors the statement names: what a digest says the thread discussed. */
  actors: ActorEntry[];
}

const LIGHT = new Set(LIGHT_WORDS);
const SCOPE = new Set(SCOPE_WORDS.flat());
/** Negations are compared as such (on both sides), not as words to find. */
const NEGATORS = new Set(NEGATION_WORDS);
const REFERRING = new RegExp(`^(?:the\\s+\\p{Ll}+)|\\b(?:${REFERRING_WORDS.join('|')})\\b`, 'iu');

/** Share of a statement's (rarity-weighted) content words a sentence must hold to support it… */
const SUPPORT = 0.65;
/** …and to be about the same thing, so that a different number, date, place or speaker contradicts it. */
const RELATED = 0.5;
/** A contradiction by negation or an opposite word needs the rest of the statement to match this well. */
const CLOSE = 0.6;
/** Sentences compared with each statement: enough to find the one it rests on, few enough for a long /digest. */
const CANDIDATES = 15;
/** How far back a sentence that refers back ("they") may find the name it stands for. */
const CONTEXT_SENTENCES = 8;

/** Verbs that attribute what follows to the name before them: saying and opinion cues, as written. */
const CUE = `(?:${[...new Set([...CUE_FORMS.filter((c) => c.role !== 'source' && !c.spun).map((c) => c.form), ...OPINION_CUES])]
  .sort((a, b) => b.length - a.length)
  .map((f) => f.replace(/ /g, '\\s+'))
  .join('|')})(?:\\s+(?:reporters|journalists|cnn|the\\s+bbc|the\\s+press))?`;
/** Cues that only report speech or opinion: the claim stands without them. */
const NEUTRAL_CUES = new Set([...CUE_FORMS.filter((c) => NEUTRAL_LEMMAS.includes(c.lemma)).map((c) => c.form), ...OPINION_CUES, 'saying']);
/** A word of a speaker's name or title: never a verb of the statement itself. */
const WORD = `(?!(?:is|are|was|were|has|have|had|been|be|will|would|not|to|that|and|it|this|who)\\b)[\\p{L}.'’-]+`;
/** "X said (that) Q", "it was X who said Q", "X is the one who said Q". */
const FRAME_BEFORE = new RegExp(`^(?:it\\s+was\\s+|it\\s+is\\s+)?(?<speaker>(?:${WORD}\\s+){0,4}?${WORD})\\s+(?:(?:is|was)\\s+the\\s+one\\s+)?(?:who\\s+)?(?:(?:is|was|has|had|keeps|kept)\\s+)?(?:(?:now|also|still|even|just|reportedly|apparently)\\s+)?(?<cue>${CUE}|saying|claiming|insisting|arguing)\\s+(?:that\\s+)?(?<claim>.+)$`, 'iu');
/** "Q, X said", "Q, according to X". */
const NAME = `[\\p{L}.'’-]+(?:\\s+[\\p{L}.'’-]+){0,3}`;
const FRAME_AFTER = new RegExp(`^(?<claim>.+?),\\s*(?:(?<cue>${CUE})\\s+(?<speaker>${NAME})|according to\\s+(?<speaker2>${NAME}))\\s*[.!]?$`, 'iu');
/** A pronoun with words after it: the subject of a clause ("they will act"), not a speaker's name. */
const PRONOUN_CLAUSE = /^(?:they|he|she|we|it|i|you)\s+\S/i;
const ACCORDING = /^according to\s+(?<speaker>(?:[\p{L}.'’-]+\s+){0,3}?[\p{L}.'’-]+),\s*(?<claim>.+)$/iu;
/** "X's argument is that Q", "X's view was Q": a possessive that reports what X says or thinks. */
const POSSESSIVE_FRAME = new RegExp(`^(?<speaker>(?:[\\p{L}.'’-]+\\s+){0,3}?[\\p{L}.-]+)['’]s?\\s+(?:${SAYING_NOUNS.join('|')})\\s+(?:is|was)\\s+(?:that\\s+)?(?<claim>.+)$`, 'iu');

/** A statement word with the keys that must be found for support (see claimKeys). */
type ClaimGroup = TermGroup & {
  exact: string[];
  /** Stems of the word's WordNet relatives ("vehicle" for "car"): another wording a sentence may use for it. */
  relativeStems: string[];
};

interface NameGroup {
  word: string;
  keys: string[];
  entries: ActorEntry[];
}

/** A statement read once for comparing with many sentences. */
interface Parsed {
  claim: string;
  /** Who the statement says said it; `role` are the words besides an organisation's name ("chief executive"). */
  speaker: { text: string; actors: ActorEntry[]; role: string[] } | null;
  names: NameGroup[];
  groups: ClaimGroup[];
  /** The groups' total weight, and the weight of the rarest word: for weighing an amount as a word. */
  totalWeight: number;
  maxWeight: number;
  /** The groups with words no article uses at their full weight: what a place conflict is judged on. */
  strictGroups: TermGroup[];
  amounts: Amount[];
  /** Venues in a slot ("at a cafe"), compared as such. */
  venues: { slot: string; noun: string; phrase: string }[];
  /** Places in a slot ("at chequers", "into Russia"), a word no article writes in lower case counting as one. */
  slots: PlaceSlot[];
  dates: ReturnType<typeof dateKeys>;
  places: Set<string>;
  actors: ActorEntry[];
  /** Stems of the statement's words, for finding them written as two words in a sentence ("livestream"). */
  joinable: Set<string>;
  /** The amounts some related sentence gives: no other sentence's amount contradicts them. */
  amountsFound?: Set<Amount>;
}

function frame(text: string): { speaker: string; claim: string } | null {
  const t = text.replace(/[.!]+$/, '');
  const m = ACCORDING.exec(t) ?? POSSESSIVE_FRAME.exec(t) ?? FRAME_BEFORE.exec(t);
  if (m?.groups) return { speaker: m.groups.speaker!, claim: withCue(m.groups.cue, m.groups.claim!) };
  const a = FRAME_AFTER.exec(t);
  // "the chief, Roe, promised they will act": a pronoun opening words after the cue is their subject, not a speaker
  if (a?.groups && PRONOUN_CLAUSE.test(a.groups.speaker ?? '')) return null;
  if (a?.groups) return { speaker: (a.groups.speaker ?? a.groups.speaker2)!.trim(), claim: withCue(a.groups.cue, a.groups.claim!) };
  return null;
}

/**
 * Whether a line reports what an actor of the articles said or thinks ("knapman thinks there's good reason …"):
 * a claim to check even when its words sound like opinion or it quotes a "we".
 */
export function reportsActor(lookup: ActorLookup, text: string): boolean {
  const framed = frame(text);
  return framed !== null && lookup.inText(framed.speaker).some((e) => e.type === 'person' && namedByAny(e, framed.speaker));
}

/**
 * Whether a chat line names a person or organisation of the articles by a word the articles never write in lower
 * case ("okafor", not "may"): chat writes names in lower case, so no capital shows them.
 */
export function namesActor(index: StoreIndex, lookup: ActorLookup, text: string): boolean {
  const lower = wordsInLowerCase(index);
  const words = new Set(tokenize(text).map((t) => fold(t.word)).filter((w) => w.length >= 3 && !lower.has(w)));
  if (!words.size) return false;
  return lookup.inText(text).some((e) => e.type !== 'place' && [e.name, ...e.aliases].some((n) => tokenize(n).some((x) => words.has(fold(x.word)))));
}

function namedByAny(e: ActorEntry, text: string): boolean {
  return tokenize(text).some((t) => namedBy(e, fold(t.word)));
}

/** A cue that says more than "said" ("agreed", "denied", "promised") is part of what is claimed: it is checked too. */
function withCue(cue: string | undefined, claim: string): string {
  const verb = cue ? fold(cue.split(/\s+/)[0]!) : '';
  // "X called Y a fraud" says Y is a fraud; "X called for Y" asks for it
  const naming = /^call(?:s|ed)?$/.test(verb) && !/^(?:for|on|off|in|up)\b/i.test(claim);
  const neutral = !cue || naming || NEUTRAL_CUES.has(verb) || NEUTRAL_CUES.has(fold(cue).replace(/\s+/g, ' '));
  return neutral ? claim : `${verb} ${claim}`;
}

/** Words the articles write in lower case somewhere: in a lower-case chat line they are words, not names. */
const lowerCaseWords = new WeakMap<StoreIndex, Set<string>>();
function wordsInLowerCase(index: StoreIndex): Set<string> {
  let words = lowerCaseWords.get(index);
  if (!words) {
    words = new Set();
    for (const f of index.store.articles) for (const t of tokenize(f.article.text)) if (/^\p{Ll}/u.test(t.word)) words.add(fold(t.word));
    lowerCaseWords.set(index, words);
  }
  return words;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Words of a text that name one of the actors (as written or misspelt), grouped by word. A word written in lower
 * case that the articles also use as a word ("in charge", "short") is a word, not a name.
 */
function nameGroups(index: StoreIndex, text: string, actors: ActorEntry[]): NameGroup[] {
  const out: NameGroup[] = [];
  const lower = wordsInLowerCase(index);
  // a month the text dates something by ("back in march") is no misspelt name ("Mark")
  const months = dateKeys(text).months;
  for (const t of tokenize(text)) {
    const w = fold(t.word);
    if (months.size && dateKeys(`in ${t.word}`).months.size && [...dateKeys(`in ${t.word}`).months].every((m) => months.has(m))) continue;
    // a word of the synonym lexicon ("charge", "head") is a word first
    if (w.length < 3 || (/^\p{Ll}/u.test(t.word) && (lower.has(w) || termKeys(w).length > 1))) continue;
    const entries = actors.filter((e) => namedBy(e, w));
    if (!entries.length) continue;
    // "reserch" is "research" misspelt before it is a name spelt like it: the articles' words come first
    const exact = entries.some((e) => [e.name, ...e.aliases].some((n) => tokenize(n).some((x) => fold(x.word) === w)));
    if (!exact && /^\p{Ll}/u.test(t.word) && w.length >= MISSPELT_WORD && [...lower].some((x) => x[0] === w[0] && closeSpelling(w, x))) continue;
    // a misspelt name ("marlow") is found as the articles spell it ("Marlowe")
    const spelt = exact ? [] : entries.flatMap((e) => [e.name, ...e.aliases].flatMap((n) => tokenize(n).map((x) => fold(x.word)).filter((x) => x.length >= 4 && x[0] === w[0] && closeSpelling(w, x)).map(stem)));
    out.push({ word: t.word, keys: [...new Set([stem(t.word), ...spelt])], entries });
  }
  return out;
}

/** Words that start another clause: a negation reaches no further. */
const CLAUSE_JOINS = new Set(['and', 'but', 'then', 'or', 'while', 'because', 'so', 'when', 'after', 'before']);

/** Whether a sentence writes a name of the statement with a typo of its own ("Okafro" for "Okafor"). */
function spelledIn(g: NameGroup, text: string): boolean {
  const w = fold(g.word);
  return w.length >= MISSPELT_WORD - 1 && tokenize(text).some((t) => /^\p{Lu}/u.test(t.word) && fold(t.word)[0] === w[0] && closeSpelling(w, fold(t.word)));
}

/** Shortest chat word read as a misspelt word of the articles rather than a misspelt name ("putn" stays a name). */
const MISSPELT_WORD = 6;

/** Whether a word is one of an actor's name words, as written or misspelt from the same first letter ("putn"). */
function namedBy(e: ActorEntry, word: string): boolean {
  return [e.name, ...e.aliases].some((n) => tokenize(n).some((x) => {
    const w = fold(x.word);
    return w === word || (word.length >= 4 && w[0] === word[0] && closeSpelling(word, w));
  }));
}

function parse(index: StoreIndex, lookup: ActorLookup, text: string): Parsed {
  const framed = frame(text);
  let speaker: Parsed['speaker'] = null;
  let claim = text;
  if (framed) {
    // "a UK official says …" names no actor: its words are left out of the comparison, but only a name is checked
    const actors = speakerActors(index, lookup, framed.speaker);
    speaker = { text: framed.speaker, actors, role: roleWords(framed.speaker, orgWordsOf(actors)) };
    claim = framed.claim;
  }
  const claimWords = tokenize(claim).map((t) => fold(t.word));
  // the lookup's looser matches ("showing" for "Downing") name no one unless a word of the name is in the claim
  // "ohio state is playing …": a place word inside an organisation's name names no place
  const placeText = lookup.inText(claim).filter((e) => e.type === 'organization' && e.name.includes(' ')).reduce((t, e) => t.split(fold(e.name)).join(' '), fold(claim));
  const placeWordList = placeWords(placeText);
  const actors = lookup.inText(claim).filter((e) => e.type !== 'place' && claimWords.some((w) => !placeWordList.has(w) && namedBy(e, w)));
  // a place word is a place, not a word of some organisation's name ("Denver" in "… Center, Denver")
  const names = nameGroups(index, claim, actors).filter((n) => !placeWordList.has(fold(n.word)) || n.entries.some((e) => e.type === 'person'));
  const places = placeKeys(placeText);
  const nameWords = new Set(names.map((n) => fold(n.word)));
  const numberWords = new Set(amounts(claim).flatMap((a) => tokenize(a.text).map((t) => fold(t.word))));
  // "last year", "weekly": values of a slot are compared as such (exclusiveValues), not as words to find
  const slotWords = new Set(exclusiveValues(claim).flat().flatMap((v) => v.split(' ')));
  const dates = dateKeys(claim);
  // "at a cafe": a venue is compared as a slot (otherVenue), not as a word to find
  const venues = venuesOf(claim);
  const venueWords = new Set(venues.map((v) => v.noun));
  const maxWeight = Math.log(1 + (index.sentences.length + 0.5) / 0.5);
  // "the old CSE" is the former one, not an old one ("too old" stays a claim)
  const groups = termGroups(index, claim.replace(/\b(the|his|her|their|its)\s+old\s+/gi, '$1 '))
    .map((g) => withParaphrases(index, g))
    .map((g) => ({ ...g, keys: [...new Set([...g.keys, ...alikeStems(g.word), ...baseForms(g.word)])], exact: claimKeys(g), relativeStems: relatedStems(g.word), weight: weightOf(g, maxWeight) }))
    .filter((g) => {
    const w = fold(g.word);
    // names, places, amounts and dates are compared on their own; "can't" is a negation, not a word to find
    if (nameWords.has(w) || venueWords.has(w.replace(/s$/, '')) || Object.hasOwn(PLACE_PREPOSITIONS, w) || placeWordList.has(w) || numberWords.has(w) || slotWords.has(w) || NEGATORS.has(w) || /^\d/.test(w) || /n't$/.test(w) || w.length < 2) return false;
    return !dateKeys(g.word[0]!.toUpperCase() + g.word.slice(1)).months.size && !dateKeys(g.word).days.size;
  });
  return {
    claim,
    speaker,
    names,
    groups,
    joinable: new Set(groups.flatMap((g) => g.keys.filter((k) => !k.startsWith('~') && k.length >= 6))),
    totalWeight: groups.reduce((n, g) => n + g.weight, 0),
    maxWeight,
    strictGroups: groups.map((g) => (g.known || LIGHT.has(fold(g.word)) || SCOPE.has(fold(g.word)) ? g : { ...g, weight: maxWeight })),
    amounts: amounts(claim),
    venues,
    slots: [...placeSlots(placeText, false), ...unknownSlots(index, placeText)],
    dates,
    places,
    actors: [...new Set([...(speaker?.actors ?? []), ...actors])],
  };
}

/**
 * The actors a speaker phrase names. A role of an organisation ("Acme's CEO", "acmes chief executive") is the
 * person the articles describe so, when there is one; else the organisation, whose people's words it reports.
 */
function speakerActors(index: StoreIndex, lookup: ActorLookup, phrase: string): ActorEntry[] {
  // chat drops the possessive apostrophe: "acmes ceo" is "acme's ceo"
  const text = phrase.replace(/\b(\p{L}{3,})s\b(?=\s+\p{L})/gu, "$1's");
  const looked = [...lookup.inText(phrase), ...(text !== phrase ? lookup.inText(text) : [])].filter((e) => e.type !== 'place');
  // in the speaker's place a surname that is also a word ("may said …") names the person
  const found = looked.length ? looked : bySurname(index, phrase);
  const orgs = found.filter((e) => e.type !== 'person');
  if (!orgs.length || found.some((e) => e.type === 'person')) return bestNamed([...new Set(found)], phrase);
  const orgWords = orgWordsOf(orgs);
  const role = roleWords(phrase, orgWords);
  if (!role.length) return orgs;
  const holders = index.actors.filter((e) => {
    if (e.type !== 'person' || !e.description) return false;
    const said = new Set(tokenize(e.description).map((t) => fold(t.word)));
    return role.every((w) => said.has(w)) && [...orgWords].some((w) => said.has(w));
  });
  return holders.length ? holders : orgs;
}

/** The people whose surname is a word of a short speaker phrase ("may" of "may was the one who …"). */
function bySurname(index: StoreIndex, phrase: string): ActorEntry[] {
  const words = tokenize(phrase).map((t) => fold(t.word));
  if (words.length > 2) return [];
  return index.actors.filter((e) => e.type === 'person' && e.name.includes(' ') && words.includes(fold(tokenize(e.name).at(-1)?.word ?? '')));
}

/**
 * Of the people a phrase may name, those it names most fully: "hillary clinton" is Hillary Clinton, not every
 * Clinton of the articles.
 */
function bestNamed(actors: ActorEntry[], phrase: string): ActorEntry[] {
  const words = new Set(tokenize(phrase).map((t) => fold(t.word)));
  const named = (e: ActorEntry) => Math.max(...[e.name, ...e.aliases].map((n) => tokenize(n).filter((t) => words.has(fold(t.word))).length));
  const people = actors.filter((e) => e.type === 'person');
  const best = Math.max(0, ...people.map(named));
  return actors.filter((e) => e.type !== 'person' || named(e) === best);
}

/** The words of the organisations' names among some actors (none when all are people). */
function orgWordsOf(actors: ActorEntry[]): Set<string> {
  return new Set(actors.filter((e) => e.type !== 'person').flatMap((e) => tokenize(e.name).map((t) => fold(t.word))));
}

/** The words of a speaker phrase besides the organisations' names in it: "chief executive" of "acmes chief executive". */
function roleWords(phrase: string, orgWords: Set<string>): string[] {
  if (!orgWords.size) return [];
  return tokenize(phrase).map((t) => fold(t.word.replace(/['’]s$/, ''))).filter((w) => w.length >= 2 && !orgWords.has(w) && !orgWords.has(w.replace(/s$/, '')) && !isStopword(w));
}

/** "at chequers": a word after a place preposition that the articles never write in lower case, as a place. */
function unknownSlots(index: StoreIndex, text: string): PlaceSlot[] {
  const lower = wordsInLowerCase(index);
  return [...text.matchAll(/\b(in|at|into|from|near|outside|inside)\s+(?:the\s+)?([\p{L}'’-]+)/giu)].flatMap((m) => {
    const w = fold(m[2]!);
    if (lower.has(w) || isStopword(w) || w.length < 3 || placeKeys(w).size || dateKeys(m[0]).months.size || dateKeys(w).days.size) return [];
    return [{ key: w, slot: PLACE_PREPOSITIONS[m[1]!.toLowerCase()]! }];
  });
}

/** Stems of each two neighbouring words of a text written as one ("live stream" → "livestream"). */
function joinedPairs(text: string): string[] {
  const words = tokenize(text).map((t) => fold(t.word));
  return words.slice(1).map((w, i) => stem(`${words[i]}${w}`));
}

/**
 * How much a statement word weighs: a light word little; a word no article uses (chat spelling, a word the articles
 * put another way) as much as a middling word, not as much as the rarest name, so that it cannot hide that the rest
 * of the statement matches a sentence. It still has to be found for support.
 */
function weightOf(g: TermGroup, maxWeight: number): number {
  // scope words ("mostly", "only") are compared as such (scopesOf): as words to find they weigh little
  if (LIGHT.has(fold(g.word)) || SCOPE.has(fold(g.word))) return g.weight * 0.3;
  return g.known ? g.weight : Math.min(g.weight, maxWeight * UNKNOWN_WEIGHT);
}

/**
 * A word no article uses whose paraphrase one does ("movie" where the articles say "film") is known by it, and
 * weighs what the paraphrase weighs: it is an ordinary word of the statement, not chat no sentence could hold.
 */
function withParaphrases(index: StoreIndex, g: TermGroup): TermGroup {
  if (g.known) return g;
  const used = alikeStems(g.word).filter((k) => index.docFreq.has(k) && !LIGHT_STEMS.has(k));
  return used.length ? { ...g, known: true, weight: Math.max(...used.map((k) => index.idf(k))) } : g;
}

/** The class of verbs of saying: every attributed sentence has one ("said"), so it tells nothing about a claim. */
const SAYING = termKeys('say').filter((k) => k.startsWith('~'));
/** Stems of units of time ("day", "weeks"): what a count of them is about is too various to tie two counts together. */
const TIME_UNIT_STEMS = new Set([...TIME_UNITS.keys()].map(stem));
/**
 * Whether two amounts count the same named thing ("six Typhoon jets" / "four Typhoon jets"), not only people or a
 * sum, nor a span of time ("a four day week" and "at least 50 days to prepare" share only "day").
 */
function countedAlike(a: Amount, g: Amount): boolean {
  return countSame(a, g) && [...a.counts, ...a.of].some((k) => !k.startsWith('~') && !LIGHT_STEMS.has(k) && !TIME_UNIT_STEMS.has(k) && (g.counts.includes(k) || g.of.includes(k)));
}

/** Stems of light words ("get", "go"): a paraphrase that reaches one of them would match nearly any sentence. */
const LIGHT_STEMS = new Set(LIGHT_WORDS.map(stem));

/**
 * The keys that find a statement word for support: its own and its synonym classes but not the class of saying
 * ("speaks", "state" are not "said"), and its paraphrases but not light ones ("won" is not "got"). The looser keys
 * still tell which sentence a statement is about.
 */
function claimKeys(g: TermGroup): string[] {
  const own = g.keys.filter((k) => !SAYING.includes(k));
  const alike = [...alikeStems(g.word), ...baseForms(g.word)].filter((k) => !LIGHT_STEMS.has(k));
  return [...new Set([...own, ...alike])];
}

/** Share of the rarest word's weight a word no article uses weighs. */
const UNKNOWN_WEIGHT = 0.5;

/** Stems of the base form of a short "-ing" or "-ed" word the stemmer keeps whole ("using" → "use"). */
function baseForms(word: string): string[] {
  const m = /^(\p{L}{2,3})(?:ing|ed)$/u.exec(fold(word));
  return m ? [stem(`${m[1]}e`), stem(m[1]!)] : [];
}

/**
 * Stems of a statement word's WordNet relatives: the words of its two commonest senses and those derived from them,
 * and for a noun the broader term of its commonest sense ("vehicle" for "car", "father" for "dad"). A verb's broader
 * terms ("change", "move"), phrases and light words are too loose to say the same thing.
 */
function relatedStems(word: string): string[] {
  const w = fold(word);
  if (w.length < 3 || LIGHT.has(w) || isStopword(w) || !/^\p{L}+$/u.test(w)) return [];
  const near = relativesOf(w, { senses: 2 });
  const nouns = relativesOf(w, { classes: ['noun'], senses: 1 });
  const own = stem(w);
  // nor a verb of saying for a word that is none ("say" for "read", "mention" for "note"): every report has one
  const saying = termKeys(w).some((k) => SAYING.includes(k));
  const words = [...near.synonyms, ...near.derived, ...nouns.broader].filter((r) => !r.includes(' ') && !r.includes('-') && (saying || !termKeys(r).some((k) => SAYING.includes(k))));
  return [...new Set(words.map(stem))].filter((k) => k !== own && k.length >= 3 && !LIGHT_STEMS.has(k) && !isStopword(k));
}

/**
 * What a sentence brings along for names: its own, and when it refers back ("They are led by …", "the group") those
 * of the sentences before it in its article.
 */
function contextOf(index: StoreIndex, entry: SentenceEntry, heldTerms: Set<string>): { terms: Set<string>; actors: Set<ActorEntry>; text: string; paragraph: string; places: Set<string>; named: Set<string> } {
  const terms = new Set(heldTerms);
  const actors = new Set(index.mentionsIn(entry.id).map((m) => m.entry));
  let text = entry.sentence.text;
  let paragraph = text;
  const own = placesIn(index, entry.id);
  const places = new Set(own.places);
  const named = new Set(own.named);
  // a place named just before ("In Belarus, … . He has ruled for 28 years") is still the place
  const back = REFERRING.test(entry.sentence.text) ? CONTEXT_SENTENCES : 2;
  for (let id = entry.id - 1; id >= Math.max(0, entry.id - back); id--) {
    const prev = index.sentences[id]!;
    if (prev.facts !== entry.facts) break;
    for (const k of prev.terms) terms.add(k);
    for (const m of index.mentionsIn(id)) actors.add(m.entry);
    text = `${prev.sentence.text} ${text}`;
    // a place named before counts within the paragraph only: the one before may be about somewhere else
    if (prev.sentence.paragraph === entry.sentence.paragraph) {
      paragraph = `${prev.sentence.text} ${paragraph}`;
      const theirs = placesIn(index, id);
      for (const pl of theirs.places) places.add(pl);
      for (const pl of theirs.named) named.add(pl);
    }
  }
  // places as places, and every place named, in an organisation's name too ("the Argentine Air Force")
  return { terms, actors, text, paragraph, places, named };
}

/** What is read off one sentence (its places, amounts, joined words), worked out once per index. */
const readOff = new WeakMap<StoreIndex, Map<string, unknown>>();
function perSentence<T>(index: StoreIndex, id: number, what: string, read: () => T): T {
  let cache = readOff.get(index);
  if (!cache) readOff.set(index, (cache = new Map()));
  const key = `${what}:${id}`;
  if (!cache.has(key)) cache.set(key, read());
  return cache.get(key) as T;
}

/** A sentence's places: as places, and every place named (in an organisation's name too). */
function placesIn(index: StoreIndex, id: number): { places: Set<string>; named: Set<string> } {
  return perSentence(index, id, 'places', () => ({ places: placeKeys(withoutOrganisations(index, id)), named: placeKeys(index.sentences[id]!.sentence.text) }));
}

/** A sentence without the names of organisations in it: "Ohio State", "Malaysia Airlines" name no place. */
function withoutOrganisations(index: StoreIndex, id: number): string {
  let text = index.sentences[id]!.sentence.text;
  for (const m of index.mentionsIn(id)) if (m.entry.type === 'organization' && m.mention.text.includes(' ')) text = text.split(m.mention.text).join(' ');
  return text;
}

/** The people a sentence quotes or reports: claim speakers as actors, or as written. */
function speakersOf(index: StoreIndex, entry: SentenceEntry): { actors: ActorEntry[]; written: string[] } {
  const claims = index.claimsIn(entry.id);
  return {
    actors: claims.flatMap((c) => (c.claim.speakerId ? [index.actorOf(c.claim.speakerId)!].filter(Boolean) : [])),
    written: claims.flatMap((c) => (c.claim.speaker ? [c.claim.speaker] : [])),
  };
}

/** "She said …": a pronoun as the subject of a verb of saying, the sentence's speaker's gender. */
const PRONOUN_SAID = new RegExp(`\\b(he|she)\\s+(?:${CUE})\\b`, 'i');
const genders = new WeakMap<ArticleFacts, Map<string, Gender>>();

/**
 * Whether a sentence that says who spoke only by "he" or "she" (a speaker the extractor left unresolved) gives the
 * other gender than a person's in that article: "She said …" is not Graham's word, whoever was named last.
 */
function otherGender(index: StoreIndex, entry: SentenceEntry, a: ActorEntry): boolean {
  const said = PRONOUN_SAID.exec(entry.sentence.text)?.[1];
  if (!said) return false;
  const known = genderIn(entry, a);
  return known !== undefined && known !== GENDERED_PRONOUNS[said.toLowerCase()];
}

/** A person's gender as the sentence's article reads it, when known. */
function genderIn(entry: SentenceEntry, a: ActorEntry): Gender | undefined {
  const ref = a.refs.find((r) => r.facts === entry.facts);
  if (!ref || a.type !== 'person') return undefined;
  if (!genders.has(entry.facts)) genders.set(entry.facts, actorGenders(entry.facts));
  return genders.get(entry.facts)!.get(ref.actor.id);
}

/** Whether a person the statement names is not in the sentence itself, only in the sentences before it. */
function borrowedPerson(index: StoreIndex, entry: SentenceEntry, g: NameGroup): boolean {
  if (!g.entries.some((e) => e.type === 'person')) return false;
  const own = new Set(index.mentionsIn(entry.id).map((m) => m.entry));
  // any of the person's names as written counts too ("May, a former player" for "mark may": "may" is no term)
  const capitalised = new Set(tokenize(entry.sentence.text).filter((t) => /^\p{Lu}/u.test(t.word)).map((t) => fold(t.word)));
  const written = g.entries.some((e) => [e.name, ...e.aliases].some((n) => tokenize(n).some((x) => x.word.length > 2 && capitalised.has(fold(x.word)))));
  return !g.entries.some((e) => own.has(e)) && !g.keys.some((k) => entry.terms.has(k)) && !written && !spelledIn(g, entry.sentence.text);
}

const PRONOUN_GENDERS = new RegExp(`\\b(${Object.keys(GENDERED_PRONOUNS).join('|')})\\b`, 'gi');

/**
 * Whether a sentence that does not name a person of the statement can be about them by referring back: not when
 * it has a person of its own besides the statement's ("Dahl denies it. He filed a countersuit." is not Ruiz's,
 * named before Dahl; "the former minister said …" after a sentence naming her and a victim is hers), nor when its
 * "he"/"she" is of the other gender.
 */
function referredTo(index: StoreIndex, entry: SentenceEntry, g: NameGroup, p: Parsed): boolean {
  // a speaker whose quote says "he" or "she" speaks of someone else, who may be the statement's person
  // ("'I love him, but he was a player, I was a coach,' Dahl said" is about the one named before); a quote may
  // run on past the sentence
  const quoted = [...entry.sentence.text.matchAll(/[“"]([^”"]*)(?:[”"]|$)/g)].map((m) => m[1]!).join(' ');
  const speaksOfAnother = new RegExp(PRONOUN_GENDERS.source, 'i').test(quoted);
  const own = [...index.mentionsIn(entry.id).map((m) => m.entry), ...(speaksOfAnother ? [] : speakersOf(index, entry).actors)];
  if (own.some((e) => e.type === 'person' && !p.actors.includes(e))) return false;
  const said = new Set([...entry.sentence.text.matchAll(PRONOUN_GENDERS)].map((m) => GENDERED_PRONOUNS[m[1]!.toLowerCase()]));
  if (said.size !== 1) return true;
  const people = g.entries.filter((e) => e.type === 'person');
  return !people.every((e) => { const known = genderIn(entry, e); return known !== undefined && !said.has(known); });
}

/**
 * Whether, earlier in a sentence's paragraph, someone other than its speakers spoke before any of them is named:
 * "A navy spokeswoman said … . 'We …,' she said" gives the quote to the spokeswoman, whoever the extractor chose.
 */
function anotherSpokeBefore(index: StoreIndex, entry: SentenceEntry, speakers: ActorEntry[]): boolean {
  if (index.mentionsIn(entry.id).some((m) => speakers.includes(m.entry))) return false;
  for (let id = entry.id - 1; id >= 0; id--) {
    const s = index.sentences[id]!;
    if (s.facts !== entry.facts || s.sentence.paragraph !== entry.sentence.paragraph) return false;
    if (index.mentionsIn(id).some((m) => speakers.includes(m.entry))) return false;
    const spoke = index.claimsIn(id).filter((c) => c.claim.speakerId || c.claim.speaker);
    if (spoke.length) return !spoke.some((c) => c.claim.speakerId && speakers.includes(index.actorOf(c.claim.speakerId)!));
  }
  return false;
}

/** A speaker phrase that only refers back ("he", "they"): the sentence's speaker may be the one meant. */
const REFERRING_SPEAKER = new RegExp(`^(?:${REFERRING_WORDS.join('|')})$`, 'i');

/** Whether a speaker phrase the articles do not name ("the airline") has a word of a quoted speaker's name or description. */
function describes(phrase: string, actors: ActorEntry[], written: string[]): boolean {
  const words = tokenize(phrase).map((t) => stem(t.word)).filter((w) => w.length >= 3 && !isStopword(w));
  const names = [...written, ...actors.flatMap((a) => [a.name, ...a.aliases, a.description ?? ''])];
  // "the NTA" for "The Northern Transit Authority"
  const theirs = new Set([...names.flatMap((n) => tokenize(n).map((t) => stem(t.word))), ...names.flatMap(initialsOf)]);
  return words.some((w) => theirs.has(w));
}

/** The content words of a speaker phrase ("mayor", "family" of "the mayor's family"). */
function speakerWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => fold(t.word).replace(/['’]s$/, '')).filter((w) => w.length >= 3 && !isStopword(w));
}

function sameSpeaker(speaker: NonNullable<Parsed['speaker']>, actors: ActorEntry[], written: string[]): boolean {
  if (speaker.actors.some((a) => actors.includes(a))) return true;
  // two people of one surname ("Hillary Clinton" / "Bill Clinton"): known actors are compared as such
  if (speaker.actors.some((a) => a.type === 'person') && actors.some((a) => a.type === 'person')) return false;
  const words = tokenize(speaker.text).map((t) => fold(t.word)).filter((w) => w.length >= 3);
  return written.some((w) => !namesAnotherBody(speaker, w) && tokenize(w).some((t) => words.some((s) => s === fold(t.word) || closeSpelling(s, fold(t.word)))));
}

/**
 * Whether a speaker as written names a body the statement's does not: "a GE spokesman" is no "airbus spokesman",
 * whatever role the two share. Only for a statement speaker that names an organisation of the articles.
 */
function namesAnotherBody(speaker: NonNullable<Parsed['speaker']>, written: string): boolean {
  if (!speaker.actors.some((a) => a.type !== 'person')) return false;
  const own = tokenize(speaker.text).map((t) => fold(t.word));
  return tokenize(written).some((t) => /^\p{Lu}/u.test(t.word) && !isStopword(fold(t.word)) && !own.some((s) => s === fold(t.word) || (s.length >= 4 && closeSpelling(s, fold(t.word)))));
}

interface Outcome {
  kind: 'support' | 'conflict' | 'none';
  score: number;
  /** A conflict by negation alone: a sentence that supports every part of the statement outweighs it. */
  negation?: boolean;
  /** A conflict by another place: a sentence that supports the statement with its own place outweighs it. */
  weak?: boolean;
  /** A conflict by another number, date or place (not by negation, an opposite word or a speaker). */
  value?: boolean;
  reason: string | null;
}

const NONE: Outcome = { kind: 'none', score: 0, reason: null };

/** `related`: whether WordNet relatives count as the statement's words (for support only: see judgeStatement). */
function compare(index: StoreIndex, p: Parsed, entry: SentenceEntry, related = false): Outcome {
  const text = entry.sentence.text;
  // "the 28-year rule" holds "year"; "re-nominate" holds "renominate"
  const written = text.includes('-') ? new Set([...entry.terms, ...indexTerms(text.replace(/-/g, ' ')), ...indexTerms(text.replace(/(?<=\p{L})-(?=\p{L})/gu, ''))]) : new Set(entry.terms);
  // "live stream" holds "livestream", "e mail" "email": two words of the sentence written as one
  if (p.joinable.size) for (const k of perSentence(index, entry.id, 'joined', () => joinedPairs(text))) if (p.joinable.has(k)) written.add(k);
  // a statement word the sentence gives in a longer form or as the words of an abbreviation counts as given
  const reworded = p.groups.filter((g) => !g.keys.some((k) => written.has(k)) && (paraphrased(g.word, written, text) || (related && g.relativeStems.some((k) => written.has(k))))).map((g) => g.keys[0]!);
  const terms = reworded.length ? new Set([...written, ...reworded]) : written;
  const ctx = contextOf(index, entry, terms);
  // "Three have been hurt" after a sentence about volunteers: a bare number counts what the sentence before named,
  // so the statement's counted noun ("three volunteers") may be found there
  const bare = perSentence(index, entry.id, 'amounts', () => amounts(text)).filter((g) => !g.counts.some((k) => !k.startsWith('~')) || /^\s*(?:have|has|had|were|are|was|is)\b/i.test(text.slice(text.indexOf(g.text) + g.text.length)));
  for (const a of p.amounts) {
    if (!bare.some((g) => sameAmount(a, g))) continue;
    for (const g of p.groups) if (g.keys.some((k) => a.counts.includes(k)) && g.keys.some((k) => ctx.terms.has(k))) for (const k of g.keys) terms.add(k);
  }
  const namesHere = p.names.every((g) => g.entries.some((e) => ctx.actors.has(e)) || g.keys.some((k) => ctx.terms.has(k)) || spelledIn(g, text));
  const opposed = opposedWords(p.claim, text);
  const opposedKeys = new Set(opposed.map((o) => o.word));
  const heldTerms = new Set([...terms, ...opposedKeys]);
  // a statement of names and places only ("Florida is 3% Polish American") is about a sentence that names them
  const placesHere = p.places.size ? [...p.places].filter((pl) => ctx.places.has(pl)).length / p.places.size : 0;
  const given = perSentence(index, entry.id, 'amounts', () => amounts(text));
  // the statement's very figure of the very thing it counts ("420 tram drivers" / "About 420 drivers") ties the two
  // as a rare word does: it weighs as one more matched word of the rarest kind
  const sameFigure = p.amounts.some((a) => a.value !== null && given.some((g) => sameAmount(a, g) && countedAlike(a, g)));
  const withFigure = (c: number) => (sameFigure ? (c * p.totalWeight + p.maxWeight) / (p.totalWeight + p.maxWeight) : c);
  const cov = withFigure(p.groups.length ? coverage(p.groups, heldTerms) : p.names.length ? 1 : placesHere);
  const plainCov = p.groups.length ? withFigure(coverage(p.groups, terms)) : cov;
  // a rival amount of the very thing the statement counts ("the rebate is worth £5bn" / "the £3bn rebate") is itself
  // evidence that the two are about one thing: it weighs as a matched word of the rarest kind
  // (sums and shares only: "one justice" or "three males" are counts of too common things to anchor anything)
  const unit = (x: Amount) => currencyOf(x) ?? /%|percent/.exec(x.text.trim())?.[0];
  const counted = countedAlike;
  const anchors = (a: Amount, g: Amount) => unit(a) !== undefined && unit(a) === unit(g) && counted(a, g) && !sameAmount(a, g);
  const anchored = p.amounts.some((a) => given.some((g) => anchors(a, g))) ? (cov * p.totalWeight + p.maxWeight) / (p.totalWeight + p.maxWeight) : cov;
  if (!namesHere || Math.max(cov, anchored) < RELATED) return NONE;

  // the speaker: a sentence that quotes someone else says the statement's words are not the named speaker's
  const speakers = speakersOf(index, entry);
  let speakerHere = true;
  if (p.speaker) {
    const quoted = speakers.actors.length + speakers.written.length > 0;
    if (!p.speaker.actors.length) {
      // a speaker the articles do not name as an actor ("a UK official") cannot be contradicted, but a sentence
      // quoting someone the phrase does not describe does not support it ("the CEO said" / a rival firm's statement)
      speakerHere = !quoted || REFERRING_SPEAKER.test(p.speaker.text) || describes(p.speaker.text, speakers.actors, speakers.written);
      // a sentence that says who said it ("police said") without a claim the extractor read still names its speaker:
      // "the mayor's family said" needs a word of "mayor's family" there
      const who = speakerWords(p.speaker.text);
      const attributed = quoted || SAYING.some((k) => terms.has(k));
      if (!quoted && who.length && attributed && !REFERRING_SPEAKER.test(p.speaker.text)) speakerHere = who.some((w) => termKeys(w).some((k) => ctx.terms.has(k)));
      // the sentence says someone else said it ("local papers quote Ruiz", "police said") and nothing there
      // is the statement's speaker ("the skipper"): the words are another's
      if (!speakerHere && who.length && attributed && !who.some((w) => termKeys(w).some((k) => ctx.terms.has(k))) && cov >= CLOSE) {
        return { kind: 'conflict', score: cov, weak: true, reason: `the article attributes it to ${speakers.actors[0]?.name ?? speakers.written[0] ?? 'someone else'}` };
      }
    } else if (quoted && !sameSpeaker(p.speaker, speakers.actors, speakers.written)) {
      // someone else says it: a contradiction unless the statement's speaker is in the sentence too ("The union's
      // leader, Jane Roe, said …" quotes a speaker as written, with the name beside it)
      const mentions = index.mentionsIn(entry.id).map((m) => m.entry);
      const mentioned = p.speaker.actors.some((a) => mentions.includes(a));
      const sentenceWords = new Set(tokenize(text).map((t) => fold(t.word)));
      const other = speakers.actors[0]?.name ?? speakers.written.find((w) => namesAnotherBody(p.speaker!, w)) ?? mentions.find((e) => e.type === 'person')?.name ?? speakers.written[0];
      // a speaker quoted only by role ("the officer said") may be the statement's speaker: no contradiction
      const byRole = !speakers.actors.length && !mentions.some((e) => e.type === 'person') && speakers.written.every((w) => /^(?:the|a|an|one|some|two|three|several)\s/i.test(w) && !namesAnotherBody(p.speaker!, w));
      if (!mentioned && !byRole && cov >= CLOSE) return { kind: 'conflict', score: cov, reason: `the article attributes it to ${other}` };
      // "Tove Marsh, Acme's chief executive, said …" for "acmes chief executive said …"
      const described = p.speaker.role.length > 0 && p.speaker.role.every((w) => sentenceWords.has(w));
      speakerHere = mentioned && (speakers.actors.length === 0 || described);
    } else if (!quoted) {
      speakerHere = p.speaker.actors.some((a) => ctx.actors.has(a) && !otherGender(index, entry, a));
      // "Y was quoted as calling …": a sentence about words of a person other than the statement's speaker
      const others = index.mentionsIn(entry.id).map((m) => m.entry).filter((e) => e.type === 'person' && !p.actors.includes(e));
      if (!speakerHere && others.length && p.speaker.actors.some((a) => a.type === 'person') && cov >= SUPPORT) return { kind: 'conflict', score: cov, reason: `the article attributes it to ${others[0]!.name}` };
    } else {
      // the statement's speaker is the one the extractor gave, but only by "she said" after someone else spoke
      speakerHere = !(PRONOUN_SAID.test(text) && anotherSpokeBefore(index, entry, speakers.actors));
    }
  }

  // an opposite word, or a negation one side makes and the other does not
  // (not where the statement counts what the sentence does not: "convicted on 11 counts" / "acquitted on two counts")
  const otherCount = p.amounts.length > 0 && !p.amounts.some((a) => given.some((g) => sameAmount(a, g)));
  if (opposed.length && cov >= CLOSE && !otherCount) return { kind: 'conflict', score: cov, reason: `the article says “${opposed[0]!.opposite}”` };
  // a negation that governs a word both share, on one side only ("no regret" / "regrets")
  // a spinner's "have but to" is "have yet to"
  // a hyphenated word is negated in its joined form too ("did not re-nominate" / "renominated")
  const negatedHere = new Set(negatedWords(despin(text)).flatMap((w) => [...termKeys(w), ...termKeys(w.replace(/-/g, '')), ...alikeStems(w)]));
  const negatedStems = negatedWords(despin(text)).map(stem);
  const sentenceStems = tokenize(text).map((t) => stem(t.word));
  const assertedToo = (k: string) => sentenceStems.filter((x) => x === k).length > negatedStems.filter((x) => x === k).length;
  const ruledOutWords = negatedWords(p.claim);
  // what the statement denies is the first content word after its negation ("not wanting their boats": "wanting")
  const claimHeads = new Set(negationHeads(p.claim).map(stem));
  const negatedThere = new Set(ruledOutWords.map(stem));
  // a sentence that denies and says a word of the statement both ("We didn't sell the boat … I'm glad it sold")
  // takes no side by negation
  const heads = negationHeads(despin(text)).map(stem);
  const bothWays = p.groups.some((g) => g.keys.some((k) => heads.includes(k) && assertedToo(k)));
  const flipped = bothWays ? undefined : p.groups.find((g) => {
    // the keys by which this word, and no other word of the statement, is in the sentence
    // (a word's class, "~say" for "state" and "boasting" alike, is too loose to carry a negation over)
    // (nor a light paraphrase: "didn't get into the game" does not deny "won")
    const own = g.keys.filter((k) => !k.startsWith('~') && (!LIGHT_STEMS.has(k) || k === stem(g.word)) && terms.has(k) && !p.groups.some((o) => o !== g && o.keys.includes(k)));
    // a word the sentence holds by its class only ("gun" / "did not have a weapon") is denied when that class is:
    // the class is all that made the sentence about it (not the class of saying, which every report has); a count
    // the sentence does not give ("nine dead" / "no deaths so far") says the two are about different things
    if (!own.length) {
      if (otherCount) return false;
      const byClass = g.keys.filter((k) => k.startsWith('~') && !SAYING.includes(k) && terms.has(k) && !p.groups.some((o) => o !== g && o.keys.includes(k)));
      return byClass.some((k) => negatedHere.has(k)) && !negatedThere.size;
    }
    // a negated longer form counts too ("non-endorsement" negates "endorsed")
    const here = own.some((k) => negatedHere.has(k) || (k.length >= MIN_PREFIX && [...negatedHere].some((n) => n.startsWith(k))));
    const there = claimHeads.has(g.keys[0]!);
    // a negation on both sides is no flip, whatever words it reaches ("won't support X" / "X has not been agreed")
    return (here && !negatedThere.size) || (there && !negatedHere.size);
  });
  if (plainCov >= CLOSE && flipped && !leftOpen(p.claim, text)) return { kind: 'conflict', score: cov, negation: true, reason: negatedThere.has(flipped.keys[0]!) ? 'the article does not negate it' : 'the article negates it' };
  // a place the statement rules out that the sentence names ("not through X")
  const ruledOut = [...placeKeys(negatedWords(p.claim, 2).join(' '))].filter((pl) => placeKeys(text).has(pl));
  if (ruledOut.length && cov >= CLOSE) return { kind: 'conflict', score: cov, reason: `the article names ${ruledOut.join(', ')}` };

  // numbers: a different amount about the same thing contradicts; an amount the sentence does not give is unsupported
  let amountsHere = true;
  for (const a of p.amounts) {
    if (given.some((g) => sameAmount(a, g))) continue;
    // "a lot of" is "much of", "many": no number to get wrong (unlike "hundreds" for "dozens")
    if (a.value === null && VAGUE_MANY.test(a.text) && VAGUE_MANY_GIVEN.test(text)) continue;
    amountsHere = false;
    // an age beside another name ("Lind and Ana Ruiz, 37,") is not the statement's person's
    const rival = given.filter((g) => (countSame(a, g) || sumWithoutCurrency(a, g)) && !(g.owner && !p.names.some((n) => n.keys.some((k) => g.owner!.includes(k)))));
    // a rival that counts the very thing the statement counts ("six Typhoon jets" / "four Typhoon jets") needs less besides
    const same = rival.some((g) => counted(a, g));
    if (rival.length && (same ? Math.max(cov, anchored) >= RELATED : cov >= CLOSE) && !p.amountsFound?.has(a) && !rival.some((g) => withinAmount(a, g))) return { kind: 'conflict', score: cov, value: true, reason: `the article gives ${rival.map((g) => g.text).join(', ')}` };
  }

  // a list that pairs names with numbers ("1) Grilled, 2) Smoked"): the number in the name's own item is its number
  const listed = pairedAmount(p, text, given);
  if (listed && cov >= CLOSE) return { kind: 'conflict', score: cov, value: true, reason: `the article gives ${listed}` };

  // dates: a different year, month, weekday or day of the month contradicts
  // (in a sentence about the statement's places: "the Ruritanian vote is in May" / a sentence that names no Ruritania dates another vote)
  const placeAbsent = [...p.places].some((pl) => !placesIn(index, entry.id).places.has(pl) && !ctx.places.has(pl) && !ctx.named.has(pl));
  const dates = dateKeys(text);
  let datesHere = true;
  for (const key of ['years', 'months', 'days', 'monthDays'] as const) {
    for (const d of p.dates[key]) {
      if (key === 'years' ? sameYear(d, dates.years) : dates[key].has(d)) continue;
      datesHere = false;
      // "March 18" where the sentence gives "March 6": another day of the same month
      const rival = key === 'monthDays' ? [...dates.monthDays].some((x) => x.split('-')[0] === d.split('-')[0]) : dates[key].size > 0;
      if (rival && cov >= CLOSE && !placeAbsent) return { kind: 'conflict', score: cov, value: true, reason: `the article gives another date (${describeDates(text)})` };
    }
  }
  // a sentence that dates several things ("X in October and Y in November") gives each name its own date
  const paired = pairedDate(p, text);
  if (paired && cov >= CLOSE) return { kind: 'conflict', score: cov, value: true, reason: `the article dates it ${paired}` };

  // one value of a slot where the sentence gives another ("weekly" / "monthly", "last year" / "this week")
  const givenValues = exclusiveValues(text);
  const otherValue = exclusiveValues(p.claim).flatMap((vals, g) => (vals.length && givenValues[g]!.length && !vals.some((v) => givenValues[g]!.includes(v)) ? givenValues[g]! : []));
  if (otherValue.length && cov >= CLOSE) return { kind: 'conflict', score: cov, reason: `the article says “${otherValue[0]}”` };
  // a value the statement gives ("the brother was arrested") must be given here or just before for support
  const contextValues = exclusiveValues(ctx.text);
  const valuesHere = exclusiveValues(p.claim).every((vals, g) => vals.every((v) => contextValues[g]!.includes(v)));

  // places: a place the sentence does not name, where it names another, is a different place (or an extra one)
  const places = placesIn(index, entry.id).places;
  const ctxPlaces = ctx.places;
  const missingPlaces = [...p.places].filter((pl) => !places.has(pl) && !ctxPlaces.has(pl) && !ctx.named.has(pl));
  const otherPlaces = [...places].filter((pl) => !p.places.has(pl) && missingPlaces.some((m) => samePlaceKind(m, pl)));
  // a place is the wrong one only in a sentence about the same thing: words no article uses count in full here
  // a statement naming several places, none of them here, is about something else ("Polish communities in X")
  const elsewhere = p.places.size > 1 && missingPlaces.length === p.places.size;
  // a place in a slot ("at X", "into X") where the sentence puts another there: the lexicons need not know either
  // a year or a day of the month both give ("in 1979", "jan 4-6") shows the two are about one thing, like a rare word
  const dateAnchors = [...p.dates.years].filter((y) => dates.years.has(y)).length + [...p.dates.monthDays].filter((d) => dates.monthDays.has(d)).length;
  const anchoredCov = withAnchors(p, cov, p.groups, dateAnchors);
  const slotted = !p.speaker && saidOfAnother(index, entry, p) ? null : wrongSlot(index, entry, p, ctx.paragraph, ctx.named, dateAnchors);
  // a place no article names ("in devon") weighs on the rest of the statement as the rarest word would: wrongSlot
  // weighs that rest without it (a word some article uses, "at the launch", may be no place at all)
  const unheardOf = p.slots.every((sl) => sl.key.split(' ').every((w) => !index.docFreq.has(stem(w))));
  if (slotted && (anchoredCov >= SUPPORT || unheardOf)) return { kind: 'conflict', score: cov, weak: true, value: true, reason: `the article says ${slotted}` };
  // the statement's people named in the sentence itself tie the two as a shared date does ("trump … at a rally in X")
  const mentioned = new Set(index.mentionsIn(entry.id).map((m) => m.entry));
  const placeAnchors = dateAnchors + p.names.filter((g) => g.entries.some((e) => e.type === 'person' && mentioned.has(e))).length;
  if (missingPlaces.length && withAnchors(p, cov, p.groups, placeAnchors) >= SUPPORT && otherPlaces.length && !elsewhere && withAnchors(p, coverage(p.strictGroups, heldTerms), p.strictGroups, placeAnchors) >= SUPPORT) {
    return { kind: 'conflict', score: cov, weak: true, value: true, reason: `the article names ${otherPlaces.join(', ')}, not ${missingPlaces.join(', ')}` };
  }

  // the venue: "they met up at a cafe" where the sentence has "They met at a market"
  const venue = otherVenue(p, text, ctx.text, heldTerms);
  if (venue) return { kind: 'conflict', score: cov, weak: true, value: true, reason: `the article says ${venue}` };

  // the source: "the survey is from the corvel times" where the sentence has "a new survey by Harbour News"
  const source = otherSource(p, text, heldTerms);
  if (source) return { kind: 'conflict', score: cov, weak: true, reason: `the article says ${source}` };

  // support needs every word the statement claims with: a word the sentence lacks (or a synonym of it) may be the
  // very part that is wrong ("weekly" for "monthly", a town the lexicons do not know)
  const missing = p.groups.filter((g) => !LIGHT.has(fold(g.word)) && !SCOPE.has(fold(g.word)) && !g.exact.some((k) => ctx.terms.has(k)) && !(related && g.relativeStems.some((k) => ctx.terms.has(k))) && !paraphrased(g.word, ctx.terms, ctx.text) && !misspelt(g, ctx.text));
  // a name must be in the sentence itself, or the sentence must refer back to it ("he", "the group") and name no
  // other person the pronoun could stand for
  const own = new Set(index.mentionsIn(entry.id).map((m) => m.entry));
  const refersBack = REFERRING.test(text) && ![...own].some((e) => e.type === 'person' && !p.actors.includes(e));
  // an organisation or a thing may be named a sentence before ("the IFF … . Brown wanted it to provide …")
  const namesOwn = refersBack || p.names.every((g) => g.entries.some((e) => own.has(e)) || g.keys.some((k) => terms.has(k)) || spelledIn(g, text) || (g.entries.every((e) => e.type !== 'person') && (g.entries.some((e) => ctx.actors.has(e)) || g.keys.some((k) => ctx.terms.has(k)))));
  const scopeHere = scopesOf(p.claim).every((i) => scopesOf(text).includes(i));
  // "Holtz, a coach, … while May, a former player at X": the words stand by another person than the statement's
  if (!p.speaker && saidOfAnother(index, entry, p)) return NONE;
  // "inside X" is not supported by "on its way into X": the place stands in another slot there
  const theirSlots = p.slots.length ? placeSlots(text, true) : [];
  const slotMoved = p.slots.some((sl) => theirSlots.some((x) => x.key === sl.key) && !theirSlots.some((x) => x.key === sl.key && x.slot === sl.slot));
  // what a statement denies must be in the sentence itself to be denied there too ("nobody expected a cut" is not
  // supported by "there is room for cuts", which says nothing of expecting, whatever sentences before it say)
  const denied = p.groups.filter((g) => claimHeads.has(g.keys[0]!));
  // and a sentence supports a statement that negates only by negating a word the statement's negation reaches
  // ("the trial did not have 2300 patients" / "the trial had 2300 patients": a number is no word to flip; "did not
  // cancel flights" / "cancelled flights, though no one was hurt": the sentence's negation is about something else)
  // (within its own clause: "wasn't hers and called the cops" reaches only "hers", which any "not" of hers may say)
  const clauseEnd = ruledOutWords.findIndex((w) => CLAUSE_JOINS.has(fold(w)));
  const reached = ruledOutWords.slice(0, clauseEnd < 0 ? undefined : clauseEnd).filter((w) => !isStopword(fold(w)));
  const deniedHere = denied.every((g) => g.keys.some((k) => terms.has(k))) && (!negates(p.claim) || (reached.length ? reached.some((w) => termKeys(w).some((k) => negatedHere.has(k))) : negates(despin(text))));
  const supported = deniedHere && p.names.every((g) => !borrowedPerson(index, entry, g) || referredTo(index, entry, g, p)) && !slotMoved && !swapped(p, text) && !otherNumbered(p.claim, text) && !comparedBackwards(p.claim, text) && !contrasted(p.claim, text) && !leftOpen(p.claim, text) && scopeHere && namesOwn && speakerHere && amountsHere && datesHere && valuesHere && p.venues.every((v) => venueNamed(v.noun, ctx.text)) && missingPlaces.length === 0 && (missing.length === 0 || chatWordOnly(p, missing, terms)) && (plainCov >= SUPPORT || (plainCov >= RELATED && !flipped)) && p.groups.filter((g) => !LIGHT.has(fold(g.word))).length + p.names.length + p.places.size + p.amounts.length + (hasDate(p.dates) ? 1 : 0) > 0;
  return supported ? { kind: 'support', score: plainCov, reason: null } : NONE;
}


/** Light words and chat openers, folded: a word no article uses that is spelt like one of them is one ("aparently"). */
const LIGHT_SPELLINGS = [...new Set([...LIGHT_WORDS, ...CHAT_OPENERS].filter((w) => w.length >= 5 && !w.includes(' ')))];

/**
 * Whether a statement word no article uses is a misspelling of a word of the sentence ("regata" / "regatta"), a
 * clipped name of it ("brask"), or a light word misspelt ("aparently"): chat typos are found by their spelling.
 */
function misspelt(g: ClaimGroup, text: string): boolean {
  const w = fold(g.word);
  if (g.known || w.length < 4) return false;
  // chat clips a name to its start or end ("brask" for "Brasktown", "burg" for "Vinterburg", "div" for "Division")
  if (tokenize(text).some((t) => /^\p{Lu}/u.test(t.word) && clipped(w, fold(t.word)))) return true;
  if (w.length < 5) return false;
  if (LIGHT_SPELLINGS.some((l) => l[0] === w[0] && closeSpelling(w, l))) return true;
  return tokenize(text).some((t) => {
    const x = fold(t.word);
    return x[0] === w[0] && x.length >= 5 && closeSpelling(w, x);
  });
}

/** Longest chat shorthand ("utd", "fave", "bf"): a longer word no article uses may be the very claim ("alive"). */
const SHORTHAND = 4;

/** Whether a chat word is a name clipped to its start or end ("brask" of "brasktown", "burg" of "vinterburg"). */
function clipped(short: string, name: string): boolean {
  return short.length >= 4 && name.length > short.length + 1 && (name.startsWith(short) || name.endsWith(short));
}

/**
 * Whether the only word a sentence lacks is chat shorthand no article uses anywhere ("utd", "fave"), outside a
 * place slot, while the statement's other words hold there and two of them at least (words or names) say what it
 * is about: a word no sentence can hold does not keep a statement from the one sentence that says the rest.
 */
function chatWordOnly(p: Parsed, missing: ClaimGroup[], terms: Set<string>): boolean {
  if (missing.length !== 1) return false;
  const g = missing[0]!;
  const w = fold(g.word);
  if (g.known || w.length > SHORTHAND || !/^\p{Ll}/u.test(g.word) || p.slots.some((s) => s.key.split(' ').includes(w))) return false;
  const rest = p.groups.filter((x) => x !== g);
  const held = rest.filter((x) => !LIGHT.has(fold(x.word)) && x.keys.some((k) => terms.has(k))).length + p.names.length;
  return held >= 2 && coverage(rest, terms) >= SUPPORT;
}

/** A coverage of some groups with each shared date anchor counted as one more matched word of the rarest weight. */
function withAnchors(p: Parsed, cov: number, groups: TermGroup[], anchors: number): number {
  if (!anchors) return cov;
  const total = groups.reduce((n, g) => n + g.weight, 0);
  return (cov * total + anchors * p.maxWeight) / (total + anchors * p.maxWeight);
}

const VAGUE_MANY = /^(?:a lot|lots|plenty|loads|tons)(?:\s+of)?$/i;
const VAGUE_MANY_GIVEN = /\b(?:much|many|most|a lot|lots|plenty|numerous|a great deal)\b/i;

const COMPASS = /\b(?:north|south|east|west|northern|southern|eastern|western|middle|central|midwest|upstate|downstate)\b/;

/**
 * The phrase of a sentence that puts another place in a slot of the statement's ("in Downing Street" for "at
 * chequers"), when the statement's place is nowhere in the sentence (its paragraph, for a known place) and the rest
 * of the statement is: else null.
 */
function wrongSlot(index: StoreIndex, entry: SentenceEntry, p: Parsed, context: string, places: Set<string>, anchors: number): string | null {
  if (!p.slots.length) return null;
  const here = new Set(tokenize(context).map((t) => fold(t.word)));
  // an organisation stands in a slot too ("at Hofstra University", "in Downing Street")
  const theirs = placeSlots(entry.sentence.text, true);
  for (const s of p.slots) {
    // the statement's place in the same slot here, or (a word the lexicons do not know) anywhere in the paragraph
    // (not a dateline or an earlier paragraph, which may place other events): no conflict;
    // a known place in another slot ("into Ukraine" for "inside ukraine") leaves the slot to the sentence's
    if (theirs.some((x) => x.slot === s.slot && x.key === s.key)) continue;
    if (!p.places.has(s.key) && (places.has(s.key) || s.key.split(' ').every((w) => here.has(w)))) continue;
    if (p.places.has(s.key) && !theirs.some((x) => x.key === s.key) && places.has(s.key)) continue;
    // a region named by its compass point ("the Middle West") may hold the statement's city
    // (nor is the name chat clips: "at brask" for "at Brasktown")
    const rival = theirs.find((x) => x.slot === s.slot && !p.claim.toLowerCase().includes(x.key) && !p.places.has(x.key) && !(p.places.has(s.key) && COMPASS.test(x.key)) && !clipped(s.key, x.key));
    if (!rival) continue;
    const rest = p.strictGroups.filter((g) => !s.key.split(' ').includes(fold(g.word)));
    if (rest.length && withAnchors(p, coverage(rest, new Set([...entry.terms])), rest, anchors) >= SUPPORT) return `${rival.key}, not ${s.key}`;
  }
  return null;
}

const VENUES = new Set(VENUE_NOUNS);
/** A venue after a preposition of place: "at a cafe", "in the market", "outside their home". */
const VENUE_RE = /\b(at|in|inside|outside|near)\s+(?:a|an|the|her|his|their|its|our|my|some)\s+([\p{L}-]+)(?:\s+([\p{L}]+))?/giu;

function venuesOf(text: string): { slot: string; noun: string; phrase: string }[] {
  return [...text.matchAll(VENUE_RE)].flatMap((m) => {
    // the noun right after the article ("at a cafe first"), or after one modifier ("at a fish market")
    const [first, second] = [m[2], m[3]].map((w) => (w ? fold(w).replace(/s$/, '') : ''));
    const noun = VENUES.has(first!) ? first! : VENUES.has(second!) ? second! : null;
    return noun ? [{ slot: PLACE_PREPOSITIONS[m[1]!.toLowerCase()]!, noun, phrase: noun === first ? m[0].slice(0, m[0].length - (m[3] ? m[3].length + 1 : 0)).trim() : m[0] }] : [];
  });
}

/**
 * The venue a sentence puts the statement's event at ("at a market") where the statement puts it at another ("at a
 * cafe") that the sentence and the one before do not name, while the rest of the statement holds: else null.
 */
function otherVenue(p: Parsed, text: string, context: string, terms: Set<string>): string | null {
  if (!p.venues.length) return null;
  const given = venuesOf(text);
  for (const v of p.venues) {
    if (venueNamed(v.noun, context)) continue;
    const rival = given.find((g) => g.slot === v.slot && g.noun !== v.noun);
    if (!rival) continue;
    const held = p.groups.filter((g) => !LIGHT.has(fold(g.word)) && g.keys.some((k) => terms.has(k)));
    if (held.length && coverage(p.groups, terms) >= SUPPORT) return rival.phrase;
  }
  return null;
}

/** Whether a text names a venue noun anywhere ("cafe", "cafes"). */
function venueNamed(noun: string, text: string): boolean {
  return tokenize(text).some((t) => fold(t.word).replace(/s$/, '') === noun);
}

/** "from the X", "by X", "per X" closing a statement: who the statement says a thing comes from. */
const STATED_SOURCE = /\b(?:(?:is|was|are|were|comes?|came)\s+from|by|per)\s+(?:the\s+)?([\p{L}'’&.\s-]+?)\s*$/iu;
/** "by X", "from X" in a sentence with X capitalised: the source it names. */
const GIVEN_SOURCE = /\b(?:by|from)\s+((?:\p{Lu}[\p{L}'’&.-]*\s*)+)/gu;

/**
 * The source a sentence names ("by Harbour News") where the statement names another one ("from the corvel
 * times") that the sentence nowhere mentions, while the rest of the statement holds there: else null.
 */
function otherSource(p: Parsed, text: string, terms: Set<string>): string | null {
  const m = STATED_SOURCE.exec(p.claim);
  if (!m) return null;
  const words = tokenize(m[1]!).map((t) => fold(t.word).replace(/['’]s$/, '')).filter((w) => w.length >= 2 && !isStopword(w));
  if (!words.length || words.length > 4) return null;
  const here = new Set(tokenize(text).map((t) => fold(t.word).replace(/['’]s$/, '')));
  if (words.some((w) => here.has(w) || [...here].some((x) => x.length >= 4 && w.length >= 4 && closeSpelling(w, x)))) return null;
  const given = [...text.matchAll(GIVEN_SOURCE)].map((g) => g[1]!.trim()).filter((g) => !dateKeys(g).months.size && !dateKeys(g).days.size);
  if (!given.length) return null;
  const rest = p.groups.filter((g) => !words.includes(fold(g.word).replace(/['’]s$/, '')));
  const held = rest.filter((g) => !LIGHT.has(fold(g.word)) && g.keys.some((k) => terms.has(k)));
  return held.length >= 1 && coverage(rest, terms) >= SUPPORT ? given[0]! : null;
}

/**
 * The person a sentence says the statement's words of, when that is another than the statement's: every word the
 * two share stands nearer a mention of someone the statement does not name than a mention of its own person.
 */
function saidOfAnother(index: StoreIndex, entry: SentenceEntry, p: Parsed): ActorEntry | null {
  const ownPeople = new Set(p.names.flatMap((g) => g.entries).filter((e) => e.type === 'person'));
  if (!ownPeople.size) return null;
  const base = entry.sentence.start;
  const people = index.mentionsIn(entry.id).filter((m) => m.entry.type === 'person').map((m) => ({ entry: m.entry, start: m.mention.start - base, end: m.mention.end - base }));
  if (!people.some((m) => ownPeople.has(m.entry)) || !people.some((m) => !p.actors.includes(m.entry))) return null;
  const groups = p.groups.filter((g) => !LIGHT.has(fold(g.word)));
  const found = (word: string) => {
    const its = new Set(termKeys(word));
    return groups.some((g) => g.exact.some((k) => its.has(k)) || paraphrased(g.word, its, ''));
  };
  const shared = tokenize(entry.sentence.text).filter((t) => found(t.word) && !people.some((m) => t.start >= m.start && t.end <= m.end));
  if (!shared.length) return null;
  const nearest = shared.map((t) => people.reduce((best, m) => (gap(t, m) < gap(t, best) ? m : best)));
  return nearest.every((m) => !ownPeople.has(m.entry) && !p.actors.includes(m.entry)) ? nearest[0]!.entry : null;
}

/** Characters between a word and a mention. */
function gap(t: { start: number; end: number }, m: { start: number; end: number }): number {
  return t.start >= m.end ? t.start - m.end : m.start >= t.end ? m.start - t.end : 0;
}

/**
 * Whether the statement's two names stand the other way round in the sentence, with no passive "by" to explain it:
 * "Okafor sued Lind" is not "Lind sued Okafor".
 */
function swapped(p: Parsed, text: string): boolean {
  if (p.names.length !== 2 || /\bby\b/i.test(p.claim)) return false;
  const words = tokenize(text).map((t) => stem(t.word));
  const at = (g: NameGroup) => words.findIndex((w) => g.keys.includes(w));
  const [a, b] = [at(p.names[0]!), at(p.names[1]!)];
  if (a < 0 || b < 0 || a < b) return false;
  return !words.slice(b, a).includes('by');
}

/**
 * In a sentence that gives several months or years, the one nearest the statement's name when that is not the
 * statement's own: "Hachette settled in October" against "… with Simon & Schuster in October and Hachette in
 * November" gives "November". Null when the sentence pairs them as the statement does, or gives one date only.
 */
function pairedDate(p: Parsed, text: string): string | null {
  if (!p.names.length) return null;
  const words = tokenize(text);
  for (const key of ['years', 'months'] as const) {
    const stated = [...p.dates[key]];
    if (!stated.length) continue;
    const at = words.flatMap((t, i) => {
      const d = dateKeys(t.word)[key];
      return d.size === 1 ? [{ i, key: [...d][0]!, word: t.word }] : [];
    });
    if (new Set(at.map((a) => a.key)).size < 2) continue;
    const isName = words.map((t) => p.names.some((g) => g.keys.includes(stem(t.word))));
    // each written name as one span ("Oster Shipping")
    const spans = isName.flatMap((n, i) => (n && !isName[i - 1] ? [{ from: i, to: isName.indexOf(false, i) < 0 ? words.length - 1 : isName.indexOf(false, i) - 1 }] : []));
    if (!spans.length) continue;
    // the date nearest a name, looking after the name first ("Hachette in November")
    const nearest = spans.map((n) => at.reduce((best, a) => (distance(n, a.i) < distance(n, best.i) ? a : best)));
    if (nearest.some((a) => stated.includes(a.key))) continue;
    return nearest[0]!.word;
  }
  return null;
}

/**
 * In a sentence that lists several numbers, the number of the item (between commas) that holds the statement's
 * name, when it is not the statement's: "smoked came third" against "1) Grilled, 2) Smoked, 3) Fried" gives "2".
 */
function pairedAmount(p: Parsed, text: string, given: Amount[]): string | null {
  if (p.amounts.length !== 1 || !given.length) return null;
  const stated = p.amounts[0]!;
  // the item is found by a name of the statement, or in a list of short items by any of its words ("2) Smoked")
  const names = new Set(p.names.flatMap((g) => g.keys));
  const claimed = new Set(p.groups.filter((g) => !LIGHT.has(fold(g.word))).flatMap((g) => g.keys.filter((k) => !k.startsWith('~'))));
  // (a comma between digits is a thousands separator: "2,050" is one number, not an item "050")
  for (const item of given.length < 2 ? [] : text.split(/[;:]|,(?!\d)|(?<!\d),/)) {
    const tokens = tokenize(item);
    if (!tokens.some((t) => names.has(stem(t.word)) || (tokens.length <= LIST_ITEM && claimed.has(stem(t.word))))) continue;
    const own = amounts(item);
    if (own.length && !own.some((a) => sameAmount(stated, a))) return own[0]!.text.trim();
  }
  // a number right beside a person's name ("Ken Ott (11)", "Ana Ruiz, 20,") is that person's
  const people = p.names.filter((g) => g.entries.some((e) => e.type === 'person'));
  const words = tokenize(text);
  const isName = words.map((t) => people.some((g) => g.keys.includes(stem(t.word))));
  for (let i = 0; i < words.length; i++) {
    if (!isName[i] || isName[i + 1]) continue;
    const beside = words.slice(i + 1, i + 1 + BESIDE).filter((t) => /^\d+$/.test(t.word)).flatMap((t) => amounts(t.word));
    if (beside.length && !beside.some((a) => sameAmount(stated, a))) return beside[0]!.text;
  }
  return null;
}

/** The scale word of an amount ("million" of "$18 million", "k" of "310k"). */
const SCALE_RE = /\d\s*(k|m|bn|thousand|million|billion|trillion)\b/i;
const SCALE_NAMES: Readonly<Record<string, string>> = { k: 'thousand', m: 'million', bn: 'billion' };
const scaleOf = (a: Amount) => {
  const s = SCALE_RE.exec(a.text)?.[1]?.toLowerCase();
  return s ? (SCALE_NAMES[s] ?? s) : undefined;
};

/**
 * Whether a statement's sum without a currency is the sum a sentence gives with one: chat drops the currency ("the
 * deal is like 80 million" / "an $18 million contract"), so the same scale word of a count of nothing else ties them.
 */
function sumWithoutCurrency(a: Amount, g: Amount): boolean {
  const scale = scaleOf(a);
  return scale !== undefined && scale === scaleOf(g) && currencyOf(a) === undefined && currencyOf(g) !== undefined && !/%|percent/i.test(a.text) && !a.counts.some((k) => !k.startsWith('~'));
}

/** Most words of an item of a list ("2) Smoked", "Varno Hall"). */
const LIST_ITEM = 4;

/** How many words after a name a number may stand and still be the named person's ("(4)", ", 20,"). */
const BESIDE = 1;

/** Word distance from a name to a date, a date after the name counting as nearer than one as far before it. */
function distance(name: { from: number; to: number }, date: number): number {
  return date > name.to ? date - name.to : (name.from - date) * 1.5;
}

const NUMBER_AHEAD = `(?=\\d|(?:${[...CARDINALS.keys()].filter((w) => !w.includes(' ')).join('|')})\\b)`;
/**
 * Scope words that only stress: "only" or "just" a few words before a number ("only deliberated about six hours"),
 * "all" after a plural pronoun ("they all walked out"), "all over" (across), "at all" (with a negation).
 */
const NOT_A_SCOPE = new RegExp(`\\b(?:only|just)\\s+(?:[\\p{L}'’]+\\s+){0,2}(?:(?:about|around|roughly|nearly|almost|like|some)\\s+)?${NUMBER_AHEAD}|\\bthe\\s+most\\b|\\b(?<=(?:they|we|you|them|us)\\s+)all\\b|\\ball\\s+over\\b|\\bat\\s+all\\b`, 'giu');

/** The scope words a text uses, as the index of their group in SCOPE_WORDS. */
function scopesOf(text: string): number[] {
  // "only fifteen" stresses a number (compared as such), "the most visited" is a superlative: neither is a scope
  const words = new Set(tokenize(text.replace(NOT_A_SCOPE, ' ')).map((t) => fold(t.word)));
  return SCOPE_WORDS.flatMap((group, i) => (group.some((w) => words.has(w)) ? [i] : []));
}

/** Shortest stem that may stand for a longer word ("admin" for "administration", "support" for "supporter"). */
const MIN_PREFIX = 5;

/**
 * Whether a sentence says a statement's word in another form: a longer word it begins ("supporter"), or the words
 * an abbreviation stands for ("EU" for "European Union").
 */
function paraphrased(word: string, terms: Set<string>, text: string): boolean {
  const s = stem(word);
  if (s.length >= MIN_PREFIX) for (const t of terms) if (t.startsWith(s) || (t.length >= MIN_PREFIX && s.startsWith(t))) return true;
  // the doer of a verb ("play" / "a former player"), whatever the stemmer makes of the verb
  const w = fold(word);
  if (w.length >= 3 && (terms.has(stem(`${w}er`)) || terms.has(stem(`${w}r`)))) return true;
  return word.length >= 2 && word.length <= 5 && (initialsOf(text).includes(w) || dotted(w).test(text));
}

/** A word's letters written as initials with dots: "jj" in "J.J. Abrams", "dc" in "D.C.". */
function dotted(word: string): RegExp {
  return new RegExp(`(?<![\\p{L}.])${[...word].map((c) => `${escapeRe(c)}\\.\\s?`).join('')}`, 'iu');
}

/** The initials of each run of capitalised words ("European Union" → "eu"), for matching abbreviations. */
function initialsOf(text: string): string[] {
  const runs = text.match(/\p{Lu}\p{Ll}+(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}\p{Ll}+)+/gu) ?? [];
  // every stretch of a run: "Most New Jersey Republicans" holds "nj" as well as "mnjr"
  return runs.flatMap((r) => {
    const letters = r.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]!.toLowerCase());
    return letters.flatMap((_, i) => letters.slice(i + 1).map((__, j) => letters.slice(i, i + j + 2).join('')));
  });
}

function describeDates(text: string): string {
  const d = dateKeys(text);
  return [...d.years, ...[...d.months].map((m) => `month ${m}`), ...[...d.days].map((x) => `weekday ${x}`), ...[...d.monthDays].map((x) => `day ${x}`)].join(', ');
}

function hasDate(d: Parsed['dates']): boolean {
  return d.years.size + d.months.size + d.days.size + d.monthDays.size > 0;
}

/**
 * Sentences that hold two of the statement's words at least, one inside a hyphenated compound the index keeps whole
 * ("an 8-months-old foal" for "6 months old"): the index does not find them by those words.
 */
function compoundCandidates(index: StoreIndex, p: Parsed): SentenceEntry[] {
  const keys = new Set(p.groups.filter((g) => !LIGHT.has(fold(g.word))).flatMap((g) => g.keys.filter((k) => !k.startsWith('~'))));
  if (keys.size < 2) return [];
  return index.sentences.filter((e) => {
    const inner = perSentence(index, e.id, 'compound', () => (e.sentence.text.includes('-') ? [...indexTerms(e.sentence.text.replace(/-/g, ' '))].filter((k) => !e.terms.has(k)) : []));
    if (!inner.some((k) => keys.has(k))) return false;
    return new Set([...inner, ...[...keys].filter((k) => e.terms.has(k))].filter((k) => keys.has(k))).size >= 2;
  }).slice(0, CANDIDATES);
}

/** Candidate sentences: the best by the index, and those where a named speaker is quoted. */
function candidates(index: StoreIndex, p: Parsed, extraNames: ActorEntry[]): SentenceEntry[] {
  // a venue may be the part that is wrong: the sentence is found by the rest ("they met at a cafe" / "at a pier")
  const claim = p.venues.reduce((t, v) => t.replace(new RegExp(`\\b${v.noun}s?\\b`, 'gi'), ' '), p.claim);
  const query = [claim, ...extraNames.map((e) => e.name)].join(' ');
  const out = new Set([...index.candidates(query, CANDIDATES), ...compoundCandidates(index, p)]);
  for (const speaker of p.speaker?.actors ?? []) {
    for (const { facts, claim } of index.claimsBy(speaker)) {
      const id = index.sentenceId(facts.article.id, claim.source.sentence);
      if (id !== undefined) out.add(index.sentences[id]!);
    }
  }
  return [...out];
}

/**
 * The verdict on one statement. A sentence that supports it wins (the article says it); otherwise the closest
 * sentence that contradicts it; otherwise it is not covered. When unsure, a statement is not covered rather than
 * supported; null when the text has nothing to check. `carried` are the actors of the thread so far, for statements that only say "they".
 */
export function judgeStatement(index: StoreIndex, lookup: ActorLookup, text: string, carried: ActorEntry[] = []): Judgement | null {
  const parsed = parse(index, lookup, text);
  const list = candidates(index, parsed, parsed.actors.length ? [] : carried);
  // an amount the articles give in a sentence about the same thing is no mistake, whatever other sentences count
  // (each amount on its own: "over 100k are at 62 percent" keeps its 62 percent where another sentence gives 58)
  const related = list.filter((e) => coverage(parsed.groups, e.terms) >= RELATED).map((e) => amounts(e.sentence.text));
  const found = new Set(parsed.amounts.filter((a) => related.some((given) => given.some((g) => sameAmount(a, g)))));
  const p = found.size ? { ...parsed, amountsFound: found } : parsed;
  // chat that names no one and uses no word of any article ("gonna grab lunch") states nothing to check
  // (a number or a date is something to check: "the skipper was only nineteen", "it happened in november")
  if (!p.names.length && !p.speaker && !p.places.size && !p.amounts.length && !hasDate(p.dates) && !p.groups.some((g) => g.known)) return null;
  const negates = negationHeads(p.claim).length > 0;
  let support: { entry: SentenceEntry; o: Outcome } | null = null;
  let conflict: { entry: SentenceEntry; o: Outcome } | null = null;
  for (const entry of list) {
    // a sentence that words the statement another way (WordNet) may support it, never contradict it: a loose
    // relative is too weak a tie to read a negation or a speaker by
    // (a different number, date or place of what it says is read as such: the sentence is found, the value differs)
    const strict = compare(index, p, entry);
    const loose = strict.kind === 'none' && p.groups.some((g) => g.relativeStems.some((k) => entry.terms.has(k))) ? compare(index, p, entry, true) : NONE;
    const o = (loose.kind === 'support' && !negates) || (loose.kind === 'conflict' && loose.value) ? loose : strict;
    if (o.kind === 'support' && (!support || o.score > support.o.score)) support = { entry, o };
    if (o.kind === 'conflict' && (!conflict || o.score > conflict.o.score)) conflict = { entry, o };
  }
  // a sentence that contradicts the statement as closely as another supports it wins: a wrong "supported" costs most
  const pick = conflict && (!support || (!conflict.o.weak && (conflict.o.score > support.o.score || (!conflict.o.negation && conflict.o.score === support.o.score)))) ? conflict : support;
  if (!pick) return { verdict: 'not_covered', reason: null, citation: null, actors: p.actors };
  return {
    verdict: pick === support ? 'supported' : 'contradicted',
    reason: pick.o.reason,
    citation: citeSentence(pick.entry.facts.article, pick.entry.sentence),
    actors: p.actors,
  };
}
