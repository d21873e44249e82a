import { readArticleFile } from '../article/read';
import type { ArticleFacts } from '../extract/types';
import { UsageError } from './args';
import type { CliCommand } from './output';

/** The `extract --json` shape of the design's CLI contract, plus sources and spin. */
export function factsToJson(facts: ArticleFacts) {
  const { article } = facts;
  return {
    article: {
      id: article.id,
      title: article.title,
      source: article.source,
      url: article.url,
      published: article.published,
      paragraphs: article.paragraphs.length,
      sentences: article.sentences.length,
    },
    actors: facts.actors.map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      aliases: a.aliases,
      description: a.description,
      mentions: a.mentions.map((m) => ({ paragraph: m.paragraph, text: m.text, start: m.start, end: m.end })),
    })),
    claims: facts.claims.map((c) => ({
      id: c.id,
      speaker: c.speaker,
      speakerId: c.speakerId,
      text: c.text,
      kind: c.kind,
      cue: c.cue,
      cueLemma: c.cueLemma,
      date: c.date,
      paragraph: c.paragraph,
      start: c.start,
      end: c.end,
    })),
    dates: facts.dates.map((d) => ({
      id: d.id,
      text: d.text,
      kind: d.kind,
      value: d.value,
      relative: d.relative,
      paragraph: d.source.paragraph,
      start: d.start,
      end: d.end,
    })),
    spin: facts.spin,
  };
}

function factsToText(facts: ArticleFacts): string {
  const { article } = facts;
  const lines = [
    `Article ${article.id}: ${article.title ?? '(untitled)'} — ${article.paragraphs.length} paragraphs`,
    '',
    `Actors (${facts.actors.length}):`,
    ...facts.actors.map((a) => `  ${a.name} [${a.type}]${a.description ? ` — ${a.description}` : ''}${a.aliases.length ? ` (also: ${a.aliases.join(', ')})` : ''}`),
    '',
    `Claims (${facts.claims.length}):`,
    ...facts.claims.map((c) => `  ¶${c.paragraph} ${c.speaker ?? '(unknown)'} ${c.cue ?? ''}: ${c.kind === 'quote' ? `“${c.text}”` : c.text}`),
    '',
    `Dates (${facts.dates.length}):`,
    ...facts.dates.map((d) => `  ¶${d.source.paragraph} ${d.text} [${d.kind}] → ${d.value ?? (d.relative ? 'relative to publication' : 'open')}`),
  ];
  if (facts.spin.likely) lines.push('', `Spin: likely machine-paraphrased (${facts.spin.signals.length} tortured phrases).`);
  return lines.join('\n');
}

export const extractCommand: CliCommand = {
  name: 'extract',
  usage: 'extract FILE [--json]',
  summary: 'read one article file and print its actors, claims, dates and spin signals',
  async run(args) {
    const file = args.positional[0];
    if (!file) throw new UsageError('extract needs a FILE');
    // imported here so the answer commands start without the extraction pipeline
    const { extractFacts } = await import('../extract/pipeline');
    const facts = extractFacts(readArticleFile(file));
    return { json: factsToJson(facts), text: factsToText(facts) };
  },
};
