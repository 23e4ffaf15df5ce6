import {
  DiscordAPIError,
  HTTPError,
  MessageFlags,
  RESTJSONErrorCodes,
  type Message,
  type RepliableInteraction,
  type SendableChannels,
} from 'discord.js';
import { isCitebotError } from '../errors.js';
import type { Logger } from '../logger.js';
import { languageOfLocale, type Language } from '../text/language.js';
import { stringsFor } from './i18n.js';
import { renderNotice } from './render.js';

/**
 * The one place that tells a Discord user something failed. Expected failures (a
 * {@link CitebotError}, such as OPTION_INVALID; a channel the bot may not post in) get their own message;
 * anything else is a bug: the user gets a generic line with a reference, the log gets the cause.
 */

/** What went wrong in the user's words (in `language` where the bot has its own sentence), and whether it was expected. */
export function explain(error: unknown, reference: string, language: Language = 'en'): { text: string; expected: boolean } {
  const say = stringsFor(language);
  if (isCitebotError(error)) {
    const seconds = error.details.seconds;
    if (error.code === 'COOLDOWN' && typeof seconds === 'number') return { text: say.cooldown(seconds), expected: true };
    return { text: error.userMessage, expected: true };
  }
  if (
    error instanceof DiscordAPIError &&
    (error.code === RESTJSONErrorCodes.MissingAccess || error.code === RESTJSONErrorCodes.MissingPermissions)
  ) {
    return { text: say.noPermission, expected: true };
  }
  return { text: say.bug(reference), expected: false };
}

/** Log fields for an error, with interaction and webhook tokens cut out of Discord API URLs. */
export function describeError(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError || error instanceof HTTPError) {
    const route = error.url.replace(/\/(webhooks|interactions)\/(\d+)\/[^/?]+/, '/$1/$2/[token]');
    return {
      err: {
        type: error.name,
        message: error.message,
        status: error.status,
        method: error.method,
        route,
        code: 'code' in error ? error.code : undefined,
      },
    };
  }
  if (isCitebotError(error)) return { code: error.code, reason: error.message };
  return { err: error };
}

/** Replies to a failed command: reply if nothing was sent yet, edit the deferred reply, or follow up. */
export async function replyWithError(interaction: RepliableInteraction, error: unknown, logger: Logger): Promise<void> {
  // Before a question is read, the member's client locale is the best guess at their language.
  const { text, expected } = explain(error, interaction.id, languageOfLocale(interaction.locale) ?? 'en');
  const context = {
    interactionId: interaction.id,
    command: interaction.isCommand() ? interaction.commandName : undefined,
    userId: interaction.user.id,
  };
  if (expected) logger.info({ ...context, ...describeError(error) }, 'request refused');
  else logger.error({ ...context, ...describeError(error) }, 'interaction failed');
  const notice = renderNotice(text);
  const ephemeral = { ...notice, flags: [MessageFlags.SuppressEmbeds, MessageFlags.Ephemeral] as const };
  try {
    if (!interaction.deferred && !interaction.replied) await interaction.reply(ephemeral);
    else if (!interaction.replied) await interaction.editReply(notice);
    else await interaction.followUp(ephemeral);
  } catch (replyError) {
    logger.warn({ ...context, ...describeError(replyError) }, 'could not tell the user about the failure');
  }
}

/** Answers a failed mention with a short reply, or in the thread the bot started for it. */
export async function replyToMessageWithError(
  message: Message,
  error: unknown,
  logger: Logger,
  thread?: SendableChannels,
  language: Language = 'en',
): Promise<void> {
  const { text, expected } = explain(error, message.id, language);
  const context = { messageId: message.id, channelId: message.channelId, userId: message.author.id };
  if (expected) logger.info({ ...context, ...describeError(error) }, 'mention refused');
  else logger.error({ ...context, ...describeError(error) }, 'mention failed');
  try {
    await (thread ? thread.send(renderNotice(text)) : message.reply(renderNotice(text)));
  } catch (replyError) {
    logger.warn({ ...context, ...describeError(replyError) }, 'could not tell the user about the failure');
  }
}
