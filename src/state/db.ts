import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { CitebotError } from '../errors.js';
import { MIGRATIONS } from './migrations.js';

/** The open state database; the repositories (settings, votes, gaps, pending articles) share it. */
export type StateDb = Database.Database;

const explain = (file: string, error: unknown): CitebotError => {
  const code = (error as { code?: string }).code ?? '';
  const corrupt = code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
  return new CitebotError(
    'STATE_DB',
    corrupt
      ? `The bot's state database ${file} is not a readable SQLite file (${code}).`
      : `The bot's state database ${file} cannot be opened or written (${code || String(error)}).`,
    {
      hint: corrupt
        ? 'Move the file aside (the bot starts a fresh one) or restore it from a backup; STATE_DB sets its path.'
        : 'Check that the folder exists and citebot may write there, or point STATE_DB at another path in .env.',
      cause: error,
    },
  );
};

/**
 * Opens (or creates) the state database at `file` and brings its schema up to date. WAL mode,
 * so a reader (`npm run eval -- --export-downvotes`) never blocks the running bot. Any failure
 * is STATE_DB with the path and what to do.
 */
export function openStateDb(file: string): StateDb {
  let db: StateDb | undefined;
  try {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db);
    return db;
  } catch (error) {
    db?.close();
    if (error instanceof CitebotError) throw error;
    throw explain(file, error);
  }
}

/** Runs every migration the database has not seen yet, each in its own transaction. */
function migrate(db: StateDb): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length) {
    throw new CitebotError('STATE_DB', `The state database ${db.name} was written by a newer citebot (schema ${version}).`, {
      hint: 'Run the newer citebot, or point STATE_DB at another file.',
    });
  }
  for (let v = version; v < MIGRATIONS.length; v += 1) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

/** The database's own random salt for user ids, made on first use and kept in `meta`. */
export function userSalt(db: StateDb): string {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get('user_salt') as { value: string } | undefined;
  if (row) return row.value;
  const salt = randomBytes(32).toString('hex');
  db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)').run('user_salt', salt);
  return (db.prepare('SELECT value FROM meta WHERE key = ?').get('user_salt') as { value: string }).value;
}
