import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { escapeRawControls } from '../render/terminal';
import { REDACTED, scrubSecrets } from './scrub';

export type { Logger };

/**
 * Structured JSON logs on stdout. Secrets are scrubbed from every line written, not only from
 * known fields, so a token inside an error message or URL cannot leak either; the control characters JSON
 * leaves raw (C1, direction overrides: a file name can carry them) are escaped, so a log tailed in a terminal
 * cannot drive it.
 */
export function createLogger(level: string, secrets: readonly string[] = [], destination?: DestinationStream): Logger {
  const options: LoggerOptions = {
    name: 'dossier',
    level,
    redact: { paths: ['token', '*.token', 'authorization', '*.authorization', '*.headers.authorization'], censor: REDACTED },
    hooks: {
      streamWrite: (line: string) => escapeRawControls(scrubSecrets(line, secrets)),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
