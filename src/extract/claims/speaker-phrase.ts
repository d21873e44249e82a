import { IRREGULAR_VERBS } from '../../lexicon/irregular-verbs';
import { MONTHS } from '../../lexicon/non-names';
import { CARDINALS } from '../../lexicon/number-words';

/** Simple past forms of irregular verbs ("chose", "went"): after a noun they make a clause, not a name. */
const IRREGULAR_PAST = new Set(IRREGULAR_VERBS.map((forms) => forms[1]!).filter((f) => f.length > 2));
/** Words a speaker phrase never opens with: subordinators and question words ("Once the rivals", "What"). */
const CLAUSE_OPENERS = new Set(['once', 'what', 'including', 'if', 'because', 'although', 'whenever', 'unless', 'whether', 'how', 'why']);
/** Words a speaker phrase never ends with ("dinners with", "thanks to a", "the surrounding"). */
const DANGLING = new Set(['a', 'an', 'the', 'of', 'with', 'to', 'for', 'in', 'on', 'at', 'by', 'from', 'and', 'or', 'always', 'surrounding']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'some']);
const MONTH_SET = new Set(MONTHS);
const TIME_NOUNS = new Set(['morning', 'afternoon', 'evening', 'night', 'day', 'week', 'weekend', 'month', 'year', 'time']);
const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'by', 'with', 'to', 'for', 'from', 'about', 'as', 'into', 'over', 'under', 'near',
  // the spinner's substitutes ("a pilot concerned within the search") and their kin
  'within', 'among', 'across', 'inside', 'throughout', 'behind', 'during',
]);

/**
 * Can the words a cue was read against name someone? A phrase with a finite verb after a noun ("The park
 * stayed open", "the driver called police", "they can’t"), a clause opener, a dangling last word, or only a date or
 * a number is a misreading: no speaker, so no claim rather than a wrong one.
 */
export function isPlausibleSpeaker(phrase: string): boolean {
  const written = phrase.split(/\s+/).filter(Boolean);
  const words = written.map((w) => w.toLowerCase());
  if (!words.length || CLAUSE_OPENERS.has(words[0]!) || PREPOSITIONS.has(words[0]!) || DANGLING.has(words[words.length - 1]!)) return false;
  // "The next morning": a time, not a speaker
  if (TIME_NOUNS.has(words[words.length - 1]!) && written[written.length - 1] === words[words.length - 1]) return false;
  if (words.every((w) => MONTH_SET.has(w) || /^\d/.test(w) || CARDINALS.has(w) || DETERMINERS.has(w) || w === 'million' || w === 'thousand')) return false;
  return !words.some((w, k) => {
    if (/n['’]t$/.test(w) || w === 'whenever') return true;
    const prev = words[k - 1];
    // "two armed men", "a retired judge", "heavily armed men": a participle before its noun describes it
    if (prev === undefined || DETERMINERS.has(prev) || CARDINALS.has(prev) || /^\d/.test(prev) || prev.endsWith('ly')) return false;
    // "a nurse involved in the rescue", "sources briefed on": a participle before a preposition opens a reduced relative
    if (PREPOSITIONS.has(words[k + 1] ?? '')) return false;
    return /^\p{Ll}+ed$/u.test(written[k]!) || IRREGULAR_PAST.has(written[k]!);
  });
}
