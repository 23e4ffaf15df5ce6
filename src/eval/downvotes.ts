import { writeFileSync } from 'node:fs';
import type { BotState } from '../state/bot-state.js';

/**
 * One 👎-voted answer as a labelled line: the question, what the bot showed (passage ids) and
 * how members rated it. A person turns these into tuning questions (adding the evidence the
 * answer should have quoted, or marking the question unanswerable); see eval/README.md.
 */
export interface DownvoteLine {
  id: string;
  question: string;
  label: 'downvoted';
  /** Whether the bot answered (true) or declined (false). */
  answered: boolean;
  passageIds: string[];
  up: number;
  down: number;
  guildId: string | null;
  channelId: string;
  askedAt: string;
}

/** The lines for every answer with at least one 👎, most 👎 first. */
export function downvoteLines(state: BotState): DownvoteLine[] {
  return state.votes.downvoted().map((d) => ({
    id: `vote-${d.answerId}`,
    question: d.question,
    label: 'downvoted',
    answered: d.answerable,
    passageIds: d.passageIds,
    up: d.up,
    down: d.down,
    guildId: d.guildId,
    channelId: d.channelId,
    askedAt: d.askedAt,
  }));
}

/** Writes the labelled file (JSON Lines) and returns how many answers it holds. */
export function exportDownvotes(state: BotState, file: string): number {
  const lines = downvoteLines(state);
  writeFileSync(file, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  return lines.length;
}
