import { MessageFlags, type Message } from 'discord.js';
import type { GuildSettings } from '../state/settings.js';
import type { CommandContext } from './commands/types.js';
import { describeError } from './errors.js';
import { renderNotice } from './render.js';
import { detectLanguage, languageOfLocale } from '../text/language.js';
import { stringsFor } from './i18n.js';

/**
 * Where the bot answers in a server (`/settings`): mentions only in the listed channels (and
 * their threads) once any is listed; every new post in the help channel, mention or not.
 */

/** Whether a mention in this message's channel is answered. An empty list means everywhere (the default). */
export function answersHere(message: Message<true>, settings: GuildSettings): boolean {
  if (settings.answerChannels.length === 0) return true;
  const { channel } = message;
  const home = channel.isThread() ? channel.parentId : channel.id;
  return settings.answerChannels.includes(message.channelId) || (home !== null && settings.answerChannels.includes(home));
}

/** Whether this message is a new post in a text help channel (forum posts arrive as new threads instead). */
export function isHelpPost(message: Message<true>, settings: GuildSettings): boolean {
  return settings.helpChannel !== null && message.channelId === settings.helpChannel && !message.channel.isThread();
}

/** Whether this is the first message of a help-forum post, which help-forum.ts answers (so a mention in it is not answered twice). */
export function isHelpForumStarter(message: Message<true>, settings: GuildSettings): boolean {
  const { channel } = message;
  return settings.helpChannel !== null && channel.isThread() && channel.parentId === settings.helpChannel && message.id === channel.id;
}

/**
 * Tells a member, once per channel, where the bot answers: by direct message, which only they
 * see (a message cannot be ephemeral); if their DMs are closed, as a reply in the channel.
 */
export async function tellWhere(message: Message<true>, settings: GuildSettings, { state, logger }: CommandContext): Promise<void> {
  if (!state.settings.markTold(message.guildId, message.channelId, state.userHash(message.author.id))) return;
  const places = settings.answerChannels.map((c) => `<#${c}>`).join(', ');
  // In the language the member wrote in (a mention carries no client locale).
  const language = await detectLanguage(message.content, languageOfLocale(message.guild.preferredLocale)).catch(() => 'en' as const);
  const notice = renderNotice(stringsFor(language).answersIn(places, message.guild.name));
  try {
    await message.author.send(notice);
  } catch (error) {
    logger.debug({ userChannel: message.channelId, ...describeError(error) }, 'could not DM; replying in the channel');
    await message.reply({ ...notice, flags: MessageFlags.SuppressEmbeds });
  }
}
