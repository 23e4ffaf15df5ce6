import { ChannelType, type AnyThreadChannel } from 'discord.js';
import { truncate } from './format/safe-text.js';
import { describeError, explain } from './errors.js';
import { cooldownFor, recordAnswer, withButtons } from './feedback.js';
import type { MentionContext } from './mentions.js';
import { renderAnswer, renderNotice } from './render.js';
import { plainQuestion } from './question-text.js';

/** The service refuses longer questions (QUESTION_TOO_LONG); a long post is cut, not refused. */
const MAX_QUESTION = 1000;

/**
 * A new post in the server's help forum (`/settings help-channel`) is answered in its thread
 * without a mention. The post's title is the question; its text is added when Discord sends it
 * (with the Message Content intent, or when the post mentions the bot).
 */
export async function handleNewThread(thread: AnyThreadChannel, newlyCreated: boolean, context: MentionContext): Promise<void> {
  if (!newlyCreated || thread.ownerId === thread.client.user.id) return;
  const { helpChannel } = context.state.settings.get(thread.guildId);
  if (helpChannel === null || thread.parentId !== helpChannel || thread.parent?.type !== ChannelType.GuildForum) return;
  const { service, memory, logger, cooldowns } = context;
  try {
    const starter = await thread.fetchStarterMessage().catch(() => null);
    const body = plainQuestion(starter?.content ?? '');
    const question = truncate(body ? `${thread.name}. ${body}` : thread.name, MAX_QUESTION);
    if (thread.ownerId) cooldowns.take(thread.ownerId, Date.now(), cooldownFor(context, thread.guildId));
    const answer = await service.ask(question);
    memory.set(thread.id, question);
    const votes = recordAnswer(context, answer, { guildId: thread.guildId, channelId: thread.id });
    for (const page of withButtons(renderAnswer(answer), votes)) await thread.send(page);
  } catch (error) {
    const { text, expected } = explain(error, thread.id);
    if (expected) logger.info({ threadId: thread.id, ...describeError(error) }, 'help post refused');
    else logger.error({ threadId: thread.id, ...describeError(error) }, 'help post failed');
    await thread
      .send(renderNotice(text))
      .catch((sendError: unknown) => logger.warn(describeError(sendError), 'could not answer the help post'));
  }
}
