import type { ActorEntry, StoreIndex } from '../../store/indices';
import type { ActorLookup } from '../lookup';
import { judgeStatement, namesActor, reportsActor, type Judgement } from './judge';
import { splitStatements, type ChatStatement } from './statements';

/** One sentence of a chat message with its verdict: 'skip' for questions and chit-chat, which state nothing. */
export interface StatementVerdict extends ChatStatement, Omit<Judgement, 'verdict'> {
  author: string | null;
  verdict: Judgement['verdict'] | 'skip';
}

/**
 * The one claim checker behind /check, /digest and Find sources: every message split into statements, each judged
 * against the articles. A statement that names no one ("they have …") is read with the actors of the statement
 * before it, as a reader of the thread would.
 */
export function judgeMessages(index: StoreIndex, lookup: ActorLookup, messages: { author?: string | null; content: string }[]): StatementVerdict[] {
  const out: StatementVerdict[] = [];
  let carried: ActorEntry[] = [];
  for (const m of messages) {
    for (const s of splitStatements(m.content, (t) => namesActor(index, lookup, t))) {
      const author = m.author ?? null;
      // chit-chat in form that reports a named person ("X thinks there's good reason to …") is a claim about X
      const checked = s.kind === 'statement' || (s.kind === 'chat' && reportsActor(lookup, s.text));
      const j = checked ? judgeStatement(index, lookup, s.text, carried) : null;
      if (!j) {
        out.push({ ...s, author, verdict: 'skip', reason: null, citation: null, actors: lookup.inText(s.text) });
        continue;
      }
      if (j.actors.length) carried = j.actors;
      out.push({ ...s, kind: 'statement', ...j, author });
    }
  }
  return out;
}
