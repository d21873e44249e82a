import type { Mention } from '../types';
import type { Cluster } from './cluster';
import type { Token } from './tokens';
import { isAcronym, isCalendarWord } from './words';

interface Form {
  words: string[];
  /** "-" where the written form joins two words by a hyphen, " " otherwise. */
  seps: string[];
  owners: Cluster[];
}

/**
 * Finds every occurrence of every form of every actor, longest form first, so that "Ilse Marrow" is one
 * mention and not two, and "Zorvan Brigade" is not also a mention of "Zorvan". A form two actors share
 * goes to the one mentioned most recently before it (or next after it).
 */
export function findMentions(clusters: Cluster[], tokens: Token[], forms: Map<Cluster, string[]>, text: string): Map<Cluster, Mention[]> {
  const byFirst = new Map<string, Form[]>();
  for (const cl of clusters) {
    for (const f of forms.get(cl) ?? []) addForm(byFirst, f, cl);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  const found = new Map<Cluster, Mention[]>(clusters.map((cl) => [cl, []]));
  const pending: { form: Form; mention: Mention }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = byFirst.get(tokens[i]!.text);
    if (!list) continue;
    const form = list.find((f) => matchesAt(f, tokens, i));
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

function addForm(byFirst: Map<string, Form[]>, written: string, owner: Cluster): void {
  const parts = written.split(/([ -])/);
  const words = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  const list = byFirst.get(words[0]!) ?? [];
  const same = list.find((f) => f.words.join('\u0000') === words.join('\u0000') && f.seps.join('') === seps.join(''));
  if (same) {
    if (!same.owners.includes(owner)) same.owners.push(owner);
  } else list.push({ words, seps, owners: [owner] });
  byFirst.set(words[0]!, list);
}

function matchesAt(form: Form, tokens: Token[], i: number): boolean {
  const first = tokens[i]!;
  // shouted sentences ("LET US GO") are full of acronym look-alikes
  if (form.words.length === 1 && first.headline === 'caps' && isAcronym(first.text)) return false;
  // "Mrs May" is a surname, but "in May" alone is a month
  if (form.words.length === 1 && isCalendarWord(first.text)) return false;
  for (let k = 1; k < form.words.length; k++) {
    const t = tokens[i + k];
    if (!t || t.text !== form.words[k] || t.sentence !== first.sentence) return false;
    if (form.seps[k - 1] === '-' ? !t.hyphened : !t.joined) return false;
  }
  return true;
}

/** Among actors sharing a form, the one named most recently before `at`, else the first named after it. */
function nearestOwner(owners: Cluster[], found: Map<Cluster, Mention[]>, at: number): Cluster {
  let best = owners[0]!;
  let bestScore = -Infinity;
  for (const o of owners) {
    const list = found.get(o)!; // in text order: only single-owner mentions so far
    const k = firstAtOrAfter(list, at);
    const score = k > 0 ? list[k - 1]!.start : k < list.length ? -list[k]!.start : -Infinity;
    if (score > bestScore) {
      bestScore = score;
      best = o;
    }
  }
  return best;
}

function firstAtOrAfter(list: Mention[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
