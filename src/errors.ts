/**
 * Expected failures carry a stable code and a message written for the person who hit them.
 * Anything thrown that is not a {@link CitebotError} is a bug.
 */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'CORPUS_NOT_FOUND'
  | 'CORPUS_EMPTY'
  | 'INDEX_MISSING'
  | 'INDEX_CORRUPT'
  | 'INDEX_MODEL_MISMATCH'
  | 'INDEX_LOCKED'
  | 'FS_ERROR'
  | 'MODEL_UNAVAILABLE'
  | 'QUESTION_EMPTY'
  | 'QUESTION_TOO_LONG'
  | 'OPTION_INVALID'
  | 'FORBIDDEN'
  | 'COOLDOWN'
  | 'TRANSLATION_FAILED'
  | 'STATE_DB'
  | 'UPLOAD_REJECTED'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_SCHEMA';

/** A failure the user can act on: `message` says what went wrong, `hint` what to run or change. */
export class CitebotError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  /** Values in the message (a cooldown's seconds), so a front end can say it in another language. */
  readonly details: Readonly<Record<string, string | number>>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { hint?: string; cause?: unknown; details?: Record<string, string | number> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'CitebotError';
    this.code = code;
    this.hint = options.hint;
    this.details = options.details ?? {};
  }

  /** One or two plain lines for a terminal or a chat reply. */
  get userMessage(): string {
    return this.hint ? `${this.message}\n${this.hint}` : this.message;
  }
}

export function isCitebotError(error: unknown): error is CitebotError {
  return error instanceof CitebotError;
}
