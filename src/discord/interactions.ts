import { MessageFlags, type ButtonInteraction, type Interaction } from 'discord.js';
import { findCommand, type CommandContext } from './commands/index.js';
import { describeError, replyWithError } from './errors.js';
import { languageOfLocale } from '../text/language.js';
import { stringsFor } from './i18n.js';
import { parseButton } from './components.js';
import { handleCorpusButton } from './corpus-buttons.js';
import { handleVote } from './feedback.js';
import { renderNotice } from './render.js';

/**
 * Routes an interaction to its command. Every failure of a command ends here and is answered
 * through errors.ts; autocomplete failures answer with no choices (Discord shows "no options").
 */
export async function handleInteraction(interaction: Interaction, context: CommandContext): Promise<void> {
  if (interaction.isChatInputCommand()) {
    const command = findCommand(interaction.commandName);
    try {
      if (!command) {
        context.logger.warn({ command: interaction.commandName }, 'unknown command; run npm run deploy-commands');
        await interaction.reply({
          ...renderNotice(stringsFor(languageOfLocale(interaction.locale)).unknownCommand),
          flags: [MessageFlags.SuppressEmbeds, MessageFlags.Ephemeral],
        });
        return;
      }
      await command.execute(interaction, context);
    } catch (error) {
      await replyWithError(interaction, error, context.logger);
    }
    return;
  }
  if (interaction.isButton()) {
    try {
      await handleButton(interaction, context);
    } catch (error) {
      await replyWithError(interaction, error, context.logger);
    }
    return;
  }
  if (interaction.isAutocomplete()) {
    try {
      await findCommand(interaction.commandName)?.autocomplete?.(interaction, context);
    } catch (error) {
      context.logger.warn({ interactionId: interaction.id, ...describeError(error) }, 'autocomplete failed');
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
  }
}

/** A click on one of the bot's buttons; the custom id says what it is for (components.ts). */
async function handleButton(interaction: ButtonInteraction, context: CommandContext): Promise<void> {
  const action = parseButton(interaction.customId);
  if (action?.kind === 'vote') return handleVote(interaction, action.value, action.answerId, context);
  if (action?.kind === 'corpus') return handleCorpusButton(interaction, action.confirm, action.pendingId, context);
  context.logger.warn({ customId: interaction.customId.slice(0, 100) }, 'unknown button');
  await interaction.reply({
    ...renderNotice('This button no longer does anything.'),
    flags: [MessageFlags.SuppressEmbeds, MessageFlags.Ephemeral],
  });
}
