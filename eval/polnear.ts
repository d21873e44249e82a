import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile, speakerForms } from './extracted';
import { anyNameMatches, norm } from './match';

interface PolnearGold {
  file: string;
  actors: { name: string; type: string; aliases: string[] }[];
  quotes: { speaker: string | null; text: string; paragraph: number }[];
  reported: { speaker: string; contains: string; paragraph: number }[];
}

export interface PolnearScores {
  /** Speaker actors of the gold (people only) found among the extracted actors. */
  personRecall: [number, number];
  quotesFound: [number, number];
  quotesAttributed: [number, number];
  reportedAttributed: [number, number];
  misses: string[];
}

/**
 * Scores attribution over a PolNeAR folder (articles/ + gold/); quotes whose reference speaker is null are left out.
 * `part` picks files by their index in sorted order (a tuned / held-out split).
 */
export function scorePolnear(dir: string, part: (index: number, count: number) => boolean = () => true): PolnearScores {
  const scores: PolnearScores = { personRecall: [0, 0], quotesFound: [0, 0], quotesAttributed: [0, 0], reportedAttributed: [0, 0], misses: [] };
  const names = readdirSync(join(dir, 'gold')).sort();
  for (const name of names.filter((_, i) => part(i, names.length))) {
    const gold = JSON.parse(readFileSync(join(dir, 'gold', name), 'utf8')) as PolnearGold;
    const facts = extractFile(join(dir, 'articles', gold.file));
    const formsOf = (speaker: string) => {
      const actor = gold.actors.find((a) => a.name === speaker);
      return actor ? [actor.name, ...actor.aliases] : [speaker];
    };
    for (const person of gold.actors.filter((a) => a.type === 'person')) {
      scores.personRecall[1]++;
      const forms = [person.name, ...person.aliases];
      if (facts.actors.some((a) => anyNameMatches([a.name, ...a.aliases], forms))) scores.personRecall[0]++;
      else scores.misses.push(`${gold.file} person not found: ${person.name}`);
    }
    for (const q of gold.quotes) {
      const speaker = q.speaker;
      if (speaker === null) continue;
      const n = norm(q.text);
      const head = n.slice(0, Math.max(20, Math.ceil(n.length * 0.8)));
      const found = facts.claims.filter((c) => norm(c.text).includes(head));
      scores.quotesFound[1]++;
      scores.quotesAttributed[1]++;
      if (found.length) scores.quotesFound[0]++;
      if (found.some((c) => anyNameMatches(speakerForms(facts, c.speaker, c.speakerId), formsOf(speaker)))) scores.quotesAttributed[0]++;
      else scores.misses.push(`${gold.file} ¶${q.paragraph} quote by ${speaker}: ${found.length ? `got ${found.map((c) => c.speaker).join('/')}` : 'not found'}: ${q.text.slice(0, 60)}`);
    }
    for (const r of gold.reported) {
      scores.reportedAttributed[1]++;
      const found = facts.claims.filter((c) => norm(c.text).includes(norm(r.contains)));
      if (found.some((c) => anyNameMatches(speakerForms(facts, c.speaker, c.speakerId), formsOf(r.speaker)))) scores.reportedAttributed[0]++;
      else scores.misses.push(`${gold.file} ¶${r.paragraph} reported by ${r.speaker}: ${found.length ? `got ${found.map((c) => c.speaker).join('/')}` : 'not found'}: ${r.contains}`);
    }
  }
  return scores;
}
