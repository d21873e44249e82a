import type { Mention } from '../types';
import type { Cluster } from './cluster';
import { joinedOverPluralPossessive, type Token } from './tokens';
import { isAcronym, isCalendarWord } from './words';
import { firstStartingAt } from '../bounds';

interface Form {
  words: string[];
  owners: Cluster[];
}

/** A trie over name forms: the first word, then each further word keyed with the separator before it ("-" or " "). */
interface Node {
  next: Map<string, Node>;
  form: Form | null;
}

const node = (): Node => ({ next: new Map(), form: null });

/**
 * Finds every occurrence of every form of every actor, longest form first, so that "Ilse Marrow" is one
 * mention and not two, and "Zorvan Brigade" is not also a mention of "Zorvan". A form two actors share
 * goes to the one mentioned most recently before it (or next after it). The forms are walked as a trie from each
 * token, so the cost per token is the length of the longest form, however many forms share a first word.
 */
export function findMentions(clusters: Cluster[], tokens: Token[], forms: Map<Cluster, string[]>, text: string): Map<Cluster, Mention[]> {
  const root = node();
  for (const cl of clusters) {
    for (const f of forms.get(cl) ?? []) addForm(root, f, cl);
  }

  const found = new Map<Cluster, Mention[]>(clusters.map((cl) => [cl, []]));
  const pending: { form: Form; mention: Mention }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const form = longestAt(root, tokens, i);
    if (!form) continue;
    const last = tokens[i + form.words.length - 1]!;
    const t = tokens[i]!;
    const mention: Mention = { start: t.start, end: last.end, text: text.slice(t.start, last.end), paragraph: t.paragraph, sentence: t.sentence };
    if (form.owners.length === 1) {
      found.get(form.owners[0]!)!.push(mention);
    } else {
      pending.push({ form, mention });
    }
    i += form.words.length - 1;
  }
  for (const { form, mention } of pending) {
    const owner = nearestOwner(form.owners, found, mention.start);
    found.get(owner)!.push(mention);
  }
  for (const list of found.values()) list.sort((a, b) => a.start - b.start);
  return found;
}

function addForm(root: Node, written: string, owner: Cluster): void {
  // tokens carry no possessive apostrophe: "Rail Workers’ Union" is walked as its words
  const parts = written.replace(/(?<=s)’(?= )/g, '').split(/([ -])/);
  let at = root;
  const words: string[] = [];
  for (let k = 0; k < parts.length; k += 2) {
    const key = k === 0 ? parts[0]! : `${parts[k - 1]}${parts[k]}`;
    words.push(parts[k]!);
    let child = at.next.get(key);
    if (!child) at.next.set(key, (child = node()));
    at = child;
  }
  if (!at.form) at.form = { words, owners: [] };
  if (!at.form.owners.includes(owner)) at.form.owners.push(owner);
}

/** The longest form written at token i: the deepest trie node with a form along the tokens of one sentence. */
function longestAt(root: Node, tokens: Token[], i: number): Form | null {
  const first = tokens[i]!;
  let at = root.next.get(first.text);
  let best = at?.form && singleWordAllowed(first) ? at.form : null;
  for (let k = i + 1; at && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== first.sentence || !(t.hyphened || t.joined || joinedOverPluralPossessive(tokens[k - 1]!, t))) break;
    at = at.next.get(`${t.hyphened ? '-' : ' '}${t.text}`);
    if (at?.form) best = at.form;
  }
  return best;
}

function singleWordAllowed(first: Token): boolean {
  // shouted sentences ("LET US GO") are full of acronym look-alikes
  if (first.headline === 'caps' && isAcronym(first.text)) return false;
  // "Mrs May" is a surname, but "in May" alone is a month
  return !isCalendarWord(first.text);
}

/** Among actors sharing a form, the one named most recently before `at`, else the first named after it. */
function nearestOwner(owners: Cluster[], found: Map<Cluster, Mention[]>, at: number): Cluster {
  let best = owners[0]!;
  let bestScore = -Infinity;
  for (const o of owners) {
    const list = found.get(o)!; // in text order: only single-owner mentions so far
    const k = firstStartingAt(list, at);
    const score = k > 0 ? list[k - 1]!.start : k < list.length ? -list[k]!.start : -Infinity;
    if (score > bestScore) {
      bestScore = score;
      best = o;
    }
  }
  return best;
}

