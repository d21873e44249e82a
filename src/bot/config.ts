import { join } from 'node:path';
import { z } from 'zod';
import { LIBRARY_FILE } from '../store/library/location';

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** `.env` lines like `DISCORD_GUILD_ID=` mean "not set". */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const snowflake = z.string().trim().regex(/^\d{1,20}$/, 'must be a numeric Discord id');

const envSchema = z.object({
  DISCORD_TOKEN: optional(z.string().trim()),
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_BASE: optional(z.url({ protocol: /^https?$/ })),
  DISCORD_MESSAGE_CONTENT: optional(z.enum(['true', 'false', '1', '0', 'yes', 'no'])),
  DATA_DIR: optional(z.string()),
  LOG_LEVEL: optional(z.enum(LEVELS)),
  LIBRARY_DB: optional(z.string()),
  LIBRARY_CACHE_ARTICLES: optional(z.coerce.number().int().min(1).max(1_000_000)),
});

/**
 * Articles the servers' built Dossiers may hold at once: what they cost in memory grows with articles, not
 * servers (docs/benchmarks.md: 1,000 articles over 100 servers all built stay under 250 MB).
 */
export const DEFAULT_CACHE_ARTICLES = 1000;

export interface Config {
  token: string;
  clientId: string | null;
  guildId: string | null;
  /** REST base URL (discord.js `rest.api`); null for Discord itself. */
  apiBase: string | null;
  /** Request the privileged Message Content intent (needed to read a thread for /digest). */
  messageContent: boolean;
  dataDir: string;
  /** The servers' libraries (SQLite); by default a dot-file in dataDir, which the folder loader never reads. */
  libraryDb: string;
  /** Most articles kept built across servers' Dossiers (least recently used server dropped first). */
  libraryCacheArticles: number;
  logLevel: (typeof LEVELS)[number];
}

/** A configuration problem, worded to be printed as one line (it never contains the token). */
export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv, need: { clientId?: boolean } = {}): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (!e.DISCORD_TOKEN) {
    throw new ConfigError('DISCORD_TOKEN is not set: put the bot token from the Discord Developer Portal (Bot tab) in .env');
  }
  if (need.clientId && !e.DISCORD_CLIENT_ID) {
    throw new ConfigError('DISCORD_CLIENT_ID is not set: put the application id (General Information tab) in .env');
  }
  return {
    token: e.DISCORD_TOKEN,
    clientId: e.DISCORD_CLIENT_ID ?? null,
    guildId: e.DISCORD_GUILD_ID ?? null,
    apiBase: e.DISCORD_API_BASE?.replace(/\/+$/, '') ?? null,
    messageContent: ['true', '1', 'yes'].includes(e.DISCORD_MESSAGE_CONTENT ?? ''),
    dataDir: e.DATA_DIR ?? 'data/articles',
    libraryDb: e.LIBRARY_DB ?? join(e.DATA_DIR ?? 'data/articles', LIBRARY_FILE),
    libraryCacheArticles: e.LIBRARY_CACHE_ARTICLES ?? DEFAULT_CACHE_ARTICLES,
    logLevel: e.LOG_LEVEL ?? 'info',
  };
}
