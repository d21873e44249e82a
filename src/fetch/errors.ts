/** Why a fetch was refused or failed; lets callers log or word replies without parsing the message. */
export type FetchErrorCode =
  | 'bad-url' // not an http(s) URL we are willing to fetch
  | 'blocked' // the host resolves to a private, loopback or otherwise non-public address
  | 'not-allowed' // an attachment URL outside Discord's CDN
  | 'redirects' // a redirect without Location, or more than the limit
  | 'http' // a status other than 2xx or a redirect
  | 'type' // a content type outside the accepted list
  | 'too-large' // declared or streamed size over the byte limit
  | 'timeout'
  | 'network';

/**
 * A refused or failed fetch. The message is one line that a user can be shown as is: it names the
 * host (or a shortened URL), never echoes an unbounded string, and never contains a newline.
 */
export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
  ) {
    super(oneLine(message));
    this.name = 'FetchError';
  }
}

const MAX_SHOWN = 100;

/** A URL or host as it may appear in a message: control characters removed, length bounded. */
export function shown(text: string): string {
  const clean = oneLine(text);
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN - 1)}…` : clean;
}

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
}
