import { randomBytes } from 'node:crypto';
import type { StateDb } from './db.js';

/** An uploaded article waiting for its moderator to confirm it. */
export interface PendingArticle {
  id: string;
  guildId: string | null;
  userHash: string;
  fileName: string;
  body: string;
  createdAt: number;
}

/** Pending uploads expire after a day: a confirm button older than that says so. */
const EXPIRY_MS = 86_400_000;

/** Uploads between "shown back" and "confirmed", kept in the database so the buttons survive a restart. */
export class PendingArticles {
  constructor(private readonly db: StateDb) {}

  add(article: Omit<PendingArticle, 'id' | 'createdAt'>, now = Date.now()): string {
    const id = randomBytes(9).toString('base64url');
    this.db
      .prepare('INSERT INTO pending_articles (id, guild_id, user_hash, file_name, body, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, article.guildId, article.userHash, article.fileName, article.body, now);
    return id;
  }

  /** Removes and returns the pending upload (once: a second click finds nothing), unless expired. */
  take(id: string, now = Date.now()): PendingArticle | undefined {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM pending_articles WHERE created_at < ?').run(now - EXPIRY_MS);
      const row = this.db.prepare('SELECT * FROM pending_articles WHERE id = ?').get(id) as
        { id: string; guild_id: string | null; user_hash: string; file_name: string; body: string; created_at: number } | undefined;
      if (!row) return undefined;
      this.db.prepare('DELETE FROM pending_articles WHERE id = ?').run(id);
      return {
        id: row.id,
        guildId: row.guild_id,
        userHash: row.user_hash,
        fileName: row.file_name,
        body: row.body,
        createdAt: row.created_at,
      };
    })();
  }
}
