import type { Logger } from './logger';

/**
 * The last resort: a rejection or exception nothing else caught (in a handler, discord.js or a timer) is
 * logged, through the logger that scrubs the token from every line, and the bot keeps serving. Node's default
 * (exit on the first one) would let one bad payload take every server's bot down.
 */
export function installProcessGuards(logger: Logger): void {
  process.on('unhandledRejection', (err) => logger.error({ err }, 'unhandled rejection (kept serving)'));
  process.on('uncaughtException', (err, origin) => logger.error({ err, origin }, 'uncaught exception (kept serving)'));
}
