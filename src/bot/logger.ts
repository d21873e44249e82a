import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { REDACTED, scrubSecrets } from './scrub';

export type { Logger };

/**
 * Structured JSON logs on stdout. Secrets are scrubbed from every line written, not only from
 * known fields, so a token inside an error message or URL cannot leak either.
 */
export function createLogger(level: string, secrets: readonly string[] = [], destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    name: 'dossier',
    level,
    redact: { paths: ['token', '*.token', 'authorization', '*.authorization', '*.headers.authorization'], censor: REDACTED },
    hooks: {
      streamWrite: (line: string) => scrubSecrets(line, secrets),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
