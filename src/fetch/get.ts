import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { systemLookup, vetHost, type Lookup, type ResolvedAddress } from './address';
import { FetchError, shown } from './errors';

export interface FetchOptions {
  /** Largest body accepted, counted on the bytes after any gzip/br decoding. */
  maxBytes?: number;
  /** One deadline for the whole fetch: DNS, connect, headers and body, across every redirect. */
  timeoutMs?: number;
  /** Let loopback addresses through (tests against a local server); private ones stay refused. */
  allowLoopback?: boolean;
  /** Accepted media types, lower case, without parameters. */
  accept?: readonly string[];
  /** DNS resolution, injectable for tests. */
  lookup?: Lookup;
}

export interface Fetched {
  body: Buffer;
  /** The Content-Type header as sent, parameters included (decodeText reads its charset). */
  contentType: string;
  /** Where the body came from after redirects. */
  finalUrl: string;
}

/** Articles are text: web pages, plain text and Markdown. */
export const ARTICLE_TYPES: readonly string[] = ['text/html', 'application/xhtml+xml', 'text/plain', 'text/markdown', 'text/x-markdown'];
export const DEFAULT_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const USER_AGENT = 'Dossier/0.1 (article fetcher)';

/** Parses a URL (relative to `base` for a redirect) and refuses what we never fetch. */
export function checkedUrl(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new FetchError('bad-url', `not a valid URL: ${shown(text)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('bad-url', `refused: only http and https links are fetched, not ${shown(url.protocol)}`);
  }
  // Credentials in a link would be sent to the host and logged with the URL: not ours to use.
  if (url.username || url.password) {
    throw new FetchError('bad-url', `refused: the link to ${shown(url.hostname)} carries a user name or password`);
  }
  return url;
}

/**
 * GETs `start`, following at most MAX_REDIRECTS redirects, each target checked again from scratch
 * (scheme, `checkUrl`, DNS and address). Resolves only with a 2xx body of an accepted type within
 * maxBytes; anything else is a FetchError. Every socket is closed when this settles.
 */
export async function safeGet(
  start: URL,
  opts: FetchOptions & { maxBytes: number },
  checkUrl: (url: URL) => void = () => {},
): Promise<Fetched> {
  const accept = opts.accept ?? ARTICLE_TYPES;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const signal = controller.signal;
  let url = start;
  try {
    for (let redirects = 0; ; redirects++) {
      checkUrl(url);
      const addresses = await untilAborted(vetHost(url, opts.lookup ?? systemLookup, opts.allowLoopback ?? false), signal);
      const res = await request(url, addresses, accept, signal);
      const status = res.statusCode ?? 0;
      if (REDIRECT_STATUSES.has(status)) {
        res.destroy(); // a redirect's body is never read
        const location = res.headers.location;
        if (!location) throw new FetchError('redirects', `${shown(url.host)} redirected (HTTP ${status}) without saying where`);
        if (redirects === MAX_REDIRECTS) {
          throw new FetchError('redirects', `refused: more than ${MAX_REDIRECTS} redirects from ${shown(start.host)}`);
        }
        url = checkedUrl(location, url);
        continue;
      }
      if (status < 200 || status > 299) {
        res.destroy();
        throw new FetchError('http', `${shown(url.host)} answered HTTP ${status}`);
      }
      const contentType = acceptedType(res, url, accept);
      const declared = Number(res.headers['content-length']);
      if (declared > opts.maxBytes) throw tooLarge(url, opts.maxBytes);
      // The declared length is only a shortcut: chunked and close-delimited bodies have none, so
      // the limit is enforced on the bytes as they arrive.
      const body = await readLimited(decoded(res, url), url, opts.maxBytes);
      return { body, contentType, finalUrl: url.href };
    }
  } catch (err) {
    if (err instanceof FetchError) throw err;
    if (signal.aborted) {
      throw new FetchError('timeout', `${shown(url.host)} did not answer within ${timeoutMs / 1000} s`);
    }
    const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new FetchError('network', `cannot fetch from ${shown(url.host)}: ${shown(String(code))}`);
  } finally {
    clearTimeout(timer);
    controller.abort(); // closes any socket still open on an error path
  }
}

function request(url: URL, addresses: ResolvedAddress[], accept: readonly string[], signal: AbortSignal): Promise<http.IncomingMessage> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        headers: { accept: accept.join(', '), 'accept-encoding': 'gzip, br', 'user-agent': USER_AGENT },
        // Connect to the addresses that were vetted, not to a fresh DNS answer (DNS rebinding);
        // Host and TLS SNI/certificate check still use the host name from the URL.
        lookup: pinnedLookup(addresses),
        agent: false, // no pooled socket from an earlier, differently vetted request
        signal,
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : options.family;
    const fit = family ? addresses.filter((a) => a.family === family) : addresses;
    const first = fit[0];
    if (!first) {
      callback(Object.assign(new Error('no vetted address of that family'), { code: 'ENOTFOUND' }), '');
    } else if (options.all) {
      callback(null, fit);
    } else {
      callback(null, first.address, first.family);
    }
  };
}

/** The media type must be on the list; a missing one is refused, not sniffed, so bytes of unknown kind never reach the reader. */
function acceptedType(res: http.IncomingMessage, url: URL, accept: readonly string[]): string {
  const header = res.headers['content-type'] ?? '';
  const mediaType = header.split(';')[0]!.trim().toLowerCase();
  if (!accept.includes(mediaType)) {
    res.destroy();
    const what = mediaType ? shown(mediaType) : 'no content type';
    throw new FetchError('type', `refused: ${shown(url.host)} sent ${what}, not ${accept.join(', ')}`);
  }
  return header;
}

/** Undoes gzip or brotli so that the byte limit applies to what we keep (a small bomb stays small). */
function decoded(res: http.IncomingMessage, url: URL): Readable {
  const encoding = (res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity') return res;
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? zlib.createGunzip() : encoding === 'br' ? zlib.createBrotliDecompress() : null;
  if (!decoder) {
    res.destroy();
    throw new FetchError('type', `refused: ${shown(url.host)} sent an unsupported encoding (${shown(encoding)})`);
  }
  return pipeline(res, decoder, () => {}); // errors reach the reader through the decoder
}

async function readLimited(stream: Readable, url: URL, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.length;
    if (total > maxBytes) {
      stream.destroy();
      throw tooLarge(url, maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}

export function tooLarge(url: URL, maxBytes: number): FetchError {
  return new FetchError('too-large', `refused: ${shown(url.host)} sent more than the ${formatBytes(maxBytes)} limit`);
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

/** Lets the deadline interrupt a step (a DNS lookup) that takes no AbortSignal. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Error('aborted'));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
