import type { Sentence } from '../article/types';
import { PERSON_NOUNS } from '../lexicon/titles';
import { NAMED_ONLY_BODY_NOUNS } from '../lexicon/organisations';
import type { Gender } from '../lexicon/gender';
import { describesOrganisation, isOrgSuffix, isRoleTitle } from './actors/words';
import { actorGenders, describedGender } from './gender';
import { isAnonymousRole, isOneAnonymousPerson } from './roles';
import { unspinPhrase } from './spin';
import type { Actor, ArticleFacts } from './types';
import { firstNotBefore, firstStartingAt } from './bounds';
import { readHeldRole, RoleHolders } from './holders';

export interface Span {
  start: number;
  end: number;
}

export interface ResolvedSpeaker {
  /** The actor's name, or the phrase as written, or null. */
  speaker: string | null;
  speakerId: string | null;
}

interface Placed {
  start: number;
  end: number;
  actor: Actor;
}

interface Remembered {
  sentence: number;
  start: number;
  resolved: ResolvedSpeaker;
  actor: Actor | null;
}

/** A sentence's unquoted mentions, its people, the person opening it and the last person not a possessor. */
interface Focus {
  narrated: Placed[];
  people: Placed[];
  subject: Placed | undefined;
  lastNonPossessive: Placed | undefined;
}

const NONE: ResolvedSpeaker = { speaker: null, speakerId: null };
const PERSONAL = new Set(['he', 'she']);
const PLURAL = new Set(['they']);
const IMPERSONAL = new Set(['it']);
/** First-person and second-person pronouns outside quotes are the writer or reader: no speaker. */
const OTHER_PRONOUNS = new Set(['i', 'we', 'you', 'one', 'who', 'this', 'that']);
const DETERMINER = /^(?:the|a|an|this|that|its|their|his|her)\s+/i;
const LOOKBACK = 6;
/** Characters an organisation may stand before its role noun ("Acme released an analysts' note"). */
const ORG_ROLE_REACH = 30;
const MAX_ROLE_USES = 8;
const AGE_REFERENCE = /^the\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old(?:\s+\p{Ll}[\p{Ll}-]*)?$/iu;
/** Look-backs over mentions and remembered speakers are bounded, so each lookup costs the same on any input. */
const MAX_LOOKBACK_MENTIONS = 500;
const MAX_REMEMBERED = 64;
const PERSON_NOUN_SET = new Set(PERSON_NOUNS);
const NAMED_ONLY_BODIES = new Set(NAMED_ONLY_BODY_NOUNS);
const isOrgNoun = (w: string) => isOrgSuffix(w) || describesOrganisation(w);

/**
 * Turns the speaker phrase of an attribution into a speaker: an actor when the phrase names or describes one,
 * a pronoun's antecedent (the person last in focus), else the phrase as written. Remembers resolved speakers so
 * later pronouns can prefer the last speaker.
 */
export class SpeakerResolver {
  private readonly text: string;
  private readonly sentences: readonly Sentence[];
  private readonly mentions: Placed[];
  /** Remembered speakers by sentence, in the order remembered. */
  private readonly history = new Map<number, Remembered[]>();
  /** The last remembered speaker a later "he"/"she" may fall back on. */
  private lastPerson: Remembered | null = null;
  private readonly actorById: Map<string, Actor>;
  /** Lower-case names and aliases: the first actor to use each. */
  private readonly actorByName = new Map<string, Actor>();
  /** Per sentence, what a pronoun in a later sentence looks for (sentences never change once split). */
  private readonly focus = new Map<number, Focus>();
  /** Genders the article shows for its people: "she" never points back to a man. */
  private readonly genders: Map<string, Gender>;
  /** The people the article sets beside a title ("Prime Minister Jo Vale"), for a later "the prime minister". */
  private readonly holders: RoleHolders;
  /** Where each actor is first named outside quotations: a role phrase may introduce the person named next. */
  private readonly firstNamed = new Map<string, number>();

