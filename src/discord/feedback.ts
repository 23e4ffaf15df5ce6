import { MessageFlags, type ButtonInteraction } from 'discord.js';
import type { Answer } from '../answer/types.js';
import type { CommandContext } from './commands/types.js';
import { voteRow, type ButtonRow } from './components.js';
import { renderNotice, type MessagePayload } from './render.js';

/** Where an answer was given. */
export interface AnswerPlace {
  guildId: string | null;
  channelId: string;
}

/** A message with buttons under it. */
export type PayloadWithButtons = MessagePayload & { components?: ButtonRow[] };

/**
 * Records an answer so members can rate it, and a declined one in the gap log for `/gaps`.
 * Returns the 👍/👎 row to put under the answer; the buttons name the recorded row.
 */
export function recordAnswer({ state }: Pick<CommandContext, 'state'>, answer: Answer, place: AnswerPlace): ButtonRow {
  if (!answer.answerable) state.gaps.record(answer.question, place.guildId, Date.now(), answer.missing);
  const shown = answer.answerable ? answer.passages : answer.related;
  const id = state.votes.recordAnswer({
    question: answer.question,
    passageIds: [...new Set(shown.map((p) => p.passageId))],
    answerable: answer.answerable,
    ...place,
  });
  return voteRow(id);
}

/** The pages of an answer with `row` under the last one. */
export function withButtons(pages: readonly MessagePayload[], row: ButtonRow): PayloadWithButtons[] {
  return pages.map((page, i) => (i === pages.length - 1 ? { ...page, components: [row] } : page));
}

/** The cooldown for a member in this server: its /settings value, or the configured one. */
export function cooldownFor({ state, settings }: CommandContext, guildId: string | null): number {
  return (guildId ? state.settings.get(guildId).cooldownSeconds : null) ?? settings.cooldownSeconds;
}

/** A 👍/👎 click: stores (or changes) the member's vote and tells only them. */
export async function handleVote(
  interaction: ButtonInteraction,
  value: 1 | -1,
  answerId: number,
  { state }: CommandContext,
): Promise<void> {
  const recorded = state.votes.vote(answerId, state.userHash(interaction.user.id), value);
  const text = !recorded
    ? 'This answer is no longer on record, so the vote was not kept.'
    : value === 1
      ? 'Thanks: you rated this answer 👍 helpful. Click 👎 to change your vote.'
      : 'Thanks: you rated this answer 👎 not helpful; moderators use these to improve the corpus. Click 👍 to change your vote.';
  await interaction.reply({ ...renderNotice(text), flags: [MessageFlags.SuppressEmbeds, MessageFlags.Ephemeral] });
}
