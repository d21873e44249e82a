import nlp from 'compromise';
import { ABBREVIATIONS } from '../../lexicon/abbreviations';
import { CHAT_FILLERS, CHAT_IDIOMS, CHAT_OPENERS, CHAT_WISHES, OPINION_MARKERS, CHAT_TOPICS, CONTRACTIONS, CHAT_PERSONS, CHAT_SPELLINGS, CHAT_TRAILERS, EVALUATIVE_WORDS, QUESTION_OPENERS, SWEEPING_WORDS } from '../../lexicon/chat-statements';
import { MONTHS, WEEKDAYS } from '../../lexicon/calendar';
import { CARDINALS } from '../../lexicon/number-words';
import { placeKeys } from './features';

/** One sentence of a chat message: what it states once chat wrapping is dropped, and whether it states anything. */
export interface ChatStatement {
  /** The sentence as typed (trimmed). */
  said: string;
  /** What is checked: openers, fillers and trailing noise removed. */
  text: string;
  /** 'statement' is checked; questions and chit-chat (opinion, greetings, talk about the chat) are skipped. */
  kind: 'statement' | 'question' | 'chat';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');

/** Openers that are words of a statement too ("No one was hurt", "But the army…"): dropped only before a comma. */
const COMMA_ONLY = new Set(['no', 'yes', 'well', 'and', 'but', 'also', 'plus', 'k', 'like', 'so', 'actually']);
const OPENER_RE = new RegExp(`^(?:${alternation(CHAT_OPENERS.filter((o) => !COMMA_ONLY.has(o)))})(?:\\s*[,:!.…-]+\\s*|\\s+)`, 'i');
const COMMA_OPENER_RE = new RegExp(`^(?:${alternation([...COMMA_ONLY])})\\s*[,:!.…-]+\\s*`, 'i');
/** "so Putin …": a lone "so" or "and" before a capitalised word opens the sentence without a comma. */
const BARE_OPENER_RE = /^(?:so|and|but|also|plus|actually)\s+(?=\p{Lu})/iu;
const TRAILER_RE = new RegExp(`(?:[\\s,]+(?:${alternation(CHAT_TRAILERS)}))+[\\s.!?…]*$`, 'i');
const NUMBER_AFTER = `(?=\\s*(?:\\d|(?:${[...CARDINALS.keys()].filter((w) => !w.includes(' ')).map(escape).join('|')}|a\\s+(?:few|couple|dozen|hundred|thousand)|hundreds|thousands|dozens)\\b))`;
const FILLER_RE = new RegExp(`(?:,\\s*)?\\b(?:${alternation(CHAT_FILLERS.filter((f) => f !== 'like'))})\\b(?:\\s*,)?|\\blike\\b${NUMBER_AFTER}|,\\s*like\\s*,`, 'gi');
/** "right across the border", "right after": "right" before a word of place or time only stresses it. */
const INTENSIFIER_RE = /\bright\s+(?=(?:across|after|before|next|behind|outside|inside|beside|near|into|there|here|now|away|under|through|around)\b)/gi;
const QUESTION_RE = new RegExp(`^(?:${alternation(QUESTION_OPENERS)})\\b`, 'i');
const PERSON_RE = new RegExp(`(?:^|[^\\p{L}'’])(?<!\\bthe\\s+)(?:${alternation(CHAT_PERSONS)})(?![\\p{L}'’])`, 'iu');
/** Hedges that mark a line as the writer's opinion ("tbh", "imo", "idk"). */
const OPINION_MARKER_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(OPINION_MARKERS)})(?![\\p{L}])`, 'iu');
/** A wish, prayer, cheer or vow opening the line, or a set phrase of opinion anywhere in it. */
const WISH_RE = new RegExp(`^(?:${alternation(CHAT_WISHES)})(?![\\p{L}])`, 'iu');
const IDIOM_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(CHAT_IDIOMS).replace(/'/g, "['’]?")})(?![\\p{L}])`, 'iu');
/** "never flying X again": a vow about the writer's own plans. */
const VOW_RE = /^never\s+\p{L}+ing\b.*\bagain\b/iu;
const NUMBER_WORD_RE = new RegExp(`\\b(?:${[...CARDINALS.keys()].filter((w) => !w.includes(' ')).map(escape).join('|')})\\b`, 'i');
const EVALUATIVE = new Set(EVALUATIVE_WORDS);
const SWEEPING_RE = new RegExp(`\\b(?:${alternation(SWEEPING_WORDS)})\\b`, 'i');
/** An evaluative word as a predicate or an exclamation: "is so sad", "what a mess", "pretty wild". */
const OPINION_LEAD = /^(?:is|are|was|were|so|such|really|pretty|very|too|how|what|a|be|seems|looks|sounds|feels|'s|’s|s|kinda|super)$/i;
const ABBREVIATION = new Set(ABBREVIATIONS.map((a) => a.toLowerCase()));

/** Discord markup, links, custom and Unicode emoji: nothing a statement is made of. */
function plain(message: string): string {
  return message
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<a?:\w+:\d+>|<[@#][!&]?\d+>|:[a-z0-9_+-]+:/gi, ' ')
    .replace(/\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u{FE0F}|\u{200D}/gu, ' ')
    .replace(/[*_~`|>]+/g, ' ')
    .replace(/[ \t]+/g, ' ');
}

const SPELT_OUT: Readonly<Record<string, string>> = { ...CHAT_SPELLINGS, ...CONTRACTIONS };
const CONTRACTION_RE = new RegExp(`(?<![\\p{L}])(?:${alternation(Object.keys(SPELT_OUT)).replace(/'/g, "['’]")})(?![\\p{L}'’/])`, 'giu');

/** Chat contractions and shorthand spelt out ("dont" → "don't", "they're" → "they are", "ppl" → "people"). */
function expanded(text: string): string {
  return text.replace(CONTRACTION_RE, (m) => SPELT_OUT[m.toLowerCase().replace(/’/g, "'")] ?? m);
}

const LAUGH_RE = /(\s(?:lol|lmao|lmfao|rofl|haha+))(?=\s+\p{L})/giu;

/** Sentences of a message: lines, then sentence ends not after an abbreviation ("Mr.", "U.S."), then semicolons. */
function sentences(message: string): string[] {
  const out: string[] = [];
  // "it was a $5m fine lol thats nothing": a laugh inside a line ends a sentence
  for (const line of plain(message).replace(LAUGH_RE, '$1.').split(/\n+/)) {
    let start = 0;
    for (const m of line.matchAll(/[.!?…]+(?=\s+|$)|;\s*/g)) {
      const before = line.slice(start, m.index);
      const last = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      const abbreviation = m[0] === '.' && (ABBREVIATION.has(last.replace(/\./g, '').toLowerCase()) || /^(?:\p{L}\.)*\p{L}$/u.test(last));
      if (abbreviation) continue;
      out.push(line.slice(start, m.index + m[0].length));
      start = m.index + m[0].length;
    }
    out.push(line.slice(start));
  }
  return out.map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Openers dropped one after another: "lol ok so basically, I read that …". */
function withoutOpeners(text: string): string {
  let t = text.trim();
  for (let i = 0; i < 8; i++) {
    const next = t.replace(OPENER_RE, '').replace(COMMA_OPENER_RE, '').replace(BARE_OPENER_RE, '').trim();
    if (next === t) break;
    t = next;
  }
  return t;
}

const CHAT_TOPIC = new Set(CHAT_TOPICS);
/** A statement attributed to someone ("X said it is good for growth") reports a claim, whatever its words. */
const REPORTED = /\b(?:say|said|says|told|tells|claims?|claimed|according to|insists?|insisted|argues|argued)\b/i;

/** A judgement word, or its adverb ("weirdly", "insanely"). */
const evaluative = (w: string) => EVALUATIVE.has(w) || (w.endsWith('ly') && (EVALUATIVE.has(w.slice(0, -2)) || EVALUATIVE.has(w.slice(0, -4))));

function isOpinion(text: string, namesActor: (text: string) => boolean): boolean {
  const words = text.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  if (REPORTED.test(text)) return false;
  // "this whole thing …", "these iraq stories …", "this is a long read": a line about the news as a whole
  if (/^(?:this|that|these|those)$/.test(words[0] ?? '') && words.slice(1, 5).some((w) => CHAT_TOPIC.has(w))) return true;
  // "okafor and lind agree on everything" names two people of the articles in lower case: a claim about them
  if ((words.length <= 3 || !(namesSomething(text) || namesActor(text))) && words.some(evaluative)) return true;
  // "what a mess", "such a shame": after "a" only a closing word is a judgement ("a great white shark" is not),
  // or one after "such a" ("such a beautiful country")
  return words.some((w, i) => evaluative(w) && i > 0 && OPINION_LEAD.test(words[i - 1]!) && (words[i - 1] !== 'a' || i === words.length - 1 || /^(?:such|what|quite)$/.test(words[i - 2] ?? '')));
}

const CALENDAR_WORD = new RegExp(`\\b(?:${[...MONTHS.keys(), ...WEEKDAYS.keys()].filter((w) => w.length > 3 && w !== 'march').join('|')})\\b`, 'i');

/**
 * A capitalised word past the first, a digit, a month or weekday, or a place (chat types "surabaya to singapore" in
 * lower case): something a statement could be checked on.
 */
function namesSomething(text: string): boolean {
  return writtenAsName(text) || CALENDAR_WORD.test(text) || placeKeys(text).size > 0;
}

/** A capitalised word past the first or a digit: what a line about the writer ("we", "I") needs to be about news. */
function writtenAsName(text: string): boolean {
  return /\d/.test(text) || /(?<=\S\s+)\p{Lu}/u.test(text);
}

/** The words before a verb of saying: "X told the Post we …" puts the quoted "we" after it, not the writer. */
function beforeReport(text: string): string {
  const m = REPORTED.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** Words of a statement enough to state something even in lower case with a question mark ("she refused to leave when …?"). */
const DECLARATIVE_WORDS = 6;

function classify(said: string, text: string, namesActor: (text: string) => boolean): ChatStatement['kind'] {
  const tagged = /,\s*(?:right|no|yeah|isn'?t it|didn'?t (?:he|she|they))\s*\?\s*$/i.test(said);
  // "when they asked, he refused" opens like a question but states something
  // a question mark after a statement's word order ("so it happened in X??") asks to confirm a statement
  const long = (text.match(/[\p{L}\p{N}'’]+/gu) ?? []).length >= DECLARATIVE_WORDS;
  const declarative = !QUESTION_RE.test(text) && !PERSON_RE.test(beforeReport(text)) && (namesSomething(text) || long);
  if (!tagged && ((/\?\s*$/.test(said) && !declarative) || (QUESTION_RE.test(text) && !text.includes(',')))) return 'question';
  // "praying they find them", "come on rovers", "she's persistent, I'll give her that": feeling, not news
  if (!REPORTED.test(text) && (WISH_RE.test(text) || WISH_RE.test(said) || IDIOM_RE.test(said) || VOW_RE.test(text))) return 'chat';
  const words = text.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  // two words state something only with a name or a number in them ("Okafor resigned", not "same here")
  if (words.length < 2 || (words.length < 3 && !/[\p{Lu}\d]/u.test(text))) return 'chat';
  if (isOpinion(text, namesActor)) return 'chat';
  // "renner never misses tbh", "idk every sport has risks": a hedge of opinion with no number, date or
  // capitalised name to check
  if (OPINION_MARKER_RE.test(said) && !writtenAsName(text) && !CALENDAR_WORD.test(text) && !NUMBER_WORD_RE.test(text)) return 'chat';
  // "small town drama", "trade wars everywhere": a line without a verb, or one that sweeps over everything, with no
  // number, date, place or name to check reacts to the news rather than stating something of it
  if (!namesSomething(text) && !NUMBER_WORD_RE.test(text) && !namesActor(text) && (SWEEPING_RE.test(text) || !nlp(text).has('#Verb'))) return 'chat';
  // talk about the writer or the reader ("I need to read this", "you should see it") names no one in the news
  if (PERSON_RE.test(beforeReport(text)) && !writtenAsName(text)) return 'chat';
  return 'statement';
}

/**
 * The sentences of a chat message, each with what it states and whether it is checked at all. `namesActor` tells
 * whether a text names someone of the articles (chat writes names in lower case, where no capital shows them).
 */
export function splitStatements(message: string, namesActor: (text: string) => boolean = () => false): ChatStatement[] {
  return sentences(message).map((said) => {
    const stripped = withoutOpeners(said)
      .replace(/,\s*(?:right|no|yeah|isn'?t it|didn'?t (?:he|she|they))\s*\?\s*$/i, '')
      .replace(TRAILER_RE, '')
      .replace(FILLER_RE, ' ')
      .replace(INTENSIFIER_RE, '')
      .replace(/\s+([,.!?])/g, '$1')
      .replace(/\s+/g, ' ')
      .replace(/^[\s,.;:!-]+|[\s,;:-]+$/g, '')
      .trim();
    // "he used to play at X": the habit is past, the claim is the verb
    const text = expanded(withoutOpeners(stripped)).replace(/\bused to (?=\p{L})/giu, '');
    return { said, text, kind: classify(said, text, namesActor) };
  });
}
