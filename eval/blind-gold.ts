import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArticle } from '../src/article/read';
import { extractFacts } from '../src/extract/pipeline';
import { speakerForms } from './extracted';
import { anyNameMatches, norm } from './match';
import { spinArticle, spinPhrase } from './spun-copy';
import { articlePath } from './article-path';

/** A reference file written by annotators who never saw the code (eval/gold/*.json). */
interface BlindGold {
  file: string;
  quotes: { speaker: string; text: string; paragraph: number }[];
  reported: { speaker: string | string[]; contains: string; paragraph: number }[];
  dates: { text: string; value: string | null; paragraph: number }[];
}

export interface GoldScores {
  quotesAttributed: [number, number];
  reportedAttributed: [number, number];
  datesFound: [number, number];
  misses: string[];
}

export interface GoldSplit {
  dev: string[];
  heldout: string[];
}

export function readSplit(goldDir: string): GoldSplit {
  return (JSON.parse(readFileSync(join(goldDir, 'split.json'), 'utf8')) as { blind: GoldSplit }).blind;
}

/**
 * Quote speaker accuracy, reported speaker accuracy and date recall (same paragraph, text contained) over the
 * named reference files; `spun` scores the machine-paraphrased copy instead, with the references' narration
 * spun the same way (a reported item whose words the spinner broke apart is left out).
 */
export function scoreBlindGold(goldDir: string, shared: string, names: readonly string[], spun: boolean): GoldScores {
  const scores: GoldScores = { quotesAttributed: [0, 0], reportedAttributed: [0, 0], datesFound: [0, 0], misses: [] };
  const miss = (s: string) => scores.misses.push(s);
  const narration = spun ? spinPhrase : (s: string) => s;
  for (const name of names) {
    const gold = JSON.parse(readFileSync(join(goldDir, `${name}.json`), 'utf8')) as BlindGold;
    const raw = readFileSync(articlePath(shared, gold.file), 'utf8');
    const id = basename(gold.file, extname(gold.file));
    const facts = extractFacts(parseArticle(spun ? spinArticle(raw) : raw, id));
    const text = norm(facts.article.text);
    for (const q of gold.quotes) {
      const n = norm(q.text);
      const head = n.slice(0, Math.max(20, Math.ceil(n.length * 0.8)));
      const found = facts.claims.filter((c) => norm(c.text).includes(head));
      scores.quotesAttributed[1]++;
      if (found.some((c) => anyNameMatches(speakerForms(facts, c.speaker, c.speakerId), [q.speaker]))) scores.quotesAttributed[0]++;
      else miss(`${name} ¶${q.paragraph} quote by ${q.speaker}: ${found.length ? `got ${found.map((c) => c.speaker).join('/')}` : 'not found'}: ${q.text.slice(0, 60)}`);
    }
    for (const r of gold.reported) {
      const contains = norm(narration(r.contains));
      if (!text.includes(contains)) continue;
      const speakers = Array.isArray(r.speaker) ? r.speaker : [r.speaker];
      const found = facts.claims.filter((c) => norm(c.text).includes(contains));
      scores.reportedAttributed[1]++;
      if (found.some((c) => anyNameMatches(speakerForms(facts, c.speaker, c.speakerId), speakers))) scores.reportedAttributed[0]++;
      else miss(`${name} ¶${r.paragraph} reported by ${speakers.join('|')}: ${found.length ? `got ${found.map((c) => c.speaker).join('/')}` : 'not found'}: ${r.contains}`);
    }
    for (const d of gold.dates) {
      const dateText = norm(narration(d.text));
      scores.datesFound[1]++;
      if (facts.dates.some((x) => x.source.paragraph === d.paragraph && (norm(x.text).includes(dateText) || dateText.includes(norm(x.text))))) scores.datesFound[0]++;
      else miss(`${name} ¶${d.paragraph} date not found: ${d.text}`);
    }
  }
  return scores;
}
