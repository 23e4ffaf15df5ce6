import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs on stderr (stdout stays for answers). Secrets are redacted by key,
 * and any string shaped like a Discord token is masked, wherever it appears.
 */
const TOKEN_SHAPE = /[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}/g;

/** A JSON logger writing to `destination` (stderr by default) at `level`. */
export function createLogger(level: string = 'info', destination: pino.DestinationStream = pino.destination(2)): Logger {
  return pino(
    {
      level,
      base: { app: 'citebot' },
      // errWithCause keeps the whole cause chain with each cause's own fields (an fs error's code and path).
      serializers: { err: pino.stdSerializers.errWithCause },
      redact: {
        paths: ['token', '*.token', 'config.discord.token', 'discord.token', 'headers.authorization', '*.headers.authorization'],
        censor: '[redacted]',
      },
      hooks: {
        // Masks the finished JSON line, after pino's serializers have run: an Error logged as
        // `err` keeps its type, message and stack, and a token anywhere in it is still masked.
        // The replacement holds no JSON metacharacter, so the line stays valid JSON.
        streamWrite(line) {
          return line.replace(TOKEN_SHAPE, '[redacted]');
        },
      },
    },
    destination,
  );
}

/** A logger that drops everything, for tests and pure-CLI runs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
