import type { StateDb } from './db.js';
import { groupQuestions, normaliseQuestion, type GapGroup } from './gap-groups.js';

const DAY_MS = 86_400_000;
/** How many missing names /gaps lists. */
const MISSING_SHOWN = 8;

/** A name declined questions asked about that the corpus never mentions, and how often. */
export interface MissingName {
  /** As most askers typed it. */
  name: string;
  count: number;
}

/** What the gap log holds for a guild over a period. */
export interface GapReport {
  total: number;
  groups: GapGroup[];
  /** The names the corpus lacks, most asked first: what to add articles about. */
  missing: MissingName[];
}

/** The log of questions the bot declined, kept for the retention period (GAP_RETENTION_DAYS). */
export class GapLog {
  constructor(private readonly db: StateDb) {}

  /**
   * Logs a declined question, normalised, with the names it asked about that the corpus never
   * mentions; nothing is stored for a question that is empty once normalised.
   */
  record(question: string, guildId: string | null, now = Date.now(), missing: readonly string[] = []): void {
    const text = normaliseQuestion(question);
    if (text === '') return;
    this.db
      .prepare('INSERT INTO declined (guild_id, question, asked_at, missing) VALUES (?, ?, ?, ?)')
      .run(guildId, text, now, JSON.stringify(missing.map((m) => m.trim()).filter((m) => m !== '')));
  }

  /** Deletes entries older than `retentionDays`; returns how many went. */
  prune(retentionDays: number, now = Date.now()): number {
    return this.db.prepare('DELETE FROM declined WHERE asked_at < ?').run(now - retentionDays * DAY_MS).changes;
  }

  /** The most frequent declined questions of a guild in the last `days`, similar ones grouped, and the names they lacked. */
  top(guildId: string | null, days: number, now = Date.now(), limit = 10): GapReport {
    const rows = this.db
      .prepare('SELECT question, missing FROM declined WHERE guild_id IS ? AND asked_at >= ?')
      .all(guildId, now - days * DAY_MS) as { question: string; missing: string }[];
    return {
      total: rows.length,
      groups: groupQuestions(
        rows.map((r) => r.question),
        limit,
      ),
      missing: countMissing(rows.map((r) => names(r.missing))),
    };
  }
}

/** The stored list, or none when the cell is not a list of strings (a hand-edited database). */
function names(cell: string): string[] {
  try {
    const parsed: unknown = JSON.parse(cell);
    return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string') : [];
  } catch {
    return [];
  }
}

/** Counts names case-insensitively, each shown as it was most often typed. */
function countMissing(lists: readonly string[][]): MissingName[] {
  const byKey = new Map<string, Map<string, number>>();
  for (const name of lists.flat()) {
    const spellings = byKey.get(name.toLowerCase()) ?? new Map<string, number>();
    spellings.set(name, (spellings.get(name) ?? 0) + 1);
    byKey.set(name.toLowerCase(), spellings);
  }
  return [...byKey.values()]
    .map((spellings) => {
      const [name] = [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
      return { name, count: [...spellings.values()].reduce((a, b) => a + b, 0) };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, MISSING_SHOWN);
}
