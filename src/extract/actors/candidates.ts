import type { ActorType } from '../types';
import { joinedOverPluralPossessive, type Token } from './tokens';
import {
  dictionaryNameType,
  isAcronym,
  isCalendarWord,
  isCommonWord,
  isDemonym,
  isFirstName,
  isFunctionWord,
  isGenericWord,
  isGroupSuffix,
  isHonorific,
  isInstitution,
  isKnownPlace,
  isNonActorHead,
  isNotAcronym,
  isRoleTitle,
  isOrgHead,
  isOrgSuffix,
  isPlaceSuffix,
  isTitle,
  isWeapon,
  key,
} from './words';

/** One written occurrence of a name, before occurrences are merged into actors. */
export interface Candidate {
  /** The name's own tokens: no title, descriptor or honorific; with its lower-case head ("Harlow administration"). */
  name: Token[];
  /** Token indices of the name as written: `first` is the honorific when one precedes ("Mr Straw"). */
  first: number;
  last: number;
  /** null: a single word whose kind the rest of the article must decide. */
  type: ActorType | null;
  /** A title or honorific stood before it: certainly a person. */
  titled: boolean;
  /** Token index where a descriptor inside the capitalised run begins ("Russian President"), else null. */
  prefix: number | null;
  /** An ordinary English word, kept only if it turns out to be part of a longer name. */
  common: boolean;
}

/**
 * A run of more capitalised words than this is a list or a headline, not one name ("International Legion of
 * Defence of Ukraine" has six); it names no one, and no later step ever compares names of unbounded length.
 */
const MAX_NAME_TOKENS = 16;
const ORG_CONNECTORS = new Set(['of', 'for', 'on']);
/** Lower-case particles inside a person's name ("Jo van Vale", "Ana de Kesh"). */
export const PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'van', 'von', 'der', 'den', 'del', 'della', 'di', 'du', 'le', 'la', 'bin', 'ibn', 'dos', 'das', 'ter', 'les', 'pour', 'et', '&']);

const isWord = (t: Token) => /^\p{L}/u.test(t.text);
const namey = (t: Token) => t.cap && isWord(t);

/**
 * Finds every capitalised name in the article and decides what it is as far as its own sentence allows.
 * `midSentence` holds words seen capitalised away from a sentence start: a sentence-initial word that is
 * also an English word ("Brown") counts as a name only when the article capitalises it elsewhere.
 */
export function findCandidates(tokens: Token[]): Candidate[] {
  const midSentence = new Set(tokens.filter((t) => t.cap && !t.initial && !t.headline).map((t) => t.text));
  const alone = wordsStandingAlone(tokens);
  const out: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const sentenceEnd = endOfSentence(tokens, i);
    for (const run of runsOf(tokens, i, sentenceEnd)) {
      for (const part of splitRun(run.tokens, midSentence)) {
        if (part.length > MAX_NAME_TOKENS) continue;
        const c = candidateOf(part, part[part.length - 1] === run.tokens[run.tokens.length - 1] ? run.head : null, afterRoleTitle(tokens, part[0]!), alone);
        if (c) out.push(c);
      }
    }
    i = sentenceEnd;
  }
  return out;
}

/** Capitalised words written on their own, or after an honorific only ("Rook said", "Ms Rook"). */
function wordsStandingAlone(tokens: Token[]): Set<string> {
  const alone = new Set<string>();
  tokens.forEach((t, i) => {
    if (!t.cap || t.headline) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const joinedBefore = prev !== undefined && t.joined && prev.cap && !isHonorific(prev.text);
    const joinedAfter = next !== undefined && (next.joined || next.hyphened) && next.cap && !t.possessive;
    if (!joinedBefore && !joinedAfter && !t.hyphened) alone.add(t.text);
  });
  return alone;
}

/** "home secretary Rusty Bell": a lower-case role title right before the name makes it a person's. */
function afterRoleTitle(tokens: Token[], first: Token): boolean {
  const prev = tokens[first.index - 1];
  return prev !== undefined && first.joined && !prev.cap && prev.sentence === first.sentence && isRoleTitle(prev.text);
}

function endOfSentence(tokens: Token[], i: number): number {
  const s = tokens[i]!.sentence;
  let j = i;
  while (j < tokens.length && tokens[j]!.sentence === s) j++;
  return j;
}

interface Run {
  tokens: Token[];
  head: Token | null;
}

