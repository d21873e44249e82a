import nlp from 'compromise';
import { CITIES, REGIONS } from '../../lexicon/cities';
import { COUNTRIES, COUNTRY_ABBREVIATIONS, PLACE_NAME_ENDINGS, PLACE_SUFFIXES } from '../../lexicon/countries';
import { DEMONYMS, PARTY_ADJECTIVES } from '../../lexicon/demonyms';
import { FUNCTION_WORDS, GENERIC_CAPITALISED, MONTHS, NON_ACTOR_HEADS, WEEKDAYS } from '../../lexicon/non-names';
import { GIVEN_NAMES_THAT_ARE_WORDS } from '../../lexicon/given-names';
import { GROUP_SUFFIXES, INSTITUTIONS, LOWERCASE_ORG_HEADS, NOT_ACRONYMS, ORG_DESCRIPTORS, ORG_SUFFIXES } from '../../lexicon/organisations';
import { DESCRIPTIVE_PARTICIPLES, HONORIFICS, PERSON_NOUNS, RELATION_NOUNS, ROLE_TITLES } from '../../lexicon/titles';
import { WEAPONS_AND_PRODUCTS } from '../../lexicon/weapons';

/** Word classes the actor finder asks about: our lexicons first, compromise's dictionary for ordinary English. */

const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
const honorifics = lower(HONORIFICS);
const roleTitles = lower(ROLE_TITLES);
const participles = lower(DESCRIPTIVE_PARTICIPLES);
const demonyms = lower([...DEMONYMS, ...PARTY_ADJECTIVES]);
const calendar = lower([...WEEKDAYS, ...MONTHS]);
const functionWords = lower(FUNCTION_WORDS);
const generic = lower(GENERIC_CAPITALISED);
const weapons = lower(WEAPONS_AND_PRODUCTS);
const orgSuffixes = lower(ORG_SUFFIXES);
const groupSuffixes = lower(GROUP_SUFFIXES);
const orgHeads = lower(LOWERCASE_ORG_HEADS);
const institutions = lower(INSTITUTIONS);
const places = lower([...COUNTRIES, ...CITIES, ...REGIONS]);
const countryAbbreviations = new Set(Object.keys(COUNTRY_ABBREVIATIONS));
const notAcronyms = new Set(NOT_ACRONYMS);
const givenNameWords = new Set(GIVEN_NAMES_THAT_ARE_WORDS);

type Tags = string | string[] | undefined;
const dictionary = (nlp as unknown as { model(): { one: { lexicon: Record<string, Tags> } } }).model().one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'City', 'Country', 'Region', 'Organization', 'SportsTeam', 'ProperNoun']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const VERB_TAGS = new Set(['Comparative', 'Superlative', 'PastTense', 'PresentTense', 'Gerund', 'Copula', 'Modal', 'Auxiliary', 'Preposition', 'Determiner', 'Conjunction', 'Pronoun', 'Possessive', 'Adverb', 'QuestionWord']);

function tagsOf(word: string): string[] {
  const t = dictionary[word];
  return t === undefined ? [] : Array.isArray(t) ? t : t.split(',');
}

/** Strips a final dot and lower-cases: the key every lexicon is compared with. */
export const key = (word: string) => word.replace(/\.$/, '').replace(/’/g, "'").toLowerCase();

/** "I’m" → "i", "didn’t" → "did": contractions are function words. */
const uncontract = (k: string) => k.replace(/(?:n't|'(?:m|re|ll|ve|d))$/, '');

export const isHonorific = (w: string) => honorifics.has(key(w));
export const isRoleTitle = (w: string) => roleTitles.has(key(w));
export const isTitle = (w: string) => isHonorific(w) || isRoleTitle(w);
export const isCalendarWord = (w: string) => calendar.has(key(w));
export const isWeapon = (w: string) => weapons.has(key(w));
export const isFunctionWord = (w: string) => functionWords.has(uncontract(key(w)));
export const isGenericWord = (w: string) => generic.has(key(w));
export const isOrgSuffix = (w: string) => orgSuffixes.has(key(w));
export const isGroupSuffix = (w: string) => groupSuffixes.has(key(w));
export const isOrgHead = (w: string) => orgHeads.has(w);
export const isInstitution = (name: string) => institutions.has(name.toLowerCase());
export const isKnownPlace = (name: string) => places.has(name.toLowerCase()) || countryAbbreviations.has(name.replace(/\./g, ''));
export const isDescriptiveParticiple = (w: string) => participles.has(key(w));

