/** `npm run deploy`: registers the slash commands and the message menu with Discord. Run it after changing commands/. */
import 'dotenv/config';
import { ConfigError, loadConfig } from './config';
import { loadCommands } from './loader';
import { createLogger } from './logger';
import { COMMANDS_DIR, registerCommands } from './register';
import { scrubProcessOutput } from './scrub';

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig(process.env, { clientId: true });
  } catch (err) {
    if (err instanceof ConfigError) return fail(err.message);
    throw err;
  }
  scrubProcessOutput([config.token]); // the REST error printed below can echo `Bot <token>`
  const logger = createLogger(config.logLevel, [config.token]);
  const commands = await loadCommands(COMMANDS_DIR, logger);
  try {
    const { count, scope } = await registerCommands(config, commands);
    logger.info({ count, scope }, `registered ${count} commands ${scope}`);
    return 0;
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 401) return fail('Discord rejected DISCORD_TOKEN (401): copy the token again from the Developer Portal (Bot tab)');
    if (status === 403 || status === 404) return fail(`Discord refused the registration (${status}): check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the bot was invited with the applications.commands scope`);
    return fail(`registration failed: ${(err as Error).message.split('\n')[0]}`);
  }
}

function fail(message: string): number {
  process.stderr.write(`dossier deploy: ${message}\n`);
  return 1;
}

// anything unexpected is one scrubbed line too, never Node's uncaught-error dump
process.exitCode = await main().catch((err: unknown) => fail(`deploy failed: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`));
