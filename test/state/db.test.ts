import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/state/migrations.js';
import { openStateDb, userSalt } from '../../src/state/db.js';
import { codeOf } from '../support/error-code.js';
import { tempDir } from '../support/temp.js';

describe('openStateDb', () => {
  it('creates the file and its folder, in WAL mode, with every migration applied', () => {
    const file = path.join(tempDir(), 'nested', 'state.sqlite');
    const db = openStateDb(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['guild_settings', 'answers', 'votes', 'declined', 'pending_articles']));
    db.close();
  });

  it('keeps data and the salt across reopening, and does not rerun migrations', () => {
    const file = path.join(tempDir(), 'state.sqlite');
    const first = openStateDb(file);
    const salt = userSalt(first);
    first.prepare('INSERT INTO declined (guild_id, question, asked_at) VALUES (?, ?, ?)').run('g', 'q', 1);
    first.close();
    const second = openStateDb(file);
    expect(userSalt(second)).toBe(salt);
    expect(second.prepare('SELECT COUNT(*) AS n FROM declined').get()).toEqual({ n: 1 });
    second.close();
  });

  it('refuses a file that is not SQLite with STATE_DB and a hint to move it aside', () => {
    const file = path.join(tempDir(), 'state.sqlite');
    writeFileSync(file, 'this is not a database, just some text that fills a page '.repeat(100));
    expect(codeOf(() => openStateDb(file))).toBe('STATE_DB');
    expect(() => openStateDb(file)).toThrow(/not a readable SQLite file/);
  });

  it('refuses a database from a newer schema instead of guessing', () => {
    const file = path.join(tempDir(), 'state.sqlite');
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    raw.close();
    expect(() => openStateDb(file)).toThrow(/newer citebot/);
  });

  it.skipIf(process.getuid?.() === 0)('reports a folder it may not write to as STATE_DB naming the path', () => {
    const dir = path.join(tempDir(), 'locked');
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    const file = path.join(dir, 'state.sqlite');
    try {
      expect(codeOf(() => openStateDb(file))).toBe('STATE_DB');
      expect(() => openStateDb(file)).toThrow(file);
    } finally {
      chmodSync(dir, 0o700);
    }
  });
});
