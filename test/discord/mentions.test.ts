import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutMention } from '../../src/discord/mentions.js';
import { threadChannel, type RecordedRequest } from '../../src/testing/discord-standin/index.js';
import { contentOf, quotes, sendProblems } from '../../src/testing/discord-standin/inspect.js';
import { messageCreate } from '../../src/testing/discord-standin/payloads.js';
import { startBot, type RunningBot } from '../../src/testing/discord-standin/start-bot.js';
import { FakeAnswerService } from '../../src/testing/fake-answer-service.js';

/** Questions asked by mentioning the bot: answered in threads, follow-ups resolved with context. */
let service: FakeAnswerService;
let bot: RunningBot;
let mention: string;

beforeAll(async () => {
  service = await FakeAnswerService.load();
  bot = await startBot({ service });
  mention = `<@${bot.standin.world.bot.id}>`;
});
afterAll(async () => {
  await bot?.stop();
});

/** Posts a member's message and waits for the bot's first message in `answerChannel`. */
async function ask(content: string, channelId: string, answerChannel = channelId) {
  const message = messageCreate(bot.standin.world, { content, channelId });
  const from = bot.standin.requests.mark;
  bot.standin.postMessage(message);
  // In a thread the answer replies to the question; in a new thread it is the first message.
  const isAnswer = (r: RecordedRequest) =>
    r.method === 'POST' &&
    r.path === `/channels/${answerChannel}/messages` &&
    (answerChannel !== channelId ||
      (r.body as { message_reference?: { message_id: string } }).message_reference?.message_id === message.id);
  const answer = await bot.standin.requests.wait(isAnswer, { from });
  return { message, answer, calls: bot.standin.requests.items.slice(from) };
}

describe('mentions', () => {
  it('answers a mention inside a thread in that thread, as a reply that pings no one', async () => {
    const thread = bot.standin.world.thread.id;
    const { message, answer } = await ask(`${mention} Which countries did Peru invite to the Lima Group meeting?`, thread);
    expect(answer.body).toMatchObject({
      message_reference: { message_id: message.id },
      allowed_mentions: { parse: [], replied_user: false },
    });
    expect(quotes(contentOf(answer)).join(' ')).toContain('Russia, China, Turkey, Cuba and the US');
    expect(sendProblems(answer)).toEqual([]);
    expect(service.askCalls().at(-1)).toEqual({
      question: 'Which countries did Peru invite to the Lima Group meeting?',
      options: { locale: 'en-US' },
    });
  });

  it('resolves a follow-up in the same thread with the earlier question as context', async () => {
    const thread = bot.standin.world.thread.id;
    await ask(`${mention} What did Mexico's foreign minister say after the OAS failed to condemn Venezuela?`, thread);
    await ask(`and what did Peru do? ${mention}`, thread);
    expect(service.askCalls().at(-1)).toEqual({
      question: 'and what did Peru do?',
      options: { context: "What did Mexico's foreign minister say after the OAS failed to condemn Venezuela?", locale: 'en-US' },
    });
  });

  it('starts a thread named after a question asked in a channel, and answers there', async () => {
    const general = bot.standin.world.channels.general.id;
    const question = `How many humanitarian visas did Washington grant to Venezuelans arriving by air? ${'Please answer in detail. '.repeat(5)}`;
    const message = messageCreate(bot.standin.world, { content: `${mention} ${question}`, channelId: general });
    const from = bot.standin.requests.mark;
    bot.standin.postMessage(message);
    const created = await bot.standin.requests.wait((r) => r.path === `/channels/${general}/messages/${message.id}/threads`, { from });
    const name = (created.body as { name: string }).name;
    expect(name.length).toBeLessThanOrEqual(100);
    expect(name.startsWith('How many humanitarian visas did Washington grant')).toBe(true);
    const answer = await bot.standin.requests.wait((r) => r.method === 'POST' && r.path === `/channels/${message.id}/messages`, { from });
    expect(quotes(contentOf(answer)).join(' ')).toContain('24,000 humanitarian visas');
    expect(sendProblems(answer)).toEqual([]);
    // Nothing was posted in the channel itself.
    expect(bot.standin.requests.items.slice(from).filter((r) => r.method === 'POST' && r.path === `/channels/${general}/messages`)).toEqual(
      [],
    );

    // A follow-up in the new thread knows the question that started it.
    await ask(`${mention} and how many were arrested?`, message.id);
    expect(service.askCalls().at(-1)!.options.context).toBe(question.trim().replace(/\s+/g, ' '));
  });

  it('after a restart (nothing remembered) takes the context from the thread’s starter message', async () => {
    const { world } = bot.standin;
    const starter = messageCreate(world, {
      content: `${mention} What did López Obrador ask the United States to do about Venezuela?`,
      channelId: world.channels.general.id,
    });
    bot.standin.seedMessage(starter);
    bot.standin.openThread(threadChannel(world.guildId, world.channels.general.id, starter.id, 'Older conversation', world.users.alice.id));
    await ask(`${mention} and what did the US answer?`, starter.id);
    expect(service.askCalls().at(-1)!.options).toEqual({
      context: 'What did López Obrador ask the United States to do about Venezuela?',
      locale: 'en-US',
    });
  });

  it('replies briefly to a bare mention, and ignores messages that do not mention it', async () => {
    const general = bot.standin.world.channels.general.id;
    const from = bot.standin.requests.mark;
    bot.standin.postMessage(messageCreate(bot.standin.world, { content: 'Just chatting about Venezuela', channelId: general }));
    const { answer, calls } = await ask(mention, general);
    expect(contentOf(answer)).toMatch(/Ask me something after the mention/);
    expect(calls.filter((r) => r.path.endsWith('/threads'))).toEqual([]);
    expect(bot.standin.requests.items.slice(from).filter((r) => r.method === 'POST')).toHaveLength(1);
  });
});

describe('withoutMention', () => {
  it('strips the bot’s mention (both forms) and other Discord markup from the question', () => {
    expect(withoutMention('<@123456789012345678> What did  Peru do?', '123456789012345678')).toBe('What did Peru do?');
    expect(withoutMention('and <@!123456789012345678>\nwhy? <@999> <:hmm:1>', '123456789012345678')).toBe('and why?');
  });
});
