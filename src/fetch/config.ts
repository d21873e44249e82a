import { z } from 'zod';
import { ConfigError, optional } from '../bot/config';
import type { AttachmentOptions } from './discord';
import type { FetchOptions } from './get';

const flag = z.enum(['true', 'false', '1', '0', 'yes', 'no']);
const bytes = z.coerce.number().int().positive().max(1024 * 1024 * 1024);

const envSchema = z.object({
  /** Tests only: let fetches reach 127.0.0.1 / ::1 (private ranges stay refused). */
  DOSSIER_FETCH_ALLOW_LOOPBACK: optional(flag),
  DOSSIER_FETCH_MAX_BYTES: optional(bytes),
  DOSSIER_ATTACHMENT_MAX_BYTES: optional(bytes),
  DOSSIER_FETCH_TIMEOUT_MS: optional(z.coerce.number().int().min(100).max(120_000)),
  /** Tests only: an origin (http://127.0.0.1:PORT) accepted as Discord's attachment CDN. */
  DOSSIER_DISCORD_CDN: optional(z.url({ protocol: /^https?$/ })),
});

/** Options for the two entry points, ready to pass: fetchArticle(url, c.article), discordAttachment(url, size, c.attachment). */
export interface FetchConfig {
  article: FetchOptions;
  attachment: AttachmentOptions;
}

/** Reads the fetch settings from the environment; unset values keep each function's defaults. Throws ConfigError (one line). */
export function loadFetchConfig(env: NodeJS.ProcessEnv): FetchConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const common: FetchOptions = {
    allowLoopback: ['true', '1', 'yes'].includes(e.DOSSIER_FETCH_ALLOW_LOOPBACK ?? ''),
    ...(e.DOSSIER_FETCH_TIMEOUT_MS ? { timeoutMs: e.DOSSIER_FETCH_TIMEOUT_MS } : {}),
  };
  return {
    article: { ...common, ...(e.DOSSIER_FETCH_MAX_BYTES ? { maxBytes: e.DOSSIER_FETCH_MAX_BYTES } : {}) },
    attachment: {
      ...common,
      ...(e.DOSSIER_ATTACHMENT_MAX_BYTES ? { maxBytes: e.DOSSIER_ATTACHMENT_MAX_BYTES } : {}),
      cdnOrigin: e.DOSSIER_DISCORD_CDN ?? null,
    },
  };
}
