import { createHmac } from 'node:crypto';
import { openStateDb, userSalt, type StateDb } from './db.js';
import { GapLog } from './gaps.js';
import { PendingArticles } from './pending.js';
import { SettingsStore } from './settings.js';
import { VoteStore } from './votes.js';

/**
 * Everything the bot remembers, in one SQLite file: the one owner of the connection. Member ids
 * never reach the database; {@link BotState.userHash} turns them into salted hashes first.
 */
export class BotState {
  readonly settings: SettingsStore;
  readonly votes: VoteStore;
  readonly gaps: GapLog;
  readonly pending: PendingArticles;
  readonly #salt: string;

  private constructor(private readonly db: StateDb) {
    this.settings = new SettingsStore(db);
    this.votes = new VoteStore(db);
    this.gaps = new GapLog(db);
    this.pending = new PendingArticles(db);
    this.#salt = userSalt(db);
  }

  /** Opens the database at `file` (created, and migrated to the current schema, as needed). */
  static open(file: string): BotState {
    return new BotState(openStateDb(file));
  }

  /** HMAC-SHA256 of a member id with this database's salt: stable per member, not reversible to the id. */
  userHash(userId: string): string {
    return createHmac('sha256', this.#salt).update(userId).digest('hex').slice(0, 32);
  }

  /** Whether the corpus changed and no build has finished since (see CorpusEditor's BuildMarker). */
  readonly buildPending = {
    get: (): boolean =>
      (this.db.prepare('SELECT value FROM meta WHERE key = ?').get('build_pending') as { value: string } | undefined)?.value === '1',
    set: (pending: boolean): void => {
      this.db
        .prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
        .run('build_pending', pending ? '1' : '0');
    },
  };

  close(): void {
    if (this.db.open) this.db.close();
  }
}
