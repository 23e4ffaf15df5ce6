import pg from 'pg';
import { CitebotError } from '../../errors.js';

/** A connection pool to the search database, and where it points (host, port and database; never the password). */
export interface Database {
  readonly pool: pg.Pool;
  readonly where: string;
  close(): Promise<void>;
}

/** `host:port/database` of a connection URL: what messages may show of DATABASE_URL. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'an unparsable URL';
  }
}

/**
 * Opens a pool. Nothing connects until the first query. A client that breaks while idle (the
 * server restarted) is dropped from the pool instead of crashing the process; the next query
 * opens a fresh connection, which is how a bot recovers by itself once the database is back.
 */
export function openDatabase(url: string, options: { max?: number } = {}): Database {
  // allowExitOnIdle: a command-line tool ends when its work is done, without waiting for idle connections to time out.
  // HNSW stops at ef_search candidates: it must reach the retriever's candidate count and the build filter's slack.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 4,
    connectionTimeoutMillis: 5_000,
    allowExitOnIdle: true,
    onConnect: async (client) => {
      await client.query('SET hnsw.ef_search = 200').catch(() => {});
    },
  });
  pool.on('error', () => {});
  let closed = false;
  return {
    pool,
    where: describeUrl(url),
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);

/** True for a failure to reach or keep the server (not for a bad query): those are worth retrying later. */
export function isConnectionError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown; errors?: unknown[] } | null;
  if (e === null || typeof e !== 'object') return false;
  if (
    typeof e.code === 'string' &&
    (CONNECTION_CODES.has(e.code) || e.code.startsWith('08') || ['57P01', '57P02', '57P03'].includes(e.code))
  )
    return true;
  if (Array.isArray(e.errors) && e.errors.some(isConnectionError)) return true; // AggregateError of every address tried
  return (
    typeof e.message === 'string' && /Connection terminated|connection error|timeout exceeded when trying to connect/iu.test(e.message)
  );
}

/** The database cannot be reached, said for whoever runs citebot: which setting, where it points. */
export function unreachable(db: Pick<Database, 'where'>, cause: unknown): CitebotError {
  const why = (cause as { code?: string })?.code ?? (cause as Error)?.message ?? String(cause);
  return new CitebotError('DATABASE_UNAVAILABLE', `Cannot reach the search database at DATABASE_URL (${db.where}): ${why}.`, {
    hint: 'Start PostgreSQL or correct DATABASE_URL in .env, or set SEARCH_BACKEND=local to use the index files.',
    cause,
  });
}

/** The database went away while serving: what a person asking a question is told. */
export function tryAgainShortly(cause: unknown): CitebotError {
  return new CitebotError('DATABASE_UNAVAILABLE', 'The article database is not answering right now. Please try again shortly.', { cause });
}

/** Runs `work`, turning a failure to reach the server into {@link unreachable} (for start-up and builds). */
export async function reaching<T>(db: Database, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isConnectionError(error) ? unreachable(db, error) : error;
  }
}
