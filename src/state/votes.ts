import type { StateDb } from './db.js';

/** An answer as recorded for voting: what was asked and which passages were quoted. */
export interface RecordedAnswer {
  question: string;
  passageIds: string[];
  answerable: boolean;
  guildId: string | null;
  channelId: string;
}

/** One 👎-voted answer, as exported for the tuning sets. */
export interface DownvotedAnswer extends RecordedAnswer {
  answerId: number;
  up: number;
  down: number;
  askedAt: string;
}

export type VoteValue = 1 | -1;

/** Answers and the votes on them. Users appear only as salted hashes. */
export class VoteStore {
  constructor(private readonly db: StateDb) {}

  /** Stores an answer and returns the id its buttons carry. */
  recordAnswer(answer: RecordedAnswer, now = Date.now()): number {
    const result = this.db
      .prepare('INSERT INTO answers (question, passage_ids, answerable, guild_id, channel_id, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(answer.question, JSON.stringify(answer.passageIds), answer.answerable ? 1 : 0, answer.guildId, answer.channelId, now);
    return Number(result.lastInsertRowid);
  }

  /** Sets the member's vote on an answer (a second vote replaces the first); false if the answer is unknown. */
  vote(answerId: number, userHash: string, value: VoteValue, now = Date.now()): boolean {
    if (!this.db.prepare('SELECT 1 FROM answers WHERE id = ?').get(answerId)) return false;
    this.db
      .prepare(
        `INSERT INTO votes (answer_id, user_hash, value, voted_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (answer_id, user_hash) DO UPDATE SET value = excluded.value, voted_at = excluded.voted_at`,
      )
      .run(answerId, userHash, value, now);
    return true;
  }

  tally(answerId: number): { up: number; down: number } {
    const row = this.db
      .prepare('SELECT COALESCE(SUM(value = 1), 0) AS up, COALESCE(SUM(value = -1), 0) AS down FROM votes WHERE answer_id = ?')
      .get(answerId) as { up: number; down: number };
    return { up: row.up, down: row.down };
  }

  /** Answers with at least one 👎, most 👎 first. */
  downvoted(): DownvotedAnswer[] {
    const rows = this.db
      .prepare(
        `SELECT a.*, SUM(v.value = 1) AS up, SUM(v.value = -1) AS down FROM answers a JOIN votes v ON v.answer_id = a.id
         GROUP BY a.id HAVING down > 0 ORDER BY down DESC, a.id`,
      )
      .all() as {
      id: number;
      question: string;
      passage_ids: string;
      answerable: number;
      guild_id: string | null;
      channel_id: string;
      created_at: number;
      up: number;
      down: number;
    }[];
    return rows.map((r) => ({
      answerId: r.id,
      question: r.question,
      passageIds: JSON.parse(r.passage_ids) as string[],
      answerable: r.answerable === 1,
      guildId: r.guild_id,
      channelId: r.channel_id,
      up: r.up,
      down: r.down,
      askedAt: new Date(r.created_at).toISOString(),
    }));
  }
}
