import type { Article } from '../../article/types';
import { ABBREVIATIONS } from '../../lexicon/abbreviations';
import { isOrgSuffix, isTitle } from './words';

const ABBREVIATION_SET = new Set(ABBREVIATIONS);

/** A word of the article with what the actor finder needs to know about its neighbourhood. */
export interface Token {
  /** As written; abbreviations and initials keep their dot ("Sen.", "J.", "G.K."). */
  text: string;
  /** Position in the token list. */
  index: number;
  start: number;
  end: number;
  sentence: number;
  paragraph: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Opens its sentence, a quotation or a clause after a colon: capitalised by position, not by name. */
  initial: boolean;
  /** Only white space separates it from the previous token of its sentence. */
  joined: boolean;
  /** Attached to the previous token by a hyphen ("Jean-Claude", "Beijing-backed"). */
  hyphened: boolean;
  /** Followed by a possessive ’s or ’ ("Hale’s"). */
  possessive: boolean;
  /** Its sentence is set in title case ('title') or capitals ('caps'): capitals say little there. */
  headline: 'title' | 'caps' | null;
}

// Initials run ("G.K.", "U.S."), a word with inner apostrophes ("O’Brien", "didn’t") but not a possessive 's, or "&".
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’](?!s(?![\p{L}\p{N}]))[\p{L}\p{M}\p{N}]+)*|&/gu;
const OPENERS = /[“"‘'«:([—–]\s*$/u;

/** Every word of the article, sentence by sentence, in text order. */
export function tokenize(article: Article): Token[] {
  const tokens: Token[] = [];
  for (const sentence of article.sentences) {
    const first = tokens.length;
    const text = sentence.text;
    let prevEnd = -1;
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
      let word = m[0];
      const at = m.index;
      // keep the dot of an initial or a title abbreviation ("J.", "Sen."), not of a title word ending a sentence ("… Jo King.")
      if (text[at + word.length] === '.' && !word.endsWith('.') && (/^\p{Lu}$/u.test(word) || (isTitle(word) && ABBREVIATION_SET.has(word)))) word += '.';
      const end = at + word.length;
      const gap = prevEnd < 0 ? text.slice(0, at) : text.slice(prevEnd, at);
      const after = text.slice(end, end + 2);
      tokens.push({
        text: word,
        index: tokens.length,
        start: sentence.start + at,
        end: sentence.start + end,
        sentence: sentence.index,
        paragraph: sentence.paragraph,
        cap: /^\p{Lu}/u.test(word) && !isHandleOrCode(text, at, word),
        initial: prevEnd < 0 || OPENERS.test(gap),
        joined: prevEnd >= 0 && /^\s+$/.test(gap),
        hyphened: prevEnd >= 0 && (gap === '-' || gap === '‑'),
        possessive: /^['’]s(?![\p{L}\p{N}])/u.test(after) || (/s$/.test(word) && /^['’](?![\p{L}\p{N}])/u.test(after)),
        headline: null,
      });
      prevEnd = end;
      // skip the s of a possessive so that it is not read as a word
      WORD.lastIndex = /^['’]s(?![\p{L}\p{N}])/u.test(after) ? end + 2 : end;
    }
    markHeadline(tokens, first);
  }
  return tokens;
}

/** "@JaneDoe", "#Vote2016", "Xq3Lm9Tz": social media handles, tags and link codes name no one as written. */
function isHandleOrCode(text: string, at: number, word: string): boolean {
  return /[@#/]/.test(text[at - 1] ?? '') || (word.length >= 6 && /\p{N}/u.test(word) && /\p{Ll}/u.test(word) && /\p{Lu}/u.test(word.slice(1)));
}

/** A sentence of four or more words where most are capitalised is a headline or shouting. */
function markHeadline(tokens: Token[], from: number): void {
  const words = tokens.slice(from).filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 4) return;
  const caps = words.filter((t) => t.cap).length;
  const upper = words.filter((t) => t.text.length > 1 && t.text === t.text.toUpperCase()).length;
  const mode = upper / words.length >= 0.5 ? 'caps' : caps / words.length >= 0.75 ? 'title' : null;
  for (let i = from; i < tokens.length; i++) tokens[i]!.headline = mode;
}

/**
 * "Rail Workers’ Union", "Farmers’ Federation": a plural possessive right before a capitalised organisation word
 * is inside one name (the apostrophe and one space stand between them, so the word is not "joined").
 */
export function joinedOverPluralPossessive(prev: Token, next: Token): boolean {
  return prev.possessive && /s$/.test(prev.text) && next.sentence === prev.sentence && next.start - prev.end === 2 && next.cap && isOrgSuffix(next.text);
}
