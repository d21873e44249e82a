import { readFileSync } from 'node:fs';
import { extractFile, speakerForms } from './extracted';
import { anyNameMatches, norm } from './match';

interface SeedGold {
  file: string;
  actors: { name: string; type: string; aliases: string[] }[];
  acceptable_extra_actors: string[];
  quotes: { speaker: string; text: string; paragraph: number }[];
  reported: { speaker: string | string[]; contains: string; paragraph: number }[];
  dates: { text: string; kind: string; value: string | null; paragraph: number }[];
}

export interface SeedScores {
  actorRecall: [number, number];
  personRecall: [number, number];
  actorPrecision: [number, number];
  quotesFound: [number, number];
  quotesAttributed: [number, number];
  reportedAttributed: [number, number];
  datesFound: [number, number];
  dateValues: [number, number];
  misses: string[];
}

export function scoreSeed(goldFile: string, articleFile: string): SeedScores {
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as SeedGold;
  const facts = extractFile(articleFile);
  const misses: string[] = [];

  // Actors: recall over references; precision with duplicates counted wrong and acceptable extras ignored.
  const matchedRefs = new Set<number>();
  let correct = 0;
  let counted = 0;
  for (const actor of facts.actors) {
    const forms = [actor.name, ...actor.aliases];
    const ref = gold.actors.findIndex((g) => anyNameMatches(forms, [g.name, ...g.aliases]));
    if (ref >= 0) {
      counted++;
      if (matchedRefs.has(ref)) misses.push(`duplicate actor: ${actor.name}`);
      else correct++;
      matchedRefs.add(ref);
    } else if (gold.acceptable_extra_actors.some((x) => anyNameMatches(forms, [x]))) {
      continue;
    } else {
      counted++;
      misses.push(`extra actor: ${actor.name} [${actor.type}]`);
    }
  }
  gold.actors.forEach((g, i) => matchedRefs.has(i) || misses.push(`missed actor: ${g.name}`));
  const persons = gold.actors.map((g, i) => [g, i] as const).filter(([g]) => g.type === 'person');

  let quotesFound = 0;
  let quotesAttributed = 0;
  for (const q of gold.quotes) {
    const head = norm(q.text).slice(0, Math.max(20, Math.ceil(norm(q.text).length * 0.8)));
    const found = facts.claims.filter((c) => norm(c.text).includes(head));
    if (found.length) quotesFound++;
    const ok = found.some((c) => anyNameMatches(speakerForms(facts, c.speaker, c.speakerId), [q.speaker]));
    if (ok) quotesAttributed++;
    else misses.push(`quote ¶${q.paragraph} ${found.length ? `attributed to ${found.map((c) => c.speaker).join('/')}` : 'not found'}: ${q.text.slice(0, 50)}`);
  }

  let reportedAttributed = 0;
  for (const r of gold.reported) {
    const speakers = Array.isArray(r.speaker) ? r.speaker : [r.speaker];
    const found = facts.claims.filter((c) => norm(c.text).includes(norm(r.contains)));
    const ok = found.some((c) => anyNameMatches(speakerForms(facts, c.speaker, c.speakerId), speakers));
    if (ok) reportedAttributed++;
    else misses.push(`reported ¶${r.paragraph} ${found.length ? `attributed to ${found.map((c) => c.speaker).join('/')}` : 'not found'}: ${r.contains}`);
  }

  let datesFound = 0;
  let dateValues = 0;
  const valued = gold.dates.filter((d) => d.value !== null);
  for (const d of gold.dates) {
    const found = facts.dates.filter((x) => x.source.paragraph === d.paragraph && norm(x.text).includes(norm(d.text)));
    if (found.length) datesFound++;
    else misses.push(`date ¶${d.paragraph} not found: ${d.text}`);
    if (d.value !== null) {
      if (found.some((x) => x.value?.startsWith(d.value!))) dateValues++;
      else misses.push(`date ¶${d.paragraph} ${d.text}: value ${found.map((x) => x.value).join('/')} not ${d.value}`);
    }
  }

  return {
    actorRecall: [matchedRefs.size, gold.actors.length],
    personRecall: [persons.filter(([, i]) => matchedRefs.has(i)).length, persons.length],
    actorPrecision: [correct, counted],
    quotesFound: [quotesFound, gold.quotes.length],
    quotesAttributed: [quotesAttributed, gold.quotes.length],
    reportedAttributed: [reportedAttributed, gold.reported.length],
    datesFound: [datesFound, gold.dates.length],
    dateValues: [dateValues, valued.length],
    misses,
  };
}
