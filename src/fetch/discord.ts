import { MAX_ARTICLE_BYTES } from '../article/read';
import { FetchError, shown } from './errors';
import { checkedUrl, formatBytes, safeGet, type Fetched, type FetchOptions } from './get';

/**
 * Where Discord serves message attachments: an attachment's `url` is on cdn.discordapp.com, its
 * `proxy_url` on media.discordapp.net. Nothing else is fetched as an attachment.
 */
export const DISCORD_CDN_HOSTS: readonly string[] = ['cdn.discordapp.com', 'media.discordapp.net'];

export interface AttachmentOptions extends FetchOptions {
  /**
   * One more origin treated as Discord's CDN, e.g. `http://127.0.0.1:PORT` for a local fake in
   * tests (env DOSSIER_DISCORD_CDN). Unset in production. Its address is still vetted, so a
   * loopback fake also needs `allowLoopback`.
   */
  cdnOrigin?: string | null;
}

/**
 * Downloads a Discord attachment. The attachment's declared `size` (from the message payload) is
 * checked against `maxBytes` (default MAX_ARTICLE_BYTES) before any request, then the download is
 * limited as it streams in case the size was wrong. Every hop, redirects included, must stay on
 * Discord's CDN over https.
 */
export async function discordAttachment(url: string, size: number, opts: AttachmentOptions = {}): Promise<Fetched> {
  const maxBytes = opts.maxBytes ?? MAX_ARTICLE_BYTES;
  const start = checkedUrl(url);
  const extra = originOf(opts.cdnOrigin);
  const onCdn = (u: URL) => {
    const discord = u.protocol === 'https:' && u.port === '' && DISCORD_CDN_HOSTS.includes(u.hostname);
    if (!discord && u.origin !== extra) {
      throw new FetchError('not-allowed', `refused: ${shown(u.host)} is not Discord's attachment server`);
    }
  };
  onCdn(start);
  if (!Number.isSafeInteger(size) || size < 0) {
    throw new FetchError('too-large', 'refused: the attachment does not say how large it is');
  }
  if (size > maxBytes) {
    throw new FetchError('too-large', `refused: the attachment is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}`);
  }
  return safeGet(start, { ...opts, maxBytes }, onCdn);
}

function originOf(origin: string | null | undefined): string | null {
  if (!origin) return null;
  try {
    return new URL(origin).origin;
  } catch {
    return null;
  }
}
