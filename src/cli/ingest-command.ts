import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { loadFetchConfig } from '../fetch/config';
import { sha256 } from '../store/cache-file';
import { articleId } from '../store/library/ids';
import { dataDir } from './answers';
import { UsageError } from './args';
import { guildOf, withLibrary } from './library-file';
import type { CliCommand } from './output';

const isUrl = (target: string) => /^[a-z][a-z0-9+.-]*:/i.test(target) && !/^[a-z]:[\\/]/i.test(target);

export const ingestCommand: CliCommand = {
  name: 'ingest',
  usage: 'ingest URL|FILE [--guild ID] [--json]',
  summary:
    'add an article (a link, or an .html, .md or .txt file) to the data folder, or with --guild to that Discord server’s library; validated first, never overwrites another article  (--json: {ingested, id, title, paragraphs, sentences, unchanged})',
  async run(args) {
    const target = args.positional[0];
    if (!target) throw new UsageError('ingest needs a URL or a FILE');
    const dir = dataDir(args);
    const fetch = loadFetchConfig(process.env);
    // fetching, reading HTML and extracting: imported here so other commands start without them
    const { fromFile, fromUrl } = await import('../ingest/sources');
    const source = () => (isUrl(target) ? fromUrl(target, fetch) : fromFile(target));

    if (args.guild !== null) {
      const guild = guildOf(args, 'ingest');
      const { text, name } = await source();
      const done = await withLibrary(dir, (library) => library.ingest(guild, { text, name, addedBy: 'cli' }));
      const what = done.unchanged ? `server ${guild}’s library already holds this article as ${done.id}; nothing changed` : `ingested ${name} into server ${guild}’s library as ${done.id}`;
      return { json: { ingested: !done.unchanged, guild, ...done }, text: `${what} (${done.paragraphs} paragraphs, ${done.sentences} sentences)` };
    }

    const { ingestArticle } = await import('./ingest');
    // an .md or .txt file goes into the folder as it is; a link or a web page as the article text read from it
    const converted = isUrl(target) || !['.md', '.txt'].includes(extname(target).toLowerCase());
    const staging = converted ? mkdtempSync(join(tmpdir(), 'dossier-ingest-')) : null;
    try {
      let file = target;
      if (staging) {
        const { text, name } = await source();
        const { parseArticle } = await import('../article/read');
        let title: string | null = null;
        try {
          title = parseArticle(text, 'article').title;
        } catch {
          // ingestArticle reports what is wrong with it, naming the file
        }
        file = join(staging, `${articleId(title ?? basename(name, extname(name)), sha256(text))}.md`);
        writeFileSync(file, text);
      }
      const done = ingestArticle(file, dir);
      const what = done.unchanged ? `${done.path} already holds this article; nothing changed` : `ingested ${basename(target)} as ${done.path}`;
      return { json: { ingested: !done.unchanged, ...done }, text: `${what} (${done.paragraphs} paragraphs, ${done.sentences} sentences)` };
    } finally {
      if (staging) rmSync(staging, { recursive: true, force: true });
    }
  },
};
