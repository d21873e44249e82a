import { basename } from 'node:path';
import { dataDir } from './answers';
import { UsageError } from './args';
import type { CliCommand } from './output';

export const ingestCommand: CliCommand = {
  name: 'ingest',
  usage: 'ingest FILE [--json]',
  summary: 'validate an article file and add it to the data folder atomically (never overwrites another article)',
  async run(args) {
    const file = args.positional[0];
    if (!file) throw new UsageError('ingest needs a FILE');
    const dir = dataDir(args);
    // ingesting extracts; imported here so other commands start without the extraction pipeline
    const { ingestArticle } = await import('./ingest');
    const done = ingestArticle(file, dir);
    const what = done.unchanged ? `${done.path} already holds this article; nothing changed` : `ingested ${basename(file)} as ${done.path}`;
    return {
      json: { ingested: !done.unchanged, ...done },
      text: `${what} (${done.paragraphs} paragraphs, ${done.sentences} sentences)`,
    };
  },
};
