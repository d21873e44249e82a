import type { ActorEntry, ClaimRef, StoreIndex } from '../store/indices';
import { indexTerms } from '../store/terms';
import { blankAnswer } from './cite';
import type { ActorLookup } from './lookup';
import { claimItem, claimJson, type ClaimJson } from './profile';
import type { Answer, AnswerItem } from './types';

export interface ClaimsData {
  actor: string | null;
  topic: string | null;
  claims: ClaimJson[];
}

/** Claims in answer order (quotes first, else as stored) with their list lines and JSON, built once per list. */
interface ClaimList {
  refs: ClaimRef[];
  items: AnswerItem[];
  json: ClaimJson[];
  quotes: number;
}

/** The store is read-only, so every claim list is made once per index: a call then only copies it. */
interface ClaimLists {
  all?: ClaimList;
  by: Map<ActorEntry, ClaimList>;
}

const listsOf = new WeakMap<StoreIndex, ClaimLists>();

function claimList(index: StoreIndex, refs: ClaimRef[], withSpeaker: boolean): ClaimList {
  const sorted = [...refs].sort((a, b) => Number(b.claim.kind === 'quote') - Number(a.claim.kind === 'quote'));
  return {
    refs: sorted,
    items: sorted.map((r) => claimItem(r, index, withSpeaker)),
    json: sorted.map((r) => claimJson(r, index)),
    quotes: sorted.filter((r) => r.claim.kind === 'quote').length,
  };
}

function listFor(index: StoreIndex, speaker: ActorEntry | null): ClaimList {
  let lists = listsOf.get(index);
  if (!lists) listsOf.set(index, (lists = { by: new Map() }));
  if (!speaker) return (lists.all ??= claimList(index, index.allClaims(), true));
  let list = lists.by.get(speaker);
  if (!list) lists.by.set(speaker, (list = claimList(index, index.claimsBy(speaker), false)));
  return list;
}

/** The claims of a list on a topic (any topic word in the claim's sentence), in the list's order. */
function onTopic(index: StoreIndex, list: ClaimList, topic: string): ClaimList {
  const wanted = [...indexTerms(topic)];
  const keep = list.refs.map(({ facts, claim }) => {
    const id = index.sentenceId(facts.article.id, claim.source.sentence);
    const terms = id === undefined ? indexTerms(claim.text) : index.sentences[id]!.terms;
    return wanted.some((t) => terms.has(t));
  });
  const refs = list.refs.filter((_, i) => keep[i]);
  return {
    refs,
    items: list.items.filter((_, i) => keep[i]),
    json: list.json.filter((_, i) => keep[i]),
    quotes: refs.filter((r) => r.claim.kind === 'quote').length,
  };
}

/** Attributed claims, quotes first, optionally of one actor and/or on one topic (any topic word matches). */
export function claimsAnswer(index: StoreIndex, lookup: ActorLookup, opts: { actor?: string; topic?: string } = {}): Answer {
  let speaker: ActorEntry | null = null;
  if (opts.actor) {
    const matches = lookup.find(opts.actor);
    const match = matches.find((m) => m.via !== 'role') ?? matches[0];
    if (!match) {
      const answer = blankAnswer('claims', 'Claims', `No actor in the articles matches “${opts.actor}”.`, false);
      answer.suggestions = lookup.complete(opts.actor, 5, false).map((e) => e.name);
      answer.data = { actor: opts.actor, topic: opts.topic ?? null, claims: [] } satisfies ClaimsData;
      return answer;
    }
    speaker = match.entry;
  }
  let list = listFor(index, speaker);
  if (opts.topic) list = onTopic(index, list, opts.topic);
  const who = speaker?.name ?? null;
  const count = list.refs.length;
  const title = `Claims${who ? ` by ${who}` : ''}${opts.topic ? ` on “${opts.topic}”` : ''}`;
  const text = count
    ? `${count} claim${count === 1 ? '' : 's'} (${list.quotes} direct quote${list.quotes === 1 ? '' : 's'}).`
    : `The articles hold no attributed claims${who ? ` by ${who}` : ''}${opts.topic ? ` on “${opts.topic}”` : ''}.`;
  const answer = blankAnswer('claims', title, text, count > 0);
  if (count) answer.sections.push({ heading: 'Claims', items: [...list.items] });
  answer.citations = list.items.slice(0, 3).flatMap((i) => (i.citation ? [i.citation] : []));
  answer.data = { actor: who, topic: opts.topic ?? null, claims: [...list.json] } satisfies ClaimsData;
  return answer;
}
