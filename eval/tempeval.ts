import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile } from './extracted';

interface TempevalGold {
  file: string;
  published: string;
  dates: { text: string; kind: string; value: string; paragraph: number }[];
}

export interface TempevalScores {
  found: [number, number];
  correct: [number, number];
  misses: string[];
}

/** Scores DATE expressions: found = span overlap in the same paragraph; correct = exact gold value. */
export function scoreTempeval(dir: string, kind = 'date'): TempevalScores {
  const scores: TempevalScores = { found: [0, 0], correct: [0, 0], misses: [] };
  for (const name of readdirSync(join(dir, 'gold')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, 'gold', name), 'utf8')) as TempevalGold;
    const facts = extractFile(join(dir, 'articles', gold.file));
    const seen = new Map<string, number>();
    for (const g of gold.dates) {
      // the k-th entry with the same text in a paragraph is the k-th occurrence of that text there
      const key = `${g.paragraph}\u0000${g.text}`;
      const k = seen.get(key) ?? 0;
      seen.set(key, k + 1);
      if (g.kind !== kind) continue;
      const para = facts.article.paragraphs[g.paragraph - 1]!;
      let at = -1;
      for (let i = 0; i <= k; i++) at = para.text.indexOf(g.text, at + 1);
      const start = para.start + at;
      const end = start + g.text.length;
      const found = facts.dates.filter((d) => d.start < end && d.end > start);
      scores.found[1]++;
      scores.correct[1]++;
      if (found.length) scores.found[0]++;
      if (found.some((d) => d.value === g.value)) scores.correct[0]++;
      else scores.misses.push(`${gold.file} ¶${g.paragraph} "${g.text}" gold ${g.value}: ${found.length ? `got ${found.map((d) => `${d.text}=${d.value}`).join(', ')}` : 'not found'}`);
    }
  }
  return scores;
}