/** Maximal runs of capitalised words within one sentence, joined over name particles and organisation connectors. */
function runsOf(tokens: Token[], from: number, to: number): Run[] {
  const runs: { tokens: Token[]; next: number; org: boolean }[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i]!;
    if (!namey(t) || (tokens[i + 1]?.hyphened && i + 1 < to && !tokens[i + 1]!.cap)) {
      i++; // not a name, or the first half of an adjective ("Beijing-backed")
      continue;
    }
    const run = [t];
    let j = i + 1;
    while (j < to && (!run[run.length - 1]!.possessive || joinedOverPluralPossessive(run[run.length - 1]!, tokens[j]!))) {
      const n = tokens[j]!;
      if (namey(n) && (n.joined || n.hyphened || joinedOverPluralPossessive(run[run.length - 1]!, n))) {
        if (tokens[j + 1]?.hyphened && j + 1 < to && !tokens[j + 1]!.cap) break;
        run.push(n);
        j++;
        continue;
      }
      // "Charles de Gaulle", "Ursula von der Leyen"
      let k = j;
      while (k < to && PARTICLES.has(tokens[k]!.text) && tokens[k]!.joined) k++;
      if (k > j && k < to && namey(tokens[k]!) && tokens[k]!.joined) {
        for (let m = j; m <= k; m++) run.push(tokens[m]!);
        j = k + 1;
        continue;
      }
      break;
    }
    runs.push({ tokens: run, next: j, org: isOrgSuffix(run[run.length - 1]!.text) });
    i = j;
  }
  // "International Legion of Defence of Ukraine", "Central and East European Coalition"
  const joined: Run[] = [];
  for (let r = 0; r < runs.length; r++) {
    const cur = runs[r]!;
    const merged = [...cur.tokens];
    let org = cur.org;
    let next = cur.next;
    while (r + 1 < runs.length) {
      const nxt = runs[r + 1]!;
      // only one or two connecting words can join runs: a longer gap is not copied out to be looked at
      const gap = nxt.tokens[0]!.index - next;
      const between = gap >= 1 && gap <= 2 ? tokens.slice(next, nxt.tokens[0]!.index) : [];
      if (!connects(between, merged, nxt.tokens, org)) break;
      merged.push(...between, ...nxt.tokens);
      org = true;
      next = nxt.next;
      r++;
    }
    const last = merged[merged.length - 1]!;
    const after = tokens[next];
    const head = next < to && after && after.joined && !last.possessive && isOrgHead(after.text) ? after : null;
    joined.push({ tokens: merged, head });
  }
  return joined;
}

function connects(between: Token[], left: Token[], right: Token[], leftIsOrg: boolean): boolean {
  if (between.length === 0 || between.length > 2 || left[left.length - 1]!.possessive) return false;
  if (![...between, right[0]!].every((t) => t.joined)) return false;
  const words = between.map((t) => t.text);
  const rightFirst = right[0]!;
  if (isCalendarWord(rightFirst.text) || (rightFirst.initial && isFunctionWord(rightFirst.text))) return false;
  if (leftIsOrg && ORG_CONNECTORS.has(words[0]!) && (words.length === 1 || words[1] === 'the')) return true;
  return words.length === 1 && words[0] === 'and' && isOrgSuffix(right[right.length - 1]!.text) && left.every((t) => isCommonWord(t.text) && !isDemonym(t.text));
}

/** Removes capitalised words that are not part of a name and splits the run where they stood. */
function splitRun(run: Token[], midSentence: Set<string>): Token[][] {
  let tokens = run;
  if (tokens[0]!.headline) {
    // plural nouns ("Voters") are title-cased too; a name among them is capitalised elsewhere in the article;
    // so are adverbs and participles ("Criminally Investigated")
    const titleCased = (t: Token) => /(?:ers|ists|ions|ments|ly|ed)$/.test(t.text) && !midSentence.has(t.text);
    return splitWhere(tokens, (t) => isCommonWord(t.text) || titleCased(t) || (t.headline === 'caps' && !isAcronym(t.text) && !isKnownPlace(t.text)));
  }
  const first = tokens[0]!;
  if (first.initial && !keepsFirstWord(tokens, midSentence)) tokens = tokens.slice(1);
  // "Lena May", "Mrs May": a month after a given name or an honorific is a surname
  const surname = (k: number) => {
    const prev = tokens[k - 1];
    return prev !== undefined && (isFirstName(prev.text) || isHonorific(prev.text)) && !isCalendarWord(prev.text);
  };
  const parts = splitWhere(tokens, (t, k) => (isCalendarWord(t.text) && !surname(k)) || isWeapon(t.text));
  return parts.flatMap(splitPlaceCompounds);
}

