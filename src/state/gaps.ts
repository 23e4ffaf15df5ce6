import type { StateDb } from './db.js';
import { groupQuestions, normaliseQuestion, type GapGroup } from './gap-groups.js';

const DAY_MS = 86_400_000;

/** The log of questions the bot declined, kept for the retention period (GAP_RETENTION_DAYS). */
export class GapLog {
  constructor(private readonly db: StateDb) {}

  /** Logs a declined question, normalised; nothing is stored for a question that is empty once normalised. */
  record(question: string, guildId: string | null, now = Date.now()): void {
    const text = normaliseQuestion(question);
    if (text === '') return;
    this.db.prepare('INSERT INTO declined (guild_id, question, asked_at) VALUES (?, ?, ?)').run(guildId, text, now);
  }

  /** Deletes entries older than `retentionDays`; returns how many went. */
  prune(retentionDays: number, now = Date.now()): number {
    return this.db.prepare('DELETE FROM declined WHERE asked_at < ?').run(now - retentionDays * DAY_MS).changes;
  }

  /** The most frequent declined questions of a guild in the last `days`, similar ones grouped. */
  top(guildId: string | null, days: number, now = Date.now(), limit = 10): { total: number; groups: GapGroup[] } {
    const rows = this.db
      .prepare('SELECT question FROM declined WHERE guild_id IS ? AND asked_at >= ?')
      .all(guildId, now - days * DAY_MS) as { question: string }[];
    return {
      total: rows.length,
      groups: groupQuestions(
        rows.map((r) => r.question),
        limit,
      ),
    };
  }
}
