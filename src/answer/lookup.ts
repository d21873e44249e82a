import Fuse from 'fuse.js';
import { fold, isStopword, stem, termKeys, tokenize } from '../store/terms';
import { nameKey, type ActorEntry, type StoreIndex } from '../store/indices';
import { closeSpelling } from './similarity';
import { titleBefore } from './titles';

export interface ActorMatch {
  entry: ActorEntry;
  /** 0 (exact) … 1 (barely). */
  score: number;
  via: 'name' | 'spelling' | 'role';
}

interface NameRow {
  form: string;
  entry: ActorEntry;
}

/**
 * Finds actors by name, misspelt name or role. Names are matched exactly, then by close spelling (fuse.js finds
 * the candidates, an edit-distance bound accepts them), roles by the words of the actor's description and of the
 * titles the text puts before its name. Nothing close enough means no match: never a random nearest actor.
 */
export class ActorLookup {
  private readonly rows: NameRow[] = [];
  private readonly fuse: Fuse<NameRow>;
  private readonly byWord = new Map<string, ActorEntry[]>();
  private readonly roleKeys = new Map<ActorEntry, Set<string>>();

  constructor(private readonly index: StoreIndex) {
    for (const entry of index.actors) {
      for (const form of [entry.name, ...entry.aliases]) {
        this.rows.push({ form, entry });
        for (const t of tokenize(form)) {
          const w = fold(t.word);
          if (w.length < 3 || isStopword(w)) continue;
          const list = this.byWord.get(w) ?? [];
          if (!list.includes(entry)) list.push(entry);
          this.byWord.set(w, list);
        }
      }
      this.roleKeys.set(entry, roleKeysOf(entry));
    }
    this.fuse = new Fuse(this.rows, { keys: ['form'], includeScore: true, ignoreLocation: true, threshold: 0.4 });
  }

  /** Best matches for a name or role, best first; empty when nothing is close. */
  find(query: string): ActorMatch[] {
    const q = nameKey(query.replace(/^(the|a|an)\s+/i, ''));
    if (!q) return [];
    const exact = this.index.actorsNamed(q);
    if (exact.length) return exact.map((entry) => ({ entry, score: 0, via: 'name' }));
    const byWord = this.byWord.get(q);
    if (byWord) return rank(byWord.map((entry) => ({ entry, score: 0.1, via: 'name' as const })));
    const spelled = this.closeNames(q);
    if (spelled.length) return spelled;
    return this.byRole(query);
  }

  /** Actors whose name, or one word of it, is a close spelling of the query. */
  private closeNames(q: string): ActorMatch[] {
    const out: ActorMatch[] = [];
    for (const hit of this.fuse.search(q, { limit: 20 })) {
      const form = nameKey(hit.item.form);
      const words = form.split(' ');
      const qWords = q.split(' ');
      const close = closeSpelling(q, form) || qWords.every((w) => words.some((f) => w === f || closeSpelling(w, f)));
      if (close) out.push({ entry: hit.item.entry, score: 0.2 + (hit.score ?? 0) / 2, via: 'spelling' });
    }
    return rank(out);
  }

  /** Actors whose role words contain every content word of the query ("activist", "the French president"). */
  private byRole(query: string): ActorMatch[] {
    const words = tokenize(query).filter((t) => !isStopword(t.word));
    if (words.length === 0) return [];
    // each word matches by its stem; only when no actor has them all, by synonym class ("leader" finds "chief")
    for (const wanted of [words.map((t) => [stem(t.word)]), words.map((t) => termKeys(t.word))]) {
      const out: ActorMatch[] = [];
      for (const [entry, keys] of this.roleKeys) {
        if (wanted.every((w) => w.some((k) => keys.has(k)))) out.push({ entry, score: 0.5 + 0.1 / (1 + entry.refs.length), via: 'role' });
      }
      if (out.length) return rank(out);
    }
    return [];
  }

  /** Actors named in a question: whole name forms first, then single words, then close spellings of unknown words. */
  inText(text: string): ActorEntry[] {
    const found: ActorEntry[] = [];
    const add = (e: ActorEntry) => found.includes(e) || found.push(e);
    const folded = ` ${tokenize(text).map((t) => fold(t.word)).join(' ')} `;
    const whole = new Set<string>();
    for (const row of this.rows) {
      const form = ` ${tokenize(row.form).map((t) => fold(t.word)).join(' ')} `;
      if (form.trim().length >= 3 && folded.includes(form)) {
        add(row.entry);
        for (const w of form.trim().split(' ')) whole.add(w);
      }
    }
    for (const t of tokenize(text)) {
      const w = fold(t.word);
      // a word already read as part of a whole name ("Ukraine") does not also pick every name containing it
      if (w.length < 3 || isStopword(w) || whole.has(w)) continue;
      const named = this.byWord.get(w);
      if (named) named.forEach(add);
      else if (w.length >= 4 && !this.index.docFreq.has(stem(w))) this.closeNames(w).forEach((m) => add(m.entry));
    }
    return found;
  }

  /** Autocomplete: exact names, then prefixes of a name or one of its words, then close spellings. */
  complete(prefix: string, limit = 25, fuzzy = true): ActorEntry[] {
    const q = nameKey(prefix);
    const all = this.index.actors;
    if (!q) return [...all].sort(byMentions).slice(0, limit);
    const tiers: ActorEntry[][] = [[], [], []];
    for (const e of all) {
      const forms = [e.name, ...e.aliases].map(nameKey);
      if (forms.includes(q)) tiers[0]!.push(e);
      else if (forms.some((f) => f.startsWith(q) || f.split(' ').some((w) => w.startsWith(q)))) tiers[1]!.push(e);
    }
    const seen = new Set([...tiers[0]!, ...tiers[1]!]);
    for (const hit of fuzzy ? this.fuse.search(q, { limit: 50 }) : []) if (!seen.has(hit.item.entry)) {
      seen.add(hit.item.entry);
      tiers[2]!.push(hit.item.entry);
    }
    tiers[0]!.sort(byMentions);
    tiers[1]!.sort(byMentions);
    return tiers.flat().slice(0, limit);
  }
}

function byMentions(a: ActorEntry, b: ActorEntry): number {
  return mentionCount(b) - mentionCount(a) || a.name.localeCompare(b.name);
}

export function mentionCount(e: ActorEntry): number {
  return e.refs.reduce((n, r) => n + r.actor.mentions.length, 0);
}

function rank(matches: ActorMatch[]): ActorMatch[] {
  const best = new Map<ActorEntry, ActorMatch>();
  for (const m of matches) {
    const prev = best.get(m.entry);
    if (!prev || m.score < prev.score) best.set(m.entry, m);
  }
  return [...best.values()].sort((a, b) => a.score - b.score || mentionCount(b.entry) - mentionCount(a.entry));
}

/** Stems of the actor's description and of the titles written right before its name. */
function roleKeysOf(entry: ActorEntry): Set<string> {
  const keys = new Set<string>();
  const addText = (text: string) => {
    for (const t of tokenize(text)) {
      if (isStopword(t.word)) continue;
      keys.add(stem(t.word));
      for (const k of termKeys(t.word)) keys.add(k);
    }
  };
  if (entry.description) addText(entry.description);
  for (const { facts, actor } of entry.refs) {
    for (const m of actor.mentions) addText(titleBefore(facts.article.text, m.start) ?? '');
  }
  return keys;
}

