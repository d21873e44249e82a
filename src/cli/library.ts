import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ArticleError } from '../article/read';
import { listArticleFiles } from '../store/files';
import { LibraryError, type Library } from '../store/library/library';
import { dataDir } from './answers';
import { UsageError, type CliArgs } from './args';
import { guildOf, withLibrary } from './library-file';
import type { CliCommand, CommandResult } from './output';

async function list(library: Library, guild: string): Promise<CommandResult> {
  const articles = library.list(guild);
  const lines = articles.map((a) => [a.id, a.title ?? '(untitled)', a.source, a.published, `${a.paragraphs} ¶`].filter(Boolean).join(' · '));
  return {
    json: { guild, articles },
    text: articles.length ? lines.join('\n') : `server ${guild} has no articles of its own (it is served the data folder's articles)`,
  };
}

async function remove(library: Library, guild: string, id: string | undefined): Promise<CommandResult> {
  if (!id) throw new UsageError('library remove needs an article ID (exactly as library list shows it)');
  if (!library.remove(guild, id)) throw new LibraryError(`server ${guild}'s library has no article "${id}" (ids must match exactly)`);
  return { json: { guild, removed: id }, text: `removed ${id} from server ${guild}'s library` };
}

/** Every article file of a folder into a server's library, under its file name; files that cannot be read are reported and skipped. */
async function importFolder(library: Library, guild: string, folder: string | undefined): Promise<CommandResult> {
  if (!folder) throw new UsageError('library import needs a folder DIR');
  let files: string[];
  try {
    files = listArticleFiles(folder);
  } catch {
    throw new LibraryError(`cannot read the folder ${folder}`);
  }
  const added: string[] = [];
  const unchanged: string[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const name = basename(file);
    try {
      const text = readFileSync(file, 'utf8');
      const done = await library.ingest(guild, { text, name, addedBy: 'cli', id: basename(name, extname(name)) });
      (done.unchanged ? unchanged : added).push(done.id);
    } catch (err) {
      if (!(err instanceof LibraryError || err instanceof ArticleError)) throw err;
      skipped.push(err.message);
      process.stderr.write(`dossier: skipped ${err.message}\n`);
    }
  }
  return {
    json: { guild, added, unchanged, skipped },
    text: `imported ${added.length} article${added.length === 1 ? '' : 's'} from ${folder} into server ${guild}'s library (${unchanged.length} already there, ${skipped.length} skipped)`,
  };
}

export const libraryCommand: CliCommand = {
  name: 'library',
  usage: 'library list|remove ID|import DIR --guild ID [--json]',
  summary: "a Discord server's own articles: list them, remove one by its exact id, or import a folder of articles  (--json: {guild, articles | removed | added, unchanged, skipped})",
  async run(args: CliArgs) {
    const [action, value] = args.positional;
    const guild = guildOf(args, 'library');
    return withLibrary(dataDir(args), (library) => {
      if (action === 'list') return list(library, guild);
      if (action === 'remove') return remove(library, guild, value);
      if (action === 'import') return importFolder(library, guild, value);
      throw new UsageError('library needs list, remove ID or import DIR');
    });
  },
};
