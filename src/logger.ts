import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stderr (stdout stays for answers). Secrets are redacted by key,
 * and any string shaped like a Discord token is masked, wherever it appears.
 */
const TOKEN_SHAPE = /[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}/g;

export function createLogger(level: string = 'info'): Logger {
  return pino(
    {
      level,
      base: { app: 'citebot' },
      redact: {
        paths: ['token', '*.token', 'config.discord.token', 'discord.token', 'headers.authorization', '*.headers.authorization'],
        censor: '[redacted]',
      },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((a) => (typeof a === 'string' ? a.replace(TOKEN_SHAPE, '[redacted]') : a));
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
      formatters: {
        log(object) {
          return JSON.parse(JSON.stringify(object).replace(TOKEN_SHAPE, '[redacted]')) as Record<string, unknown>;
        },
      },
    },
    pino.destination(2),
  );
}

/** A logger that drops everything, for tests and pure-CLI runs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
