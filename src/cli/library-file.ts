import { join } from 'node:path';
import { Dossier } from '../answer/dossier';
import { Library, LIBRARY_FILE } from '../store/library/library';
import { UsageError, type CliArgs } from './args';

/** The servers' libraries: $LIBRARY_DB, else the dot-file in the data folder (as the bot finds it). */
export function libraryPath(dir: string): string {
  return process.env.LIBRARY_DB || join(dir, LIBRARY_FILE);
}

/** The --guild a library command needs, checked to be a Discord server id. */
export function guildOf(args: Pick<CliArgs, 'guild'>, command: string): string {
  if (args.guild === null) throw new UsageError(`${command} needs --guild ID (a Discord server id)`);
  if (!/^\d{1,20}$/.test(args.guild)) throw new UsageError(`--guild must be a numeric Discord server id, not "${args.guild.slice(0, 40)}"`);
  return args.guild;
}

/** Runs `use` with the library open, and closes it whatever happens. */
export async function withLibrary<T>(dir: string, use: (library: Library) => Promise<T> | T): Promise<T> {
  const library = Library.open(libraryPath(dir));
  try {
    return await use(library);
  } finally {
    library.close();
  }
}

/** A server's own Dossier, or null when it has no articles of its own (then the folder serves it, as in Discord). */
export async function guildDossier(args: Pick<CliArgs, 'guild'>, dir: string): Promise<Dossier | null> {
  const guild = guildOf(args, 'reading a server library');
  const loaded = await withLibrary(dir, (library) => library.load(guild));
  for (const reason of loaded?.skipped ?? []) process.stderr.write(`dossier: skipped ${reason}\n`);
  return loaded ? Dossier.fromStore(loaded.store, loaded.snapshot) : null;
}
