import type { Article } from '../article/types';
import { sentenceSource } from '../article/source';
import { findCandidates, textOf } from './actors/candidates';
import { type Cluster, clusterCandidates } from './actors/cluster';
import { describe, type DescriptionSpan } from './actors/describe';
import { findMentions } from './actors/mentions';
import { type Token, tokenize } from './actors/tokens';
import { ORG_CONTEXT_NOUNS } from '../lexicon/organisations';
import { describesOrganisation, isFirstName, isHonorific, isKnownPlace, isOrgHead, isOrgSuffix, isPlaceSuffix, isRoleTitle, looksLikePlace } from './actors/words';
import type { Actor, ActorType, Stage } from './types';

/**
 * Who the article is about: people, organisations, groups and places, each with every form of its
 * name merged into one actor, a description from the text and every mention with exact offsets.
 */
export const actorsStage: Stage = {
  name: 'actors',
  run(facts) {
    facts.actors = findActors(facts.article);
  },
};

export function findActors(article: Article): Actor[] {
  const tokens = tokenize(article);
  const clusters = clusterCandidates(findCandidates(tokens));
  const coreOwners = new Map<string, Cluster[]>();
  for (const cl of clusters) {
    for (const core of cl.cores) {
      const owners = coreOwners.get(core);
      if (owners) owners.push(cl);
      else coreOwners.set(core, [cl]);
    }
  }
  const forms = new Map(clusters.map((cl) => [cl, formsOf(cl, tokens, coreOwners)]));
  const mentions = findMentions(clusters, tokens, forms, article.text);

  const actors = clusters
    .map((cl) => ({ cl, mentions: mentions.get(cl) ?? [] }))
    .filter((x) => x.mentions.length > 0)
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  const placeStems = placeStemsOf(clusters);
  return actors.map(({ cl, mentions: list }, n) => {
    const description = cl.type === 'place' ? null : descriptionOf(cl, tokens, article.text);
    const all = forms.get(cl)!;
    const name = fullestName(cl);
    return {
      id: `${article.id}#a${n + 1}`,
      name,
      type: typeOf(cl, description, tokens, article.text, placeStems),
      aliases: all.filter((f) => f !== name),
      description: description ? article.text.slice(description.start, description.end) : null,
      descriptionSource: description ? sentenceSource(article, article.sentences[description.sentence]!) : null,
      mentions: list,
    };
  });
}

/** Every form the actor is written in: its names, with honorifics as written ("Mr Straw"), and surnames it shares. */
function formsOf(cl: Cluster, tokens: Token[], coreOwners: Map<string, Cluster[]>): string[] {
  const forms = new Set<string>();
  for (const c of [...cl.candidates].sort((a, b) => a.first - b.first)) {
    forms.add(textOf(c.name));
    if (c.first < c.name[0]!.index) forms.add(textOf(tokens.slice(c.first, c.last + 1)));
    // "Harlow administration" is also "Harlow" when the article never names Harlow alone
    const head = c.name[c.name.length - 1]!;
    if (c.name.length > 1 && !head.cap && isOrgHead(head.text)) {
      const bare = textOf(c.name.slice(0, -1));
      if (!(coreOwners.get(bare) ?? []).some((o) => o !== cl)) forms.add(bare);
    }
  }
  for (const f of cl.shared) forms.add(f);
  return [...forms];
}

/** The fullest name the text uses: most words, then longest. */
function fullestName(cl: Cluster): string {
  const cores = cl.cores.filter((f) => !cl.shared.includes(f));
  return cores.reduce((best, f) => {
    const words = (s: string) => s.split(/[ -]/).length;
    return words(f) > words(best) || (words(f) === words(best) && f.length > best.length) ? f : best;
  }, cores[0]!);
}

function descriptionOf(cl: Cluster, tokens: Token[], text: string): DescriptionSpan | null {
  for (const c of [...cl.candidates].sort((a, b) => a.first - b.first)) {
    const d = describe(c, tokens, text);
    if (d) return d;
  }
  return null;
}

const orgContext = new Set(ORG_CONTEXT_NOUNS);
const LOCATIVES = new Set(['in', 'at', 'near', 'outside', 'across', 'inside', 'from']);

/**
 * A single word nothing else explains: a person when a role describes it, a place after "in"/"at", before "in"
 * a known place, in a peer's title ("Lord Quill of Tarnby"), in a place name elsewhere ("Dunmere County") or with
 * a place-name ending; else an organisation ("Oxfam").
 */
function typeOf(cl: Cluster, description: DescriptionSpan | null, tokens: Token[], text: string, placeStems: Set<string>): ActorType {
  if (cl.type === 'person' && guessedPerson(cl) && cl.candidates.some((c) => isOrgContext(tokens[c.last + 1], tokens[c.last]!))) return 'organization';
  if (cl.type) return cl.type;
  if (cl.candidates.some((c) => c.titled)) return 'person';
  const described = description ? text.slice(description.start, description.end) : '';
  if (describesOrganisation(described)) return 'organization';
  if (described.split(/\s+/).some(isRoleTitle)) return 'person';
  const word = cl.cores[0]!;
  if (looksLikePlace(word) || placeStems.has(word) || cl.candidates.some((c) => placedByContext(tokens, c.first, c.last))) return 'place';
  return 'organization';
}

/** A person only by the shape of its words: no title, no known given name ("Stells Margo"). */
function guessedPerson(cl: Cluster): boolean {
  return cl.candidates.every((c) => !c.titled && !isFirstName(c.name[0]!.text));
}

/** "Stells Margo bankers", "the Acme board": a name directly before a noun only firms have. */
function isOrgContext(next: Token | undefined, last: Token): boolean {
  return next !== undefined && next.joined && next.sentence === last.sentence && !last.possessive && !next.cap && orgContext.has(next.text);
}

function placedByContext(tokens: Token[], first: number, last: number): boolean {
  const before = (k: number) => tokens[first - k];
  const after = (k: number) => tokens[last + k];
  const sameSentence = (t: Token | undefined) => t !== undefined && t.sentence === tokens[first]!.sentence;
  if (sameSentence(before(1)) && LOCATIVES.has(before(1)!.text) && !(sameSentence(after(1)) && after(1)!.cap && isOrgSuffix(after(1)!.text))) return true;
  if (sameSentence(after(1)) && after(1)!.text === 'in' && sameSentence(after(2)) && isKnownPlace(after(2)!.text)) return true;
  // a peer's territorial designation: "Lord Quill of Tarnby"
  return before(1)?.text === 'of' && before(2)?.cap === true && isHonorific(before(3)?.text ?? '');
}

/** "Dunmere" where the article also writes "Dunmere County": the first word of a place name with a place suffix. */
function placeStemsOf(clusters: Cluster[]): Set<string> {
  const stems = new Set<string>();
  for (const cl of clusters) {
    for (const core of cl.cores) {
      const words = core.split(' ');
      if (words.length >= 2 && isPlaceSuffix(words[1]!)) stems.add(words[0]!);
    }
  }
  return stems;
}
