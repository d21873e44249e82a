import type { ActorEntry, ClaimRef, StoreIndex } from '../store/indices';
import { blankAnswer, citeSentence, citeSource, clip } from './cite';
import type { ActorLookup } from './lookup';
import type { Answer, AnswerItem, Citation } from './types';

/** The `actor --json` profile of the design's contract, with article names for multi-article stores. */
export interface ActorProfile {
  id: string;
  name: string;
  type: string;
  aliases: string[];
  description: string | null;
  mentions: { article: string; paragraph: number }[];
  claims: ClaimJson[];
  /** The first CLAIMS_ABOUT_SHOWN claims about them, in text order; claimsAboutTotal counts them all. */
  claimsAbout: ClaimJson[];
  claimsAboutTotal: number;
}

/**
 * Claims about an actor are listed up to this many: a country named in every article of a large library is
 * talked about in thousands of claims, which no reader pages through and every call would copy.
 */
export const CLAIMS_ABOUT_SHOWN = 100;

export interface ClaimJson {
  id: string;
  article: string;
  paragraph: number;
  speaker: string | null;
  kind: 'quote' | 'reported';
  cue: string | null;
  text: string;
}

export interface ActorData {
  found: boolean;
  actor: ActorProfile | null;
  suggestions: string[];
}

export function claimJson(ref: ClaimRef, index: StoreIndex): ClaimJson {
  const { claim, facts } = ref;
  return {
    id: claim.id,
    article: facts.article.id,
    paragraph: claim.paragraph,
    speaker: index.actorOf(claim.speakerId)?.name ?? claim.speaker,
    kind: claim.kind,
    cue: claim.cue,
    text: claim.text,
  };
}

/** A claim as one list line: quotes in marks, reported speech as written, with the speaker. */
export function claimItem(ref: ClaimRef, index: StoreIndex, withSpeaker = true): AnswerItem {
  const { claim, facts } = ref;
  const speaker = index.actorOf(claim.speakerId)?.name ?? claim.speaker ?? 'unattributed';
  const body = claim.kind === 'quote' ? `“${clip(claim.text, 300)}”` : clip(claim.text, 300);
  return { text: withSpeaker ? `${speaker}: ${body}` : body, citation: citeSource(facts, claim.source) };
}

/** Claims whose words name the actor, said by someone else. */
export function claimsAbout(index: StoreIndex, entry: ActorEntry): ClaimRef[] {
  const out: ClaimRef[] = [];
  for (const { facts, actor } of entry.refs) {
    for (const claim of facts.claims) {
      if (actor.mentions.some((m) => m.start >= claim.start && m.end <= claim.end) && index.actorOf(claim.speakerId) !== entry) out.push({ facts, claim });
    }
  }
  return out;
}

/** Profiles made so far: the store is read-only, so an actor's profile is made once and each call gets a copy. */
const profiles = new WeakMap<StoreIndex, Map<ActorEntry, Answer>>();

/** The actor command: who they are, their aliases, their claims, claims about them and where they appear. */
export function actorAnswer(index: StoreIndex, lookup: ActorLookup, name: string): Answer {
  const match = lookup.find(name)[0];
  if (!match) {
    const suggestions = lookup.complete(name, 5, false).map((e) => e.name);
    const answer = blankAnswer('actor', name, `No actor in the articles matches “${name}”.`, false);
    answer.suggestions = suggestions;
    answer.data = { found: false, actor: null, suggestions } satisfies ActorData;
    return answer;
  }
  let made = profiles.get(index);
  if (!made) profiles.set(index, (made = new Map()));
  let answer = made.get(match.entry);
  if (!answer) made.set(match.entry, (answer = profileAnswer(index, match.entry)));
  return copyProfile(answer);
}

/** A copy whose lists the caller may change (notes are added, lists cut) without touching the one kept. */
function copyProfile(answer: Answer): Answer {
  const data = answer.data as ActorData;
  const actor = data.actor && { ...data.actor, aliases: [...data.actor.aliases], mentions: [...data.actor.mentions], claims: [...data.actor.claims], claimsAbout: [...data.actor.claimsAbout] };
  return {
    ...answer,
    citations: [...answer.citations],
    sections: answer.sections.map((s) => ({ ...s, items: [...s.items] })),
    suggestions: [...answer.suggestions],
    notes: [...answer.notes],
    data: { ...data, actor, suggestions: [...data.suggestions] } satisfies ActorData,
  };
}

function profileAnswer(index: StoreIndex, entry: ActorEntry): Answer {
  const by = index.claimsBy(entry);
  const about = claimsAbout(index, entry);
  const aboutShown = about.slice(0, CLAIMS_ABOUT_SHOWN);
  const mentions = entry.refs.flatMap(({ facts, actor }) => actor.mentions.map((m) => ({ article: facts.article.id, paragraph: m.paragraph })));
  const paragraphs = [...new Map(mentions.map((m) => [`${m.article}:${m.paragraph}`, m])).values()];
  const many = new Set(paragraphs.map((p) => p.article)).size > 1;
  const where = paragraphs.map((p) => (many ? `${p.article} ¶${p.paragraph}` : `¶${p.paragraph}`));

  const citations: Citation[] = [];
  for (const { facts, actor } of entry.refs) {
    if (actor.descriptionSource) citations.push(citeSource(facts, actor.descriptionSource));
  }
  const first = entry.refs[0];
  const firstMention = first?.actor.mentions[0];
  const firstSentence = firstMention ? first.facts.article.sentences[firstMention.sentence] : undefined;
  if (citations.length === 0 && first && firstSentence) citations.push(citeSentence(first.facts.article, firstSentence));

  const lines = [
    `${entry.name} (${entry.type})${entry.description ? ` — ${entry.description}` : ''}.`,
    entry.aliases.length ? `Also written: ${entry.aliases.join(', ')}.` : '',
    `Appears in ${where.slice(0, 12).join(', ')}${where.length > 12 ? ', …' : ''}.`,
    by.length ? `${by.length} claim${by.length === 1 ? '' : 's'} by them, ${about.length} about them.` : about.length ? `${about.length} claim${about.length === 1 ? '' : 's'} about them.` : '',
  ].filter(Boolean);
  const answer = blankAnswer('actor', entry.name, lines.join(' '));
  answer.citations = citations;
  const quotesFirst = (a: ClaimRef, b: ClaimRef) => Number(b.claim.kind === 'quote') - Number(a.claim.kind === 'quote');
  if (by.length) answer.sections.push({ heading: 'Claims by them', items: [...by].sort(quotesFirst).map((r) => claimItem(r, index, false)) });
  if (about.length) {
    const heading = about.length > aboutShown.length ? `Claims about them (the first ${aboutShown.length} of ${about.length})` : 'Claims about them';
    answer.sections.push({ heading, items: aboutShown.map((r) => claimItem(r, index)) });
  }
  answer.data = {
    found: true,
    actor: {
      id: entry.refs[0]?.actor.id ?? entry.key,
      name: entry.name,
      type: entry.type,
      aliases: entry.aliases,
      description: entry.description,
      mentions,
      claims: by.map((r) => claimJson(r, index)),
      claimsAbout: aboutShown.map((r) => claimJson(r, index)),
      claimsAboutTotal: about.length,
    },
    suggestions: [],
  } satisfies ActorData;
  return answer;
}
