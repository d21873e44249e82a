import { DEMONYM_PLACES } from '../lexicon/demonyms';
import { isRoleTitle } from './actors/words';
import type { Actor } from './types';

/** A role phrase read apart: "Israel's prime minister" → qualifier "Israel", title "prime minister". */
export interface HeldRole {
  /** The possessor or capitalised modifiers that say whose role it is ("Israel", "Kesh"), lower case; may be empty. */
  qualifiers: string[];
  /** The role's own words in lower case, head last ("prime minister", "tax commissioner"). */
  title: string;
}

/** "the Kesh tax commissioner", "Israel's prime minister", "Acme’s chief executive": at most four words before the head. */
const ROLE_PHRASE = /^(?:[Tt]he\s+|((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*?)['’]s?\s+)((?:[\p{L}.-]+\s+){0,3})(\p{Ll}[\p{Ll}-]*)$/u;

/** A phrase with "the" or a possessor before a role title (its head); null for anything else. */
export function readHeldRole(raw: string): HeldRole | null {
  const m = ROLE_PHRASE.exec(raw.trim().replace(/\s+/g, ' '));
  if (!m || !isRoleTitle(m[3]!)) return null;
  const modifiers = m[2]!.trim().split(' ').filter(Boolean);
  const lower = (w: string) => /^\p{Ll}/u.test(w);
  // the title is the lower-case words and the head ("Kesh tax commissioner" → "tax commissioner"); capitals qualify it
  const title = [...modifiers.filter((w) => lower(w) && !NOT_QUALIFIERS.has(w)), m[3]!].join(' ').toLowerCase();
  const qualifiers = [...(m[1] ? m[1].split(' ') : []), ...modifiers.filter((w) => !lower(w))].map((w) => w.toLowerCase().replace(/\.$/, ''));
  return { qualifiers, title };
}

/** Where a title stands beside a name: "Prime Minister Jo Vale", "Kesh's prime minister, Jo Vale", "Jo Vale, Kesh's prime minister,". */
interface Binding {
  actor: Actor;
  /** The words set right before the name (ending on the title) or in the appositive after it, lower case. */
  words: string[];
  appositive: boolean;
}

/** Characters looked at before a name for its title, and after it for an appositive. */
const BEFORE_CHARS = 80;
const APPOSITIVE_CHARS = 80;
/** Words that may follow a title inside an appositive ("the prime minister of Kesh"). */
const AFTER_TITLE = new Set(['of', 'for', 'at', 'in']);
/** Words before a title that say when, not whose ("the former prime minister"). */
const NOT_QUALIFIERS = new Set(['the', 'a', 'an', 'former', 'then', 'new', 'current', 'acting', 'interim', 'deputy', 'his', 'her', 'its', 'their']);

const wordsOf = (s: string) => s.toLowerCase().replace(/[’']s\b/g, ' ').split(/[\s,]+/).filter(Boolean);

/**
 * The people the article binds to a title, by a premodifier or an apposition, wherever they are. A role phrase
 * later ("the prime minister", "Kesh's prime minister") then names its holder, not whoever is in focus.
 */
export class RoleHolders {
  /** Bindings by each word they hold, so a role looks only at those holding its head; null once a word has too many. */
  private readonly byWord = new Map<string, Binding[] | null>();

  constructor(text: string, people: readonly Actor[], isQuoted: (offset: number) => boolean) {
    for (const actor of people) {
      for (const m of actor.mentions) {
        if (isQuoted(m.start)) continue;
        // the words of the clause before the name, when they run right up to it ("… Kesh's prime minister, " / "Prime Minister ")
        const before = /([^.;:(—–"“”]*?)(?:,\s*|\s+)$/u.exec(text.slice(Math.max(0, m.start - BEFORE_CHARS), m.start))?.[1];
        if (before) this.add({ actor, words: wordsOf(before.split(',').pop()!), appositive: false });
        const appositive = /^,\s+([^,.;:()—–"“”]+)[,.;)—–]/u.exec(text.slice(m.end, m.end + APPOSITIVE_CHARS))?.[1];
        if (appositive) this.add({ actor, words: wordsOf(appositive), appositive: true });
      }
    }
  }

  private add(b: Binding): void {
    for (const w of new Set(b.words)) {
      const list = this.byWord.get(w);
      if (list === null) continue;
      if (!list) this.byWord.set(w, [b]);
      else if (list.length < MAX_BINDINGS_PER_WORD) list.push(b);
      else this.byWord.set(w, null);
    }
  }

  /**
   * The one person the article binds to the role's title, with a qualifier that agrees when the role has one
   * ("Kesh's prime minister" is not the "Prime Minister" of Tarn); several holders or none: null, no guess.
   */
  holderOf(role: HeldRole): Actor | null {
    const title = role.title.split(' ');
    const holders = new Set<Actor>();
    for (const b of this.byWord.get(title[title.length - 1]!) ?? []) {
      const around = titleContext(b, title);
      if (!around) continue;
      if (role.qualifiers.length && !role.qualifiers.some((q) => around.some((w) => sameQualifier(w, q)))) continue;
      holders.add(b.actor);
    }
    return holders.size === 1 ? [...holders][0]! : null;
  }
}

/**
 * A title written beside more names than this is no one's in particular, and each lookup stays bounded, so speaker
 * resolution stays linear in the article however many role phrases it holds.
 */
const MAX_BINDINGS_PER_WORD = 256;

/** The words that qualify the title in a binding ("kesh" in "kesh's prime minister"), or null when the title is not its head. */
function titleContext(b: Binding, title: readonly string[]): string[] | null {
  const w = b.words;
  for (let i = w.length - title.length; i >= 0; i--) {
    if (!title.every((t, k) => w[i + k] === t)) continue;
    const after = w.slice(i + title.length);
    // a premodifier ends on the title; an appositive may go on with "of Kesh"
    if (after.length && (!b.appositive || !AFTER_TITLE.has(after[0]!))) continue;
    return [...w.slice(Math.max(0, i - 4), i), ...after.slice(1)].filter((x) => !NOT_QUALIFIERS.has(x));
  }
  return null;
}

/** A qualifier as written or by its demonym ("israel" / "israeli", "poland" / "polish"). */
function sameQualifier(word: string, qualifier: string): boolean {
  if (word === qualifier) return true;
  if (word.length >= 4 && qualifier.length >= 4 && word.slice(0, 4) === qualifier.slice(0, 4)) return true;
  return DEMONYM_PLACES[word]?.toLowerCase() === qualifier || DEMONYM_PLACES[qualifier]?.toLowerCase() === word;
}
