import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stdout. Secrets are scrubbed from every line written, not only from
 * known fields, so a token inside an error message or URL cannot leak either.
 */
export function createLogger(level: string, secrets: readonly string[] = [], destination?: DestinationStream): Logger {
  const hidden = secrets.filter((s) => s.length >= 4);
  const options: LoggerOptions = {
    name: 'dossier',
    level,
    redact: { paths: ['token', '*.token', 'authorization', '*.authorization', '*.headers.authorization'], censor: '[redacted]' },
    hooks: {
      streamWrite: (line: string) => hidden.reduce((out, secret) => out.split(secret).join('[redacted]'), line),
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
