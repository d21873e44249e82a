import type { ClaimRef, StoreIndex } from '../store/indices';
import { indexTerms } from '../store/terms';
import { blankAnswer } from './cite';
import type { ActorLookup } from './lookup';
import { claimItem, claimJson, type ClaimJson } from './profile';
import type { Answer } from './types';

export interface ClaimsData {
  actor: string | null;
  topic: string | null;
  claims: ClaimJson[];
}

/** Attributed claims, quotes first, optionally of one actor and/or on one topic (any topic word matches). */
export function claimsAnswer(index: StoreIndex, lookup: ActorLookup, opts: { actor?: string; topic?: string } = {}): Answer {
  let refs: ClaimRef[] = index.allClaims();
  let who: string | null = null;
  if (opts.actor) {
    const entry = lookup.find(opts.actor).find((m) => m.via !== 'role') ?? lookup.find(opts.actor)[0];
    if (!entry) {
      const answer = blankAnswer('claims', 'Claims', `No actor in the articles matches “${opts.actor}”.`, false);
      answer.suggestions = lookup.complete(opts.actor, 5, false).map((e) => e.name);
      answer.data = { actor: opts.actor, topic: opts.topic ?? null, claims: [] } satisfies ClaimsData;
      return answer;
    }
    who = entry.entry.name;
    refs = index.claimsBy(entry.entry);
  }
  if (opts.topic) {
    const wanted = [...indexTerms(opts.topic)];
    refs = refs.filter(({ facts, claim }) => {
      const id = index.sentenceId(facts.article.id, claim.source.sentence);
      const terms = id === undefined ? indexTerms(claim.text) : index.sentences[id]!.terms;
      return wanted.some((t) => terms.has(t));
    });
  }
  refs = [...refs].sort((a, b) => Number(b.claim.kind === 'quote') - Number(a.claim.kind === 'quote'));
  const title = `Claims${who ? ` by ${who}` : ''}${opts.topic ? ` on “${opts.topic}”` : ''}`;
  const quotes = refs.filter((r) => r.claim.kind === 'quote').length;
  const text = refs.length
    ? `${refs.length} claim${refs.length === 1 ? '' : 's'} (${quotes} direct quote${quotes === 1 ? '' : 's'}).`
    : `The articles hold no attributed claims${who ? ` by ${who}` : ''}${opts.topic ? ` on “${opts.topic}”` : ''}.`;
  const answer = blankAnswer('claims', title, text, refs.length > 0);
  const items = refs.map((r) => claimItem(r, index, who === null));
  if (items.length) answer.sections.push({ heading: 'Claims', items });
  answer.citations = items.slice(0, 3).flatMap((i) => (i.citation ? [i.citation] : []));
  answer.data = { actor: who, topic: opts.topic ?? null, claims: refs.map((r) => claimJson(r, index)) } satisfies ClaimsData;
  return answer;
}
