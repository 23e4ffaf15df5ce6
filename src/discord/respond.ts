import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import type { MessagePayload } from './render.js';

/**
 * Delivers rendered messages to a deferred interaction: the first replaces the "thinking…"
 * placeholder, the rest arrive as follow-ups with the same visibility.
 */
export async function sendPages(
  interaction: ChatInputCommandInteraction,
  pages: readonly MessagePayload[],
  ephemeral: boolean,
): Promise<void> {
  const [first, ...rest] = pages;
  if (!first) return;
  await interaction.editReply(first);
  for (const page of rest) {
    // Sequential on purpose: follow-ups must arrive in order.
    await interaction.followUp(ephemeral ? { ...page, flags: [MessageFlags.SuppressEmbeds, MessageFlags.Ephemeral] } : page);
  }
}

/** Options for `deferReply`: ephemeral unless the user asked for a public answer. */
export function deferOptions(ephemeral: boolean): { flags?: MessageFlags.Ephemeral } {
  return ephemeral ? { flags: MessageFlags.Ephemeral } : {};
}