/** Shapes of long plural agent nouns and adverbs ("Supporters", "Passengers", "Residents", "Nationally"). */
const OPENING_COMMON_SHAPE = /^\p{Lu}\p{Ll}{4,}(?:ers|ors|ants|ents|ists|ally)$/u;

/** A sentence-initial capital is kept when the word is a name: known, capitalised elsewhere, or part of a known name. */
function keepsFirstWord(tokens: Token[], midSentence: Set<string>): boolean {
  const first = tokens[0]!;
  const rest = tokens.length > 1 ? textOf(tokens.slice(1)) : '';
  // "Rusty Bell said", "Will Carrow said": a given name opening a longer name, unless the rest is a place or
  // body ("Will Congress …"); "Lord Quarry said": an honorific or title before a name
  const givenName = isFirstName(first.text) && !isKnownPlace(rest) && !isInstitution(rest) && !isOrgSuffix(tokens[tokens.length - 1]!.text);
  if (rest && (givenName || isTitle(first.text))) return true;
  if (isFunctionWord(first.text)) return false;
  // "Supporters of the mayor argued", "Nationally, …": a plural of people or an adverb opening the sentence,
  // never written capitalised elsewhere, is no name even when the dictionary does not know it
  if (tokens.length === 1 && !midSentence.has(first.text) && OPENING_COMMON_SHAPE.test(first.text)) return false;
  if (!isCommonWord(first.text) || midSentence.has(first.text)) return true;
  const whole = textOf(tokens);
  if (isKnownPlace(whole) || isInstitution(whole)) return true;
  return tokens.length > 1 && isOrgSuffix(tokens[tokens.length - 1]!.text);
}