/** Demonyms and party adjectives, singular or plural ("Belarusian", "Belarusians", "Republicans"). */
export function isDemonym(word: string): boolean {
  const k = key(word).replace(/['’]s$/, '');
  if (demonyms.has(k)) return true;
  if (k.endsWith('s') && demonyms.has(k.slice(0, -1))) return true;
  return k.endsWith('es') && demonyms.has(k.slice(0, -2));
}

/** A given name, also one that is an English word ("Robin"): only its place before another name tells. */
export function isFirstName(word: string): boolean {
  const k = key(word);
  return givenNameWords.has(k) || tagsOf(k).some((t) => FIRST_NAME_TAGS.has(t));
}

/** The gender compromise's dictionary gives a given name ("Margaret" → female), or null. */
export function givenNameGender(word: string): 'male' | 'female' | null {
  const tags = tagsOf(key(word));
  if (tags.includes('MaleName') === tags.includes('FemaleName')) return null;
  return tags.includes('MaleName') ? 'male' : 'female';
}

/** Does compromise's dictionary know it as a name (person, place or organisation)? */
export function dictionaryNameType(word: string): 'person' | 'place' | 'organization' | null {
  const tags = tagsOf(key(word));
  if (tags.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName' || t === 'LastName' || t === 'Person')) return 'person';
  if (tags.some((t) => t === 'Place' || t === 'City' || t === 'Country' || t === 'Region')) return 'place';
  if (tags.some((t) => t === 'Organization' || t === 'SportsTeam')) return 'organization';
  return null;
}

/** An ordinary English word (as opposed to a name): in our function words or compromise's dictionary, or an inflection of one. */
const commonCache = new Map<string, boolean>();
export function isCommonWord(word: string): boolean {
  let known = commonCache.get(word);
  if (known === undefined) {
    if (commonCache.size > 50_000) commonCache.clear(); // bounded: words repeat across articles
    commonCache.set(word, (known = lookUpCommon(word)));
  }
  return known;
}

function lookUpCommon(word: string): boolean {
  const k = uncontract(key(word));
  if (functionWords.has(k) || calendar.has(k) || generic.has(k)) return true;
  // adjectives nothing else knows ("Parliamentary")
  if (k.length >= 8 && /(?:ary|ial|ical|ive|ous|ful|less|able|ible)$/.test(k) && !tagsOf(k).some((t) => NAME_TAGS.has(t))) return true;
  // abstract nouns nothing else knows ("Opposition", "Governance")
  if (k.length >= 8 && /(?:tion|sion|ment|ness|ance|ence|ship|ism)s?$/.test(k) && !tagsOf(k).some((t) => NAME_TAGS.has(t))) return true;
  for (const stem of stems(k)) {
    const tags = tagsOf(stem);
    if (tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t))) return true;
  }
  return false;
}

function stems(k: string): string[] {
  const out = [k];
  if (k.endsWith('ies')) out.push(`${k.slice(0, -3)}y`);
  if (k.endsWith('es')) out.push(k.slice(0, -2));
  if (k.endsWith('s')) out.push(k.slice(0, -1));
  if (k.endsWith('ly')) out.push(k.slice(0, -2), `${k.slice(0, -2)}e`);
  if (k.endsWith('ily')) out.push(`${k.slice(0, -3)}y`);
  if (k.endsWith('ed')) out.push(k.slice(0, -1), k.slice(0, -2));
  if (k.endsWith('ing')) out.push(k.slice(0, -3), `${k.slice(0, -3)}e`);
  return out;
}

/**
 * Words that cannot belong to a description before a name: closed-class words and verbs
 * ("stated", "says", "led by"). Descriptions are nouns and adjectives ("opposition chief").
 */
export function endsDescription(word: string): boolean {
  const k = key(word);
  if (isTitle(k) || isDemonym(k) || isDescriptiveParticiple(k)) return false;
  if (functionWords.has(k) || calendar.has(k)) return true;
  if (/(?:ed|ly)$/.test(k)) return true;
  const tags = tagsOf(k);
  if (tags.some((t) => VERB_TAGS.has(t))) return true;
  // "says", "claims": a verb's third person; plural nouns ("officials") stay
  if (k.endsWith('s') && tagsOf(k.slice(0, -1)).includes('Infinitive') && tags.length === 0) return true;
  return false;
}

/** An acronym that can name an organisation: 2–6 capitals (digits and & allowed), not an English word. */
export function isAcronym(word: string): boolean {
  const bare = word.replace(/\./g, '');
  if (!/^\p{Lu}[\p{Lu}\p{N}&]{1,5}$/u.test(bare) || !/\p{Lu}.*[\p{Lu}\p{N}]/u.test(bare)) return false;
  if (notAcronyms.has(bare)) return false;
  if (/\./.test(word)) return true;
  return !isCommonWord(bare) || dictionaryNameType(bare) === 'organization';
}

const placeSuffixes = lower(PLACE_SUFFIXES);
export const isPlaceSuffix = (w: string) => placeSuffixes.has(key(w));

const orgDescriptors = lower(ORG_DESCRIPTORS);
/** Does a description say its actor is an organisation ("state news agency")? */
export const describesOrganisation = (description: string) => description.toLowerCase().split(/[\s-]+/).some((w) => orgDescriptors.has(w));

/** Verbs in their plain form and adverbial particles ("make", "round"): no role on their own. */
export function isVerbOrParticle(word: string): boolean {
  return tagsOf(key(word)).some((t) => t === 'Infinitive' || t === 'PhrasalVerb' || t === 'Preposition' || t === 'Adverb');
}

const nonActorHeads = lower(NON_ACTOR_HEADS);
/** The last word of an event, law or work ("Marshall Plan"): such names are not actors. */
export const isNonActorHead = (w: string) => nonActorHeads.has(key(w));
export const isNotAcronym = (w: string) => notAcronyms.has(w.replace(/\./g, ''));

const placeEndings = [...PLACE_NAME_ENDINGS];
/** A guess for a word nothing else explains: does it end like a place name? */
export const looksLikePlace = (w: string) => w.length > 5 && placeEndings.some((e) => w.toLowerCase().endsWith(e));

/** Is the word, as used before another lower-case word, an attribute ("state news agency") rather than a verb ("re-nominate former")? */
export function isPlainVerb(word: string): boolean {
  return tagsOf(key(word)).includes('Infinitive');
}
export function isAdjective(word: string): boolean {
  return tagsOf(key(word)).some((t) => t === 'Adjective' || t === 'Comparative' || t === 'Superlative');
}

const verbCache = new Map<string, boolean>();
/** A verb by the dictionary, or by compromise's tagger for a word the dictionary lacks ("nominate"). */
export function isVerbWord(word: string): boolean {
  const k = key(word);
  let known = verbCache.get(k);
  if (known === undefined) {
    const tags = tagsOf(k);
    known = tags.length ? tags.some((t) => t === 'Infinitive' || t === 'PastTense' || t === 'PresentTense' || t === 'Gerund') && !tags.some((t) => t === 'Singular' || t === 'Noun' || t === 'Actor') : nlp(k).has('#Verb');
    if (verbCache.size > 10_000) verbCache.clear();
    verbCache.set(k, known);
  }
  return known;
}

const personNouns = lower([...PERSON_NOUNS, ...RELATION_NOUNS]);
/** A word that can head a description of a person: a title, a person noun, or an agent noun ("adviser", "activist"). */
export function isRoleNoun(word: string): boolean {
  const k = key(word);
  return isTitle(k) || personNouns.has(k) || /(?:er|or|ist|ian|ant|ent|man|woman|eur|ee)$/.test(k) || /(?:ers|ors|ists|ians|men)$/.test(k);
}
