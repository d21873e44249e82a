/**
 * The token scrubber: every secret (the bot token) in a text is replaced by [redacted]. The logger runs it on
 * each line it writes; `scrubProcessOutput` puts it in front of process.stdout and process.stderr, so a line
 * written any other way (a one-line failure built from a REST error, a library's console.warn) is scrubbed too.
 */
export const REDACTED = '[redacted]';

/** Secrets too short to be a token would scrub ordinary words; they are left alone. */
const usable = (secrets: readonly string[]) => secrets.filter((s) => s.length >= 4);

export function scrubSecrets(text: string, secrets: readonly string[]): string {
  return usable(secrets).reduce((out, secret) => out.split(secret).join(REDACTED), text);
}

export function scrubProcessOutput(secrets: readonly string[]): void {
  const hidden = usable(secrets);
  if (hidden.length === 0) return;
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    const scrubbed = (chunk: unknown): unknown => {
      if (typeof chunk === 'string') return scrubSecrets(chunk, hidden);
      if (chunk instanceof Uint8Array) {
        const text = Buffer.from(chunk).toString('utf8');
        return hidden.some((s) => text.includes(s)) ? Buffer.from(scrubSecrets(text, hidden)) : chunk;
      }
      return chunk;
    };
    stream.write = ((chunk: unknown, ...rest: unknown[]) => write(scrubbed(chunk), ...rest)) as typeof stream.write;
  }
}
