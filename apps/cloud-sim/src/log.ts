import { pino, type Logger } from 'pino';

/**
 * JSON log lines. Calls are logged by action, key id, status and code: never the query
 * string (it carries the signature), the body (it can carry passwords) or a secret.
 */
export function createLogger(level: string, destination?: NodeJS.WritableStream): Logger {
  const options = {
    level,
    base: { service: 'cloud-sim' },
    redact: { paths: ['*.secret', '*.Password', '*.password', '*.Signature'], censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