function splitWhere(tokens: Token[], drop: (t: Token, k: number) => boolean): Token[][] {
  const parts: Token[][] = [];
  let cur: Token[] = [];
  for (const [k, t] of tokens.entries()) {
    if (drop(t, k)) {
      if (cur.length) parts.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) parts.push(cur);
  return parts;
}

/** "Poland-Ukraine border" names two places. */
function splitPlaceCompounds(tokens: Token[]): Token[][] {
  if (!tokens.some((t) => t.hyphened)) return [tokens];
  const groups: Token[][] = [];
  for (const t of tokens) {
    if (t.hyphened && groups.length) groups[groups.length - 1]!.push(t);
    else groups.push([t]);
  }
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (const g of groups) {
    if (g.length > 1 && g.every((t) => isKnownPlace(t.text))) {
      if (cur.length) out.push(cur);
      cur = [];
      for (const t of g) out.push([t]);
    } else cur.push(...g);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** The article text a run of tokens covers, as written. */
export function textOf(tokens: Token[]): string {
  let s = '';
  tokens.forEach((t, i) => {
    // "Rail Workers’ Union": the plural possessive inside the name keeps its apostrophe
    const apostrophe = i > 0 && joinedOverPluralPossessive(tokens[i - 1]!, t) ? '’' : '';
    s += i === 0 ? t.text : `${apostrophe}${t.hyphened ? '-' : ' '}${t.text}`;
  });
  return s;
}

function candidateOf(run: Token[], head: Token | null, afterTitle: boolean, alone: Set<string>): Candidate | null {
  const last = run[run.length - 1]!;
  const whole = textOf(run);
  const plain = (type: ActorType): Candidate => ({ name: run, first: run[0]!.index, last: last.index, type, titled: false, prefix: null, common: false });
  // "Holly French", "Max English": after a given name a demonym is a surname
  const surname = run.length >= 2 && isFirstName(run[run.length - 2]!.text) && !isDemonym(run[run.length - 2]!.text);
  if (isNonActorHead(last.text) || isDemonym(whole) || (isDemonym(last.text) && !surname)) return null;
  if (run.some((t) => t.text === '&')) return plain('organization');
  if (head && !isDemonym(last.text) && !isCommonWord(whole)) return { ...plain('organization'), name: [...run, head], last: head.index };
  if (isKnownPlace(whole) && !run.some((t) => t.hyphened)) return plain('place');
  if (isInstitution(whole)) return plain('organization');
  // "R-Warren": a party and a district
  if (run.length === 2 && run[1]!.hyphened && /^\p{Lu}$/u.test(run[0]!.text)) return null;
  if (run.length > 1 && isOrgSuffix(last.text)) return plain(isGroupSuffix(last.text) ? 'group' : 'organization');
  // only organisation names are joined over "of", "for", "and" ("International Legion of Defence of Ukraine")
  const connector = run.find((t) => ORG_CONNECTORS.has(t.text) || t.text === 'and');
  if (connector) return plain(run.slice(0, connector.index - run[0]!.index).some((t) => isGroupSuffix(t.text)) ? 'group' : 'organization');
  if (run.length > 1 && isPlaceSuffix(last.text)) return plain('place');

  // titles and descriptors before the name: "Finnish Prime Minister Aino Virtanen", "Mr Straw"
  let t = -1;
  for (let k = run.length - 2; k >= 0; k--) {
    if (isTitle(run[k]!.text)) {
      t = k;
      break;
    }
  }
  let from = t + 1;
  while (from < run.length - 1 && isDemonym(run[from]!.text)) from++;
  let name = run.slice(from);
  // "Shadow Europe": an unknown word before a place is not a longer name
  if (t < 0 && name.length > 1 && isKnownPlace(name[name.length - 1]!.text) && !isFirstName(name[0]!.text)) name = name.slice(-1);
  // post-nominal titles ("Philippe Sands QC")
  if (name.length > 2 && isRoleTitle(name[name.length - 1]!.text)) name = name.slice(0, -1);
  if (name.length === 0 || name.every((x) => isDemonym(x.text) || isTitle(x.text))) return null;
  const honorific = t >= 0 && isHonorific(run[t]!.text) ? run[t]! : null;
  const titled = t >= 0 || (afterTitle && from === 0);
  const type = typeOf(name, titled, alone);
  if (type === undefined) return null;
  return {
    name,
    first: (honorific ?? name[0]!).index,
    last: name[name.length - 1]!.index,
    type,
    titled,
    prefix: from > 0 && !(honorific && t === 0 && from === 1) ? run[0]!.index : null,
    common: name.length === 1 && type === null && isCommonWord(name[0]!.text),
  };
}

/**
 * "Zorabel Rook", "Teodric Brown": two words, the first a name no dictionary knows, the second an English word
 * used as a surname, which the article also writes alone ("Rook said", "Ms Rook"). Firms and places are told
 * apart by a known first word ("Apple Music", "Utah Monthly"), a plural ("Brightline Strategies") or a generic
 * second word ("Far West").
 */
function isUnknownGivenName(name: Token[], alone: Set<string>): boolean {
  if (name.length !== 2 || name[1]!.hyphened || !alone.has(name[1]!.text)) return false;
  const [first, last] = [name[0]!.text, name[1]!.text];
  if (isCommonWord(first) || dictionaryNameType(first) || isKnownPlace(first) || isAcronym(first) || first === first.toUpperCase()) return false;
  return !/s$/.test(last) && !isGenericWord(last) && !isOrgSuffix(last) && !isPlaceSuffix(last);
}

/** The kind of a name from its words; null when one word cannot tell; undefined when it names no one. */
function typeOf(name: Token[], titled: boolean, alone: Set<string>): ActorType | null | undefined {
  const text = textOf(name);
  if (isKnownPlace(text)) return 'place';
  if (isInstitution(text)) return 'organization';
  if (titled) return 'person';
  if (name.length === 1) {
    const w = name[0]!;
    if (isGenericWord(w.text) || isDemonym(w.text) || isOrgSuffix(w.text) || isNotAcronym(w.text)) return undefined;
    if (isAcronym(w.text)) return 'organization';
    if (w.text.length > 1 && w.text === w.text.toUpperCase() && w.initial) return 'place'; // a dateline ("TRENTON —")
    const known = dictionaryNameType(w.text);
    if (known) return known;
    return null;
  }
  const words = name.filter((x) => !/^\p{Lu}\.$/u.test(x.text) && !PARTICLES.has(x.text));
  if (name.some((x) => /^(\p{Lu}\.)+$/u.test(x.text)) || isFirstName(name[0]!.text)) return 'person';
  if (words.every((x) => isCommonWord(x.text))) return undefined;
  // "KBTrust Chase", "ACMEair Group": a word opening on an acronym is a brand, never a given name
  if (/^\p{Lu}{2,}\p{Ll}{2}/u.test(words[0]!.text)) return 'organization';
  if (isCommonWord(words[words.length - 1]!.text) && !isFirstName(words[0]!.text) && !isUnknownGivenName(name, alone)) return 'organization';
  if (key(words[0]!.text) === key(words[words.length - 1]!.text)) return 'organization';
  return 'person';
}
