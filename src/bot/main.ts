/** `npm start`: load the articles once, then serve Discord until stopped. Commands are registered by `npm run deploy`. */
import 'dotenv/config';
import { join } from 'node:path';
import { Dossier } from '../answer/dossier';
import { CACHE_FILE } from '../store/cache';
import { openStore } from '../store/open';
import { createClient, startBot, StartError } from './client';
import type { BotContext } from './command';
import { ConfigError, loadConfig } from './config';
import { loadCommands } from './loader';
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
  try {
    config = loadConfig(process.env);
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

  const commands = await loadCommands(COMMANDS_DIR, logger);
  const first = Dossier.fromStore(loaded.store, loaded.snapshot);
  const ctx: BotContext = {
    dossier: first,
    config,
    logger,
    // After /ingest: the cache no longer matches the files, so the store is rebuilt with the new article.
    reload: async () => {
      const next = await openStore(config.dataDir);
      const dossier = Dossier.fromStore(next.store, next.snapshot);
      dossier.warm();
      ctx.dossier = dossier;
      logger.info({ articles: next.store.articles.length, skipped: next.skipped.length }, 'articles reloaded');
    },
  };

  const client = createClient(config);
  const stop = async (signal: string): Promise<void> => {
    logger.info({ signal }, 'shutting down');
    await client.destroy();
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
  } catch (err) {
    await client.destroy();
    if (err instanceof StartError) fail(err.message);
    logger.fatal({ err }, 'could not start');
    fail(`could not start: ${(err as Error).message}`);
  }
}

await main();
