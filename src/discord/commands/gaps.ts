import { InteractionContextType, MessageFlags, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { renderGaps } from '../moderation-render.js';
import { requireManageGuild } from '../permissions.js';
import type { SlashCommand } from './types.js';

/** `/gaps [days]`: the questions this server asked that the corpus could not answer, similar ones grouped, and the names it lacks. */
export const gaps = {
  data: new SlashCommandBuilder()
    .setName('gaps')
    .setDescription('The questions the bot could not answer, most asked first: where the corpus falls short.')
    .setContexts(InteractionContextType.Guild)
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .addIntegerOption((o) => o.setName('days').setDescription('How far back to look (default 30)').setMinValue(1).setMaxValue(3650)),

  async execute(interaction, { state, settings }) {
    requireManageGuild(interaction);
    // Nothing older than the retention period is kept, so asking further back shows no more.
    const days = Math.min(interaction.options.getInteger('days') ?? 30, settings.gapRetentionDays);
    const { total, groups, missing } = state.gaps.top(interaction.guildId, days);
    await interaction.reply({
      ...renderGaps(groups, total, days, settings.gapRetentionDays, missing),
      flags: [MessageFlags.SuppressEmbeds, MessageFlags.Ephemeral],
    });
  },
} satisfies SlashCommand;
