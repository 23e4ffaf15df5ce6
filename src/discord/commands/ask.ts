import { InteractionContextType, SlashCommandBuilder } from 'discord.js';
import { cooldownFor, recordAnswer, withButtons } from '../feedback.js';
import { renderAnswer } from '../render.js';
import { deferOptions, sendPages } from '../respond.js';
import type { SlashCommand } from './types.js';
import { plainQuestion } from '../question-text.js';

/** Discord enforces these on the client; the service re-validates (QUESTION_TOO_LONG). */
export const MAX_QUESTION_LENGTH = 1000;
export const MAX_PASSAGES = 10;

/** `/ask question [count] [public]`: verbatim quotes from the corpus that answer the question. */
export const ask = {
  data: new SlashCommandBuilder()
    .setName('ask')
    .setDescription('Ask a question; get word-for-word quotes from the news corpus, with their sources.')
    .setContexts(InteractionContextType.Guild, InteractionContextType.BotDM)
    .addStringOption((o) =>
      o.setName('question').setDescription('What do you want to know?').setRequired(true).setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addIntegerOption((o) =>
      o.setName('count').setDescription(`How many passages to quote (1-${MAX_PASSAGES})`).setMinValue(1).setMaxValue(MAX_PASSAGES),
    )
    .addBooleanOption((o) => o.setName('public').setDescription('Show the answer to the whole channel (default: only you)'))
    .addBooleanOption((o) =>
      o.setName('translate').setDescription('Asked in Spanish or Portuguese: add a machine translation under each quote'),
    ),

  async execute(interaction, context) {
    const question = plainQuestion(interaction.options.getString('question', true));
    const k = interaction.options.getInteger('count') ?? undefined;
    const ephemeral = !(interaction.options.getBoolean('public') ?? false);
    context.cooldowns.take(interaction.user.id, Date.now(), cooldownFor(context, interaction.guildId));
    // Acknowledge within Discord's 3 seconds before any retrieval work.
    await interaction.deferReply(deferOptions(ephemeral));
    // The member's client locale hints at the question's language (es-ES, es-419, pt-BR).
    const translateQuotes = interaction.options.getBoolean('translate') ?? false;
    const answer = await context.service.ask(question, { ...(k === undefined ? {} : { k }), locale: interaction.locale, translateQuotes });
    const votes = recordAnswer(context, answer, { guildId: interaction.guildId, channelId: interaction.channelId });
    await sendPages(interaction, withButtons(renderAnswer(answer), votes), ephemeral);
  },
} satisfies SlashCommand;
