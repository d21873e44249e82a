import { quoteSegments } from '../src/article/quotes';
import { CUE_FORMS } from '../src/lexicon/cues';
import { SPIN_SUBSTITUTIONS } from '../src/lexicon/spin';

/**
 * A machine-paraphrased copy of an article, made deterministically: the spin lexicon read backwards (every
 * plain phrase it knows → its first spun form) and the spun cue verbs ("said" → "stated"), applied to every
 * occurrence outside quotation marks. Quotes keep their words, so quote references still apply.
 */
const SPUN_OF = new Map<string, string>();
for (const s of SPIN_SUBSTITUTIONS) if (!SPUN_OF.has(s.original.toLowerCase())) SPUN_OF.set(s.original.toLowerCase(), s.spun);
for (const c of CUE_FORMS) if (c.spun && !SPUN_OF.has(c.lemma)) SPUN_OF.set(c.lemma, c.form);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
// longest first, so "according to officials" wins over "according to"
const PHRASE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...SPUN_OF.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Spins a stretch of narration (no quotation marks inside); keeps a capital first letter. */
export function spinPhrase(text: string): string {
  return text.replace(PHRASE, (m) => {
    const spun = SPUN_OF.get(m.toLowerCase().replace(/’/g, "'")) ?? m;
    return /^\p{Lu}/u.test(m) ? spun[0]!.toUpperCase() + spun.slice(1) : spun;
  });
}

/** Spins a whole article file's text: front matter and quotations untouched, paragraphs kept. */
export function spinArticle(raw: string): string {
  const front = /^---\n[\s\S]*?\n---[ \t]*\n/.exec(raw)?.[0] ?? '';
  const body = raw.slice(front.length);
  let out = front;
  let from = 0;
  for (const q of quoteSegments(body, 0, body.length)) {
    out += spinPhrase(body.slice(from, q.open)) + body.slice(q.open, q.close);
    from = q.close;
  }
  return out + spinPhrase(body.slice(from));
}
