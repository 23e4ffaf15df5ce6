import {
  ChannelType,
  DiscordAPIError,
  ThreadAutoArchiveDuration,
  type Message,
  type SendableChannels,
  type ThreadChannel,
} from 'discord.js';
import { CitebotError } from '../errors.js';
import type { CommandContext } from './commands/types.js';
import { detectLanguage, languageOfLocale } from '../text/language.js';
import { describeError, replyToMessageWithError } from './errors.js';
import { stringsFor } from './i18n.js';
import { cooldownFor, recordAnswer, withButtons } from './feedback.js';
import { answersHere, isHelpForumStarter, isHelpPost, tellWhere } from './where.js';
import { renderAnswer, threadName } from './render.js';
import type { ThreadMemory } from './thread-memory.js';
import { plainQuestion } from './question-text.js';

/**
 * Questions asked by mentioning the bot. In a thread the answer goes to that thread; in a text
 * channel the bot starts a thread from the message (named after the question) and answers there,
 * so conversations stay out of the main channel and follow-ups have a home.
 *
 * No privileged MessageContent intent is needed: Discord delivers the content of messages that
 * mention the bot (and of a thread's starter message that did) to bots without it.
 */
export interface MentionContext extends CommandContext {
  memory: ThreadMemory;
}

export async function handleMention(message: Message, context: MentionContext): Promise<void> {
  const me = message.client.user;
  if (message.author.bot || !message.inGuild()) return;
  const settings = context.state.settings.get(message.guildId);
  const helpPost = isHelpPost(message, settings);
  if (!helpPost && (!message.mentions.users.has(me.id) || isHelpForumStarter(message, settings))) return;
  // A help-channel post without text: the Message Content intent is off, so there is nothing to read.
  if (helpPost && !message.content.trim()) return context.logger.debug({ channelId: message.channelId }, 'help post without content');
  if (!helpPost && !answersHere(message, settings)) return tellWhere(message, settings, context);
  const { service, cooldowns, memory, logger } = context;
  let thread: SendableChannels | undefined;
  const question = withoutMention(message.content, me.id);
  // A mention carries no client locale: the server's preferred one is the hint; the answer is
  // in the question's own language, and so is a refusal (worked out only when there is one).
  const locale = message.guild?.preferredLocale ?? null;
  try {
    if (!question) throw new CitebotError('QUESTION_EMPTY', stringsFor(languageOfLocale(locale)).askAfterMention(`<@${me.id}>`));
    cooldowns.take(message.author.id, Date.now(), cooldownFor(context, message.guildId));
    const place = await conversationFor(message, question, me.id, context);
    thread = place.started ? place.channel : undefined;
    await place.channel.sendTyping().catch((error: unknown) => logger.debug(describeError(error), 'typing indicator failed'));
    const answer = await service.ask(question, { ...(place.earlier ? { context: place.earlier } : {}), locale });
    memory.set(place.channel.id, question);
    const votes = recordAnswer(context, answer, { guildId: message.guildId, channelId: place.channel.id });
    const [first, ...rest] = withButtons(renderAnswer(answer), votes);
    if (first) await (place.started ? place.channel.send(first) : message.reply(first));
    for (const page of rest) await place.channel.send(page);
  } catch (error) {
    const language = question ? await detectLanguage(question, languageOfLocale(locale)).catch(() => 'en' as const) : 'en';
    await replyToMessageWithError(message, error, logger, thread, language);
  }
}

/** Where the conversation happens, whether the bot just started it, and the question before this one. */
async function conversationFor(
  message: Message<true>,
  question: string,
  botId: string,
  { memory, logger }: MentionContext,
): Promise<{ channel: SendableChannels; started: boolean; earlier?: string | undefined }> {
  const { channel } = message;
  if (channel.isThread()) return { channel, started: false, earlier: memory.get(channel.id) ?? (await starterQuestion(channel, botId)) };
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement) return { channel, started: false };
  if (message.thread) return { channel: message.thread, started: true, earlier: memory.get(message.thread.id) };
  try {
    const thread = await message.startThread({ name: threadName(question), autoArchiveDuration: ThreadAutoArchiveDuration.OneDay });
    return { channel: thread, started: true };
  } catch (error) {
    // No permission to create threads here: answer in the channel rather than not at all.
    if (!(error instanceof DiscordAPIError)) throw error;
    logger.warn({ channelId: channel.id, ...describeError(error) }, 'could not start a thread; answering in the channel');
    return { channel, started: false };
  }
}

/**
 * After a restart the memory is empty; a thread the bot started still begins with the question
 * that mentioned it, which Discord lets the bot read.
 */
async function starterQuestion(thread: ThreadChannel, botId: string): Promise<string | undefined> {
  try {
    const starter = await thread.fetchStarterMessage();
    return starter?.mentions.users.has(botId) ? withoutMention(starter.content, botId) || undefined : undefined;
  } catch {
    return undefined; // Deleted, or a thread not started from a message: no earlier question.
  }
}

/** The question without the bot's mention(s), or any other Discord markup, on one line. */
export function withoutMention(content: string, botId: string): string {
  return plainQuestion(content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' '));
}
