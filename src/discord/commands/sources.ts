import { InteractionContextType, MessageFlags, SlashCommandBuilder } from 'discord.js';
import { renderSources } from '../render.js';
import { sendPages } from '../respond.js';
import type { SlashCommand } from './types.js';

/** `/sources`: the corpus's articles by date, with outlet and title (only the caller sees it). */
export const sources = {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('List the articles the bot quotes from, oldest first.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM),

  async execute(interaction, { service }) {
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    await sendPages(interaction, renderSources(await service.sources()), true);
  },
} satisfies SlashCommand;
