import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { threadChannel, type RecordedRequest } from '../../src/testing/discord-standin/index.js';
import { contentOf, sendProblems } from '../../src/testing/discord-standin/inspect.js';
import { messageCreate } from '../../src/testing/discord-standin/payloads.js';
import { snowflake } from '../../src/testing/discord-standin/world.js';
import { startBot, type RunningBot } from '../../src/testing/discord-standin/start-bot.js';
import { FakeAnswerService } from '../../src/testing/fake-answer-service.js';

/** Where the bot answers (/settings): answer channels, the help channel and forum, the cooldown per server. */
let bot: RunningBot;
let service: FakeAnswerService;
const QUESTION = 'What did Videgaray say about the OAS in Cancun?';

beforeAll(async () => {
  service = await FakeAnswerService.load();
  bot = await startBot({ service });
});
afterAll(async () => {
  await bot?.stop();
});
beforeEach(() => {
  bot.state.settings.update(bot.standin.world.guildId, () => ({ answerChannels: [], helpChannel: null, cooldownSeconds: null }));
});

const world = () => bot.standin.world;
const set = (change: Parameters<RunningBot['state']['settings']['update']>[1]) => bot.state.settings.update(world().guildId, change);

const sends = (calls: RecordedRequest[]) => calls.filter((r) => r.method === 'POST' && /\/messages$/.test(r.path));

/**
 * Posts a message and returns the bot's REST calls that followed: once it has sent a message
 * (an answer or a notice), or after `quietMs` of silence when it is expected to say nothing.
 */
async function post(content: string, channelId: string, author = world().users.alice, quietMs = 1000) {
  const from = bot.standin.requests.mark;
  const asked = service.askCalls().length;
  bot.standin.postMessage(messageCreate(world(), { content, channelId, author }));
  await bot.standin.requests.wait((r) => sends([r]).length > 0 && r.status < 300, { from, timeoutMs: quietMs }).catch(() => undefined);
  return { calls: bot.standin.requests.items.slice(from), asked: service.askCalls().length - asked };
}

describe('answer channels', () => {
  it('answers a mention anywhere by default', async () => {
    const { asked } = await post(`<@${world().bot.id}> ${QUESTION}`, world().channels.news.id);
    expect(asked).toBe(1);
  });

  it('elsewhere tells the member once, privately by DM, naming the channels, and does not answer', async () => {
    set((s) => ({ ...s, answerChannels: [world().channels.general.id] }));
    const first = await post(`<@${world().bot.id}> ${QUESTION}`, world().channels.news.id);
    expect(first.asked).toBe(0);
    expect(first.calls.some((r) => r.path === '/users/@me/channels')).toBe(true);
    const [dm] = sends(first.calls);
    expect(dm!.path).not.toContain(world().channels.news.id);
    expect(contentOf(dm!)).toContain(`<#${world().channels.general.id}>`);
    expect(sendProblems(dm!)).toEqual([]);
    const second = await post(`<@${world().bot.id}> ${QUESTION}`, world().channels.news.id);
    expect(sends(second.calls)).toEqual([]);
  });

  it('replies in the channel instead when the member’s DMs are closed', async () => {
    set((s) => ({ ...s, answerChannels: [world().channels.general.id] }));
    bot.standin.closeDirectMessages(world().users.moderator.id);
    const { calls } = await post(`<@${world().bot.id}> ${QUESTION}`, world().channels.news.id, world().users.moderator);
    const reply = sends(calls).find((r) => r.status < 300)!;
    expect(reply.path).toBe(`/channels/${world().channels.news.id}/messages`);
    expect(contentOf(reply)).toMatch(/I answer questions in/);
  });

  it('answers in a listed channel and in threads under it', async () => {
    set((s) => ({ ...s, answerChannels: [world().channels.general.id] }));
    expect((await post(`<@${world().bot.id}> ${QUESTION}`, world().thread.id)).asked).toBe(1);
  });
});

describe('help channel', () => {
  it('answers every new post in a text help channel without a mention, and nothing elsewhere', async () => {
    set((s) => ({ ...s, helpChannel: world().channels.news.id }));
    expect((await post(QUESTION, world().channels.news.id)).asked).toBe(1);
    expect((await post(QUESTION, world().channels.general.id)).asked).toBe(0);
  });

  it('answers a new post in the help forum in its thread, from the post’s title, with vote buttons', async () => {
    set((s) => ({ ...s, helpChannel: world().forum.id }));
    const post = threadChannel(world().guildId, world().forum.id, snowflake(), QUESTION, world().users.alice.id);
    const from = bot.standin.requests.mark;
    bot.standin.openThread(post);
    const answer = await bot.standin.requests.wait((r) => r.method === 'POST' && r.path === `/channels/${post.id}/messages`, { from });
    expect(service.askCalls().at(-1)!.question).toBe(QUESTION);
    expect(sendProblems(answer)).toEqual([]);
    expect(JSON.stringify((answer.body as { components?: unknown }).components)).toMatch(/vote:up:/);
  });

  it('answers a forum post that mentions the bot once, not once for the post and once for the mention', async () => {
    set((s) => ({ ...s, helpChannel: world().forum.id }));
    const thread = threadChannel(world().guildId, world().forum.id, snowflake(), QUESTION, world().users.alice.id);
    const asked = service.askCalls().length;
    const from = bot.standin.requests.mark;
    bot.standin.openThread(thread);
    bot.standin.postMessage({ ...messageCreate(world(), { content: `<@${world().bot.id}> please`, channelId: thread.id }), id: thread.id });
    await bot.standin.requests.wait((r) => r.method === 'POST' && r.path === `/channels/${thread.id}/messages`, { from });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(service.askCalls().length - asked).toBe(1);
  });

  it('leaves threads in other channels alone', async () => {
    set((s) => ({ ...s, helpChannel: world().forum.id }));
    const asked = service.askCalls().length;
    const from = bot.standin.requests.mark;
    bot.standin.openThread(threadChannel(world().guildId, world().channels.general.id, snowflake(), QUESTION, world().users.alice.id));
    await expect(bot.standin.requests.wait((r) => sends([r]).length > 0, { from, timeoutMs: 1000 })).rejects.toThrow(/timed out/);
    expect(service.askCalls().length).toBe(asked);
  });
});

describe('cooldown per server', () => {
  it('applies the server’s own cooldown to mentions', async () => {
    set((s) => ({ ...s, cooldownSeconds: 60 }));
    const author = world().users.moderator;
    await post(`<@${world().bot.id}> ${QUESTION}`, world().thread.id, author);
    const { calls, asked } = await post(`<@${world().bot.id}> ${QUESTION}`, world().thread.id, author);
    expect(asked).toBe(0);
    expect(sends(calls).map(contentOf).join('\n')).toMatch(/you can ask again in/);
  });
});
