import { NAMING_CUES } from '../lexicon/cues';
import type { ActorEntry } from '../store/indices';
import { citeSentence } from './cite';
import type { AskContext, Found } from './context';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const CUE = NAMING_CUES.map(escape).join('|');

const AUX = `(?:['’]s|is|was|are|were|has\\s+been|had\\s+been|have\\s+been)`;

/**
 * Right after a name: the clause that gives it an epithet, and the epithet up to the clause's end: "X, who is
 * often called Y", "X, known as Y", "X is dubbed Y". A comma or an auxiliary must come first: "X called Y a
 * liar" has X calling, and "called for" / "called on" name nothing.
 */
const AFTER_NAME = new RegExp(
  `^(?:\\s*,\\s*(?:(?:who|which|that)\\s*${AUX}?\\s*)?|\\s+(?:(?:who|which|that)\\s+)?${AUX}\\s+)(?:(?:\\w+ly|also|sometimes|still|long|once|even|now|widely|often)\\s+)*(?:${CUE})(?!\\s+(?:for|on|upon|up|off|in|out|back|to|it)\\b)\\s+(.+?)(?=\\s*(?:[,.;:!?)]|\\s(?:and|but|who|which|because|after|since|by|for)\\s)|$)`,
  'iu',
);

/** "People call X Y": the epithet after the name the verb names. */
const CALL_BEFORE = /\b(?:call|calls|called|dub|dubs|dubbed|nickname|nicknames|nicknamed|brand|brands|branded|label|labels|labelled|labeled)\s+$/i;
const AFTER_OBJECT = /^\s+([“"‘']?[\p{L}\p{N}][^,.;:!?]*?)(?=\s*(?:[,.;:!?)]|\s(?:and|but|who|which|because|after|since|in|at|during|on|over)\s)|$)/iu;

/**
 * "What do people call X?", "What is X known as?": the epithet the articles give the actor, as written, from the
 * first sentence (in text order) that names them and gives one. Null when none does.
 */
export function answerEpithet(ctx: AskContext, entry: ActorEntry): Found | null {
  for (const { facts, actor } of entry.refs) {
    const { article } = facts;
    for (const mention of actor.mentions) {
      const sentence = article.sentences[mention.sentence];
      if (!sentence) continue;
      const after = article.text.slice(mention.end, sentence.end);
      const before = article.text.slice(sentence.start, mention.start);
      const epithet = AFTER_NAME.exec(after)?.[1] ?? (CALL_BEFORE.test(before) ? AFTER_OBJECT.exec(after)?.[1] : undefined);
      if (epithet && /\p{L}/u.test(epithet)) return { answer: epithet.trim(), citations: [citeSentence(article, sentence)] };
    }
  }
  return null;
}