  constructor(
    private readonly facts: ArticleFacts,
    /** True when an offset lies inside a quotation: names there are not in the narrator's focus. */
    private readonly isQuoted: (offset: number) => boolean,
  ) {
    this.text = facts.article.text;
    this.sentences = facts.article.sentences;
    this.mentions = facts.actors
      .flatMap((actor) => actor.mentions.map((m) => ({ start: m.start, end: m.end, actor })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    this.actorById = new Map(facts.actors.map((a) => [a.id, a]));
    for (const a of facts.actors) {
      for (const name of [a.name, ...a.aliases]) {
        const k = name.toLowerCase();
        if (!this.actorByName.has(k)) this.actorByName.set(k, a);
      }
    }
    this.genders = actorGenders(facts);
    this.holders = new RoleHolders(this.text, facts.actors.filter((a) => a.type === 'person'), isQuoted);
    for (const m of this.mentions) if (!this.firstNamed.has(m.actor.id) && !isQuoted(m.start)) this.firstNamed.set(m.actor.id, m.start);
  }

  /** Resolves the phrase at `phrase` in `sentence`; `bySubject` when the phrase is the sentence subject, not a cue's own. */
  resolve(phrase: Span | null, sentence: Sentence, bySubject = false): ResolvedSpeaker {
    if (!phrase) return NONE;
    // a spinner's "the legal professional common" is read as the "attorney general" it replaced
    const written = this.text.slice(phrase.start, phrase.end);
    const raw = unspinPhrase(written);
    // "He’s claiming": the pronoun without its contracted auxiliary
    const lower = raw.toLowerCase().replace(/['’](?:s|d|ll|ve|re)$/, '');
    if (PERSONAL.has(lower)) return this.person(phrase.start, sentence, lower === 'he' ? 'male' : 'female');
    if (PLURAL.has(lower) || IMPERSONAL.has(lower)) return this.group(phrase.start, sentence, IMPERSONAL.has(lower));
    if (OTHER_PRONOUNS.has(lower)) return NONE;
    // "the 29-year-old", "the 61-year-old striker": an age in place of a name points back like "he"/"she"
    if (AGE_REFERENCE.test(raw.trim())) {
      const before = this.person(phrase.start, sentence);
      if (before.speakerId) return before;
    }
    // "a senior official", "a spokeswoman for the ministry": someone unnamed, unless "the spokesman" was described before
    if (isAnonymousRole(raw)) {
      const described = /^the\s/i.test(raw) ? this.byDescription(raw, phrase.start) : null;
      if (described) return named(described);
      return this.byOrganisationRole(raw, phrase.start, sentence) ?? { speaker: written.trim(), speakerId: null };
    }
    // a title's one holder ("the chairman": "Jo Vale, Acme's chairman") before the last actor described with it
    const actor = this.mentionedIn(phrase, bySubject) ?? this.byName(raw) ?? this.byHeldRole(raw, phrase.start, sentence) ?? this.byDescription(raw, phrase.start);
    if (actor) return { speaker: actor.name, speakerId: actor.id };
    const referred = this.byRoleNoun(raw, phrase.start, sentence);
    if (referred?.speakerId) return referred;
    return { speaker: displayPhrase(this.text, phrase), speakerId: null };
  }

  /** Records a claim's speaker so that later pronouns can fall back on it. */
  remember(resolved: ResolvedSpeaker, sentence: number, start: number): void {
    if (!resolved.speaker) return;
    const actor = resolved.speakerId ? (this.actorById.get(resolved.speakerId) ?? null) : null;
    const entry = { sentence, start, resolved, actor };
    const list = this.history.get(sentence);
    if (list) list.push(entry);
    else this.history.set(sentence, [entry]);
    if (this.mentions.length ? actor?.type === 'person' : looksLikeName(resolved.speaker)) this.lastPerson = entry;
  }

  /** The last speaker remembered in sentence s that fits, looking at a bounded number of them. */
  private spokeIn(s: number, fits: (h: Remembered) => boolean): Remembered | undefined {
    const list = this.history.get(s) ?? [];
    for (let k = list.length - 1; k >= 0 && list.length - k <= MAX_REMEMBERED; k--) if (fits(list[k]!)) return list[k];
    return undefined;
  }

  /** The actor a mention inside the phrase names: the head (last) mention, or the first for a sentence subject. */
  private mentionedIn(phrase: Span, bySubject: boolean): Actor | null {
    const core = stripDeterminer(this.text, phrase);
    const inside = this.overlapping(phrase).filter((m) => {
      const after = this.text.slice(m.end, phrase.end);
      // "Belarus’s resistance": the possessor is not the speaker
      if (/^['’]s?\s+\p{Ll}/u.test(after)) return false;
      if (m.actor.type === 'place') return m.start <= core.start && m.end >= core.end;
      return true;
    });
    let pick = bySubject ? inside[0] : inside[inside.length - 1];
    // "Senator Jo Vale of Kesh": a place or body after "of"/"from" only qualifies the person named before it
    const person = inside.find((m) => m.actor.type === 'person');
    if (pick && person && pick !== person && /^[\s,]*(?:of|from|in|at)\s+(?:the\s+)?$/i.test(this.text.slice(person.end, pick.start))) pick = person;
    return pick?.actor ?? null;
  }

  private overlapping(phrase: Span): Placed[] {
    const out: Placed[] = [];
    for (let i = this.firstEndingAfter(phrase.start); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= phrase.end) break;
      if (m.end > phrase.start) out.push(m);
    }
    return out;
  }

  /** Index of the first mention that could end after `offset` (mentions are sorted by start; lengths are short). */
  private firstEndingAfter(offset: number): number {
    return firstStartingAt(this.mentions, offset - 200);
  }

  private byName(raw: string): Actor | null {
    const name = raw.replace(DETERMINER, '').trim().toLowerCase();
    return this.actorByName.get(name) ?? null;
  }

  /** "the senator": the actor last mentioned whose description has that head noun ("the senator from Ohio"). */
  private byDescription(raw: string, before: number): Actor | null {
    if (!DETERMINER.test(raw)) return null;
    const head = raw.replace(DETERMINER, '').toLowerCase().split(/\s+of\s+/)[0]!.split(/\s+/).pop() ?? '';
    if (head.length < 3) return null;
    return this.lastMentionedBefore(before, (a) => descriptionHeads(a.description).includes(head));
  }

  /**
   * "the South Carolina senator", "the commission": a role noun after "the" points back like a pronoun, to the
   * person in focus, or to the organisation last named with that word.
   */
  private byRoleNoun(raw: string, at: number, sentence: Sentence): ResolvedSpeaker | null {
    const m = /^the\s+(?:[\p{L}’'.-]+\s+){0,3}?([\p{Ll}-]+)$/iu.exec(raw.trim());
    const head = m?.[1]?.toLowerCase();
    if (!head) return null;
    if (isRoleTitle(head) || PERSON_NOUN_SET.has(head)) {
      const before = this.person(at, sentence);
      return before.speakerId || sentence.paragraph > 1 ? before : this.nextPerson(at, sentence);
    }
    if (!isOrgNoun(head)) return null;
    const kind = (a: Actor) => a.type === 'organization' || a.type === 'group';
    // "the commission" is the Commission on Presidential Debates, but "the Ukrainian navy" is no other body
    const named = this.lastMentionedBefore(at, (a) => kind(a) && a.name.toLowerCase().split(/\s+/).includes(head));
    if (named) return { speaker: named.name, speakerId: named.id };
    // a bare "the bank" / "the company" is the firm last named in the recent sentences; "the ministry" is only a body named so
    if (!/^the\s+\S+$/i.test(raw.trim()) || !describesOrganisation(head) || NAMED_ONLY_BODIES.has(head)) return null;
    const from = this.sentences[Math.max(0, sentence.index - LOOKBACK)]!.start;
    const recent = this.lastMentionedBefore(at, (a) => a.type === 'organization', from);
    return recent ? { speaker: recent.name, speakerId: recent.id } : null;
  }

  /**
   * "Kesh's prime minister", "the tax commissioner": the one person the article sets beside that title anywhere;
   * else, for a role that opens the story or its paragraph, the person it introduces: the next one named, never
   * named before ("Kesh's tax commissioner says …¶Jo Vale says he …").
   */
  private byHeldRole(raw: string, at: number, sentence: Sentence): Actor | null {
    const role = readHeldRole(raw);
    if (!role) return null;
    const holder = this.holders.holderOf(role);
    if (holder) return holder;
    const opens = this.sentences[sentence.index - 1]?.paragraph !== sentence.paragraph && !this.text.slice(sentence.start, at).trim();
    if (sentence.paragraph > 1 && !opens) return null;
    return this.introducedAfter(at, sentence);
  }

  /** The first person named for the first time after `at`, within the next three sentences. */
  private introducedAfter(at: number, sentence: Sentence): Actor | null {
    const last = this.sentences[Math.min(this.sentences.length - 1, sentence.index + 3)]!;
    const from = this.firstStartingAfter(at);
    for (let i = from; i < this.mentions.length && i - from < MAX_LOOKBACK_MENTIONS; i++) {
      const m = this.mentions[i]!;
      if (m.start >= last.end) break;
      if (m.actor.type === 'person' && this.firstNamed.get(m.actor.id) === m.start) return m.actor;
    }
    return null;
  }

  /**
   * "the analysts" after "Acme released an analysts' note" or "Acme analysts warned …": a role noun with "the" whose
   * earlier use in the last sentences stood right after an organisation (at most a few words on) or before "at Acme"
   * speaks for that organisation; shown with its role ("Acme analysts").
   */
  private byOrganisationRole(raw: string, at: number, sentence: Sentence): ResolvedSpeaker | null {
    const noun = /^the\s+(\p{Ll}[\p{Ll}-]*)$/u.exec(raw.trim())?.[1];
    if (!noun) return null;
    const stem = noun.replace(/s$/, '');
    const use = new RegExp(`\\b${stem}(?:s|s['’]|['’]s)?(?![\\p{L}])`, 'gu');
    for (let s = sentence.index; s >= 0 && s >= sentence.index - 2; s--) {
      const earlier = this.sentences[s]!;
      const end = Math.min(earlier.end, at);
      const narrated = this.focusOf(earlier).narrated;
      let tried = 0;
      for (const m of this.text.slice(earlier.start, end).matchAll(use)) {
        // a few uses per sentence: a long sentence full of the noun stays linear
        if (++tried > MAX_ROLE_USES) break;
        const where = earlier.start + m.index;
        if (where >= at - raw.trim().length - 1 || this.isQuoted(where)) continue;
        const org = narrated.filter((x) => x.end <= where && where - x.end <= ORG_ROLE_REACH && x.actor.type === 'organization').pop();
        const between = org ? this.text.slice(org.end, where) : '';
        if (org && !narrated.some((x) => x.start >= org.end && x.end <= where) && !/[,;:.]/.test(between)) {
          return { speaker: `${org.actor.name} ${noun}`, speakerId: org.actor.id };
        }
        const after = /^\S*\s+(?:at|from|with|of)\s+(?:the\s+)?/u.exec(this.text.slice(where, where + 40));
        const body = after ? narrated.find((x) => x.start === where + after[0].length && x.actor.type === 'organization') : undefined;
        if (body) return { speaker: `${body.actor.name} ${noun}`, speakerId: body.actor.id };
      }
    }
    return null;
  }

  /** A lead that opens with a role ("The attorney general has denied …") names the person in the next sentences. */
  private nextPerson(at: number, sentence: Sentence): ResolvedSpeaker | null {
    const last = this.sentences[Math.min(this.sentences.length - 1, sentence.index + 3)]!;
    for (let i = this.firstStartingAfter(at); i < this.mentions.length; i++) {
      const m = this.mentions[i]!;
      if (m.start >= last.end) break;
      if (m.actor.type === 'person' && !this.isQuoted(m.start)) return named(m.actor);
    }
    return null;
  }

  /**
   * The actor of the last unquoted mention before `offset` that fits, walking back from it: at most
   * MAX_LOOKBACK_MENTIONS mentions, so that a long article full of names never makes each lookup a full pass.
   */
  private lastMentionedBefore(offset: number, fits: (a: Actor) => boolean, from = 0): Actor | null {
    const stop = Math.max(0, this.firstStartingAfter(offset - 1) - MAX_LOOKBACK_MENTIONS);
    for (let i = this.firstStartingAfter(offset - 1) - 1; i >= stop; i--) {
      const m = this.mentions[i]!;
      if (m.start < from) break;
      if (fits(m.actor) && !this.isQuoted(m.start)) return m.actor;
    }
    return null;
  }

  /** Index of the first mention starting after `offset`. */
  private firstStartingAfter(offset: number): number {
    return firstNotBefore(this.mentions.length, (i) => this.mentions[i]!.start <= offset);
  }

  /**
   * he/she: the nearest person named earlier in this sentence (a possessor only when no one else is), else the last
   * speaker or subject of recent sentences; a paragraph that names people of its own does not reach back past them.
   * Only people whose gender agrees with the pronoun (or is unknown) are candidates.
   */
  private person(at: number, sentence: Sentence, gender?: Gender): ResolvedSpeaker {
    const isPerson = (a: Actor | null) => a?.type === 'person' && (!gender || (this.genders.get(a.id) ?? gender) === gender);
    const people = this.focusOf(sentence).people;
    const before = firstStartingAt(people, at);
    const nearest = this.lastNonPossessive(people, before, isPerson) ?? this.lastWhere(people, before, isPerson);
    if (nearest) return named(nearest.actor);
    // walking back: a speaker or the subject of a sentence is in focus; other mentions only when nothing is
    let other: Placed | undefined;
    let inParagraph: Placed | undefined;
    for (let s = sentence.index - 1; s >= 0 && s >= sentence.index - LOOKBACK; s--) {
      const earlier = this.sentences[s]!;
      if (inParagraph && earlier.paragraph < sentence.paragraph) return named(inParagraph.actor);
      // an unnamed speaker counts when its noun agrees ("The boyfriend told police … He said …")
      // "a source close to the inquiry told the paper. “…,” he said.": an unnamed person of no stated gender counts too
      const agreeing = (speaker: string | null) =>
        gender !== undefined && speaker !== null && (describedGender(speaker) ?? (isOneAnonymousPerson(speaker) ? gender : null)) === gender;
      const spoke = this.spokeIn(s, (h) => (h.actor ? isPerson(h.actor) : looksLikeName(h.resolved.speaker) || agreeing(h.resolved.speaker)));
      if (spoke) return spoke.resolved;
      const focus = this.focusOf(earlier);
      // the sentence's own focus serves any pronoun when it agrees; otherwise its agreeing people are looked at
      const subject = focus.subject && isPerson(focus.subject.actor) ? focus.subject : gender ? focus.people.find((m) => isPerson(m.actor) && this.isSubject(m, earlier)) : undefined;
      if (subject) return named(subject.actor);
      const last = focus.lastNonPossessive && isPerson(focus.lastNonPossessive.actor) ? focus.lastNonPossessive : gender ? this.lastNonPossessive(focus.people, focus.people.length, isPerson) : undefined;
      if (earlier.paragraph === sentence.paragraph) inParagraph ??= last;
      other ??= last ?? this.lastWhere(focus.people, focus.people.length, isPerson);
    }
    if (other) return named(other.actor);
    const remembered = this.lastPerson;
    if (remembered && (!remembered.actor || isPerson(remembered.actor))) return remembered.resolved;
    // "She said …" long after the only woman was named: the last person the article shows to be of that gender
    const agreeing = gender ? this.lastMentionedBefore(at, (a) => a.type === 'person' && this.genders.get(a.id) === gender) : null;
    return agreeing ? named(agreeing) : NONE;
  }

  /**
   * The person a sentence is about, as its subject ("Pask was more upbeat."): a quotation with no cue that follows
   * it is most often theirs. Null when the subject is no person.
   */
  subjectOf(sentence: Sentence): ResolvedSpeaker | null {
    const opening = /^\s*(he|she)\b/i.exec(this.text.slice(sentence.start, sentence.start + 8));
    if (opening) {
      const resolved = this.person(sentence.start, sentence, opening[1]!.toLowerCase() === 'he' ? 'male' : 'female');
      return resolved.speakerId ? resolved : null;
    }
    // strictly the opening words, perhaps after a title ("Senator Jo Vale was …"), not "He bought a Land Rover"
    const subject = this.focusOf(sentence).people[0];
    const before = subject ? this.text.slice(sentence.start, subject.start) : '';
    return subject && /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}$/u.test(before) ? named(subject.actor) : null;
  }

  /** The last of list[0, end) that fits, looking back over at most MAX_LOOKBACK_MENTIONS. */
  private lastWhere(list: readonly Placed[], end: number, fits: (a: Actor) => boolean): Placed | undefined {
    for (let k = end - 1; k >= 0 && end - k <= MAX_LOOKBACK_MENTIONS; k--) if (fits(list[k]!.actor)) return list[k];
    return undefined;
  }

  /**
   * "Mr Vale's plan": a possessor is seldom what a later pronoun points back to. The last of list[0, end) that is
   * not one, looking back over at most MAX_LOOKBACK_MENTIONS.
   */
  private lastNonPossessive(list: readonly Placed[], end = list.length, fits: (a: Actor) => boolean = () => true): Placed | undefined {
    for (let k = end - 1; k >= 0 && end - k <= MAX_LOOKBACK_MENTIONS; k--) {
      const m = list[k]!;
      if (fits(m.actor) && !/^['’]s?(?![\p{L}])/u.test(this.text.slice(m.end, m.end + 2))) return m;
    }
    return undefined;
  }

  /** they/it: the last group or organisation speaker or mention of recent sentences. */
  private group(at: number, sentence: Sentence, singular: boolean): ResolvedSpeaker {
    const fits = (a: Actor | null) => a !== null && a.type !== 'person' && (!singular || a.type !== 'group');
    for (let s = sentence.index; s >= 0 && s >= sentence.index - 3; s--) {
      const spoke = this.spokeIn(s, (h) => h.start < at && (fits(h.actor) || (!h.actor && !looksLikeName(h.resolved.speaker))));
      if (spoke) return spoke.resolved;
      const narrated = this.focusOf(this.sentences[s]!).narrated;
      const end = firstStartingAt(narrated, at);
      for (let k = end - 1; k >= 0 && end - k <= MAX_LOOKBACK_MENTIONS; k--) {
        const m = narrated[k]!;
        if (fits(m.actor) && m.actor.type !== 'place') return named(m.actor);
      }
    }
    return NONE;
  }

  /** What a sentence offers a later pronoun, worked out once per sentence. */
  private focusOf(sentence: Sentence): Focus {
    let focus = this.focus.get(sentence.index);
    if (!focus) {
      const narrated = this.overlapping(sentence).filter((m) => !this.isQuoted(m.start));
      const people = narrated.filter((m) => m.actor.type === 'person');
      focus = { narrated, people, subject: people.find((m) => this.isSubject(m, sentence)), lastNonPossessive: this.lastNonPossessive(people) };
      this.focus.set(sentence.index, focus);
    }
    return focus;
  }

  /** A mention that opens its sentence, perhaps after a conjunction or an introductory phrase ("On Monday, Lee …"). */
  private isSubject(m: Placed, sentence: Sentence): boolean {
    const before = this.text.slice(sentence.start, m.start);
    // up to four words of title before the name ("Former foreign secretary"), none of them a preposition
    return /^(?:[^,“"]{0,40},\s*)?(?:[\p{L}’'.-]+\s+){0,4}$/u.test(before) && !/\b(?:of|about|by|for|with|from|to|in|on|at|against|over)\s/i.test(before.replace(/^[^,“"]{0,40},\s*/, ''));
  }
}

/** Head nouns of a description: the last word before its first preposition or clause, per "and" part. */
function descriptionHeads(description: string | null): string[] {
  if (!description) return [];
  const first = description.toLowerCase().split(/[,;(]|\s(?:of|made|who|that|which|from|for|in|with|at|on|to|since)\s/)[0] ?? '';
  return first.split(/\s+and\s+/).map((part) => part.trim().split(/\s+/).pop() ?? '').filter(Boolean);
}

const named = (a: Actor): ResolvedSpeaker => ({ speaker: a.name, speakerId: a.id });

function looksLikeName(speaker: string | null): boolean {
  return speaker !== null && !DETERMINER.test(speaker) && /^\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*$/u.test(speaker);
}

function stripDeterminer(text: string, phrase: Span): Span {
  const m = DETERMINER.exec(text.slice(phrase.start, phrase.end));
  return m ? { start: phrase.start + m[0].length, end: phrase.end } : phrase;
}

/**
 * The phrase to show when no actor matches: a name at the end of a description ("opposition chief Jane Doe" →
 * "Jane Doe"), a name after by/for/of/from/at in a common-noun phrase ("a spokesman for Acme" → "Acme"),
 * else the phrase as written.
 */
export function displayPhrase(text: string, phrase: Span): string {
  const raw = text.slice(phrase.start, phrase.end);
  if (/['’]s\s+\p{Ll}/u.test(raw)) return raw;
  const tail = /(?:^|\s)\p{Ll}[\p{L}-]*\s+((?:\p{Lu}[\p{L}’'.-]*\s*)+)$/u.exec(raw);
  if (tail?.[1]) return tail[1].trim();
  const core = raw.replace(DETERMINER, '');
  if (/^\p{Ll}/u.test(core)) {
    const inner = /\s(?:by|for|of|from|at|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'.&-]*)(?:\s+\p{Lu}[\p{L}’'.&-]*)*)/u.exec(core);
    if (inner?.[1]) return inner[1];
  }
  return raw;
}

