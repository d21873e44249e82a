/** `npm start`: load the articles once, then serve Discord until stopped. Commands are registered by `npm run deploy`. */
import 'dotenv/config';
import { join } from 'node:path';
import { Dossier } from '../answer/dossier';
import { loadFetchConfig } from '../fetch/config';
import { CACHE_FILE } from '../store/cache-file';
import { Library } from '../store/library/library';
import { openStore } from '../store/open';
import { createClient, startBot, StartError } from './client';
import type { BotContext } from './command';
import { ConfigError, loadConfig } from './config';
import { loadCommands } from './loader';
import { GuildLibraries } from './libraries';
import { createLogger } from './logger';
import { installProcessGuards } from './process-guard';
import { scrubProcessOutput } from './scrub';
import { COMMANDS_DIR } from './register';

function fail(message: string): never {
  process.stderr.write(`dossier: ${message.split('\n')[0]}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  let fetch;
  try {
    config = loadConfig(process.env);
    fetch = loadFetchConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  scrubProcessOutput([config.token]); // pino scrubs its own lines; this covers every other write (fail() included)
  const logger = createLogger(config.logLevel, [config.token]);
  installProcessGuards(logger);

  let loaded;
  try {
    loaded = await openStore(config.dataDir);
  } catch (err) {
    fail(`cannot load articles from ${config.dataDir}: ${(err as Error).message}`);
  }
  // The store loader rebuilds a bad cache rather than trust it; the operator still hears which file was bad.
  if (loaded.cacheProblem) logger.warn({ cache: join(config.dataDir, CACHE_FILE), problem: loaded.cacheProblem }, 'rebuilt the article cache');
  for (const reason of loaded.skipped) logger.warn({ reason }, 'skipped an article');
  logger.info({ articles: loaded.store.articles.length, skipped: loaded.skipped.length, dataDir: config.dataDir, from: loaded.from }, 'articles loaded');

  let library;
  try {
    library = Library.open(config.libraryDb);
  } catch (err) {
    fail((err as Error).message);
  }

  const commands = await loadCommands(COMMANDS_DIR, logger);
  // the bundled folder: every server's library until it adds articles of its own (never written by /ingest)
  const first = Dossier.fromStore(loaded.store, loaded.snapshot);
  const libraries = new GuildLibraries(library, first, config.libraryCacheArticles, logger);
  const ctx: BotContext = { dossier: first, config, logger, libraries, fetch };

  const client = createClient(config);
  const stop = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'shutting down');
    await client.destroy();
    libraries.library.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  const onFatal = (err: StartError): void => {
    void client.destroy().finally(() => fail(err.message));
  };
  try {
    await startBot(client, commands, ctx, onFatal);
    // ready and serving: the tables only misspellings and autocomplete need are built now, not on a user's time
    setImmediate(() => first.warm());
    // after an upgrade of the extraction code, stored facts are brought up to date in the background
    void library
      .refreshStale()
      .then((n) => n > 0 && logger.info({ articles: n }, 'library articles extracted again for this version'))
      .catch((err: unknown) => logger.warn({ err }, 'could not bring the library up to date; servers re-extract on load'));
  } catch (err) {
    await client.destroy();
    if (err instanceof StartError) fail(err.message);
    logger.fatal({ err }, 'could not start');
    fail(`could not start: ${(err as Error).message}`);
  }
}

await main();
