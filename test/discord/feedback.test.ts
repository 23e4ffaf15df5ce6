import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { APIMessage } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAnswer } from '../../src/discord/feedback.js';
import { startStandin, type DiscordStandin, type RecordedRequest } from '../../src/testing/discord-standin/index.js';
import { contentOf, sendProblems } from '../../src/testing/discord-standin/inspect.js';
import { messageCreate } from '../../src/testing/discord-standin/payloads.js';
import { startBot, type RunningBot } from '../../src/testing/discord-standin/start-bot.js';
import { FakeAnswerService } from '../../src/testing/fake-answer-service.js';

/** 👍/👎 under every answer: real discord.js client, the stand-in, the fake service, a real SQLite file. */
const QUESTION = "What did Videgaray say about Mexico's position after the OAS in Cancun failed to condemn Caracas?";

let service: FakeAnswerService;
let standin: DiscordStandin;
let bot: RunningBot;
let statePath: string;

beforeAll(async () => {
  service = await FakeAnswerService.load();
  standin = await startStandin();
  // Not tempDir(): that is emptied after each test, and the database must outlive the restart.
  statePath = path.join(mkdtempSync(path.join(os.tmpdir(), 'citebot-votes-')), 'state.sqlite');
  bot = await startBot({ service, standin, statePath });
});
afterAll(async () => {
  await bot?.stop();
  await standin?.close();
  rmSync(path.dirname(statePath), { recursive: true, force: true });
});

/** The bot's message in `channelId` whose buttons carry votes, newest first. */
function votedMessage(channelId: string): APIMessage {
  const withVotes = standin.messagesIn(channelId).filter((m) => JSON.stringify(m.components ?? []).includes('vote:'));
  return withVotes.at(-1)!;
}

const buttonIds = (m: APIMessage): string[] =>
  ((m.components ?? []) as { components?: { custom_id?: string }[] }[])
    .flatMap((row) => row.components ?? [])
    .map((c) => c.custom_id ?? '');

async function click(message: APIMessage, customId: string, user = standin.world.users.alice) {
  const sent = bot.click(message, customId, { user });
  const callback = await standin.requests.wait((r: RecordedRequest) => r.path.startsWith(`/interactions/${sent.interaction.id}/`), {
    from: sent.mark,
  });
  return callback;
}

describe('vote buttons', () => {
  it('puts 👍 and 👎 under an /ask answer, custom ids within Discord’s limits', async () => {
    const { answer } = await bot.answered(bot.command('ask', { options: { question: QUESTION } }));
    expect(sendProblems(answer)).toEqual([]);
    const ids = buttonIds(votedMessage(standin.world.channels.general.id));
    expect(ids).toHaveLength(2);
    expect(ids.every((id) => id.length <= 100 && /^vote:(up|down):\d+$/.test(id))).toBe(true);
  });

  it('keeps one vote per member, changeable, stored with a hash of the user id and never the raw id', async () => {
    const message = votedMessage(standin.world.channels.general.id);
    const [up, down] = buttonIds(message) as [string, string];
    const first = await click(message, up);
    expect(first.status).toBe(204);
    expect(first.body).toMatchObject({ type: 4, data: { flags: expect.any(Number) } });
    expect(((first.body as { data: { flags: number } }).data.flags & 64) === 64).toBe(true);
    expect(contentOf(first)).toMatch(/👍 helpful/);
    await click(message, down);
    await click(message, down, standin.world.users.moderator);
    const answerId = Number(up.split(':')[2]);
    expect(bot.state.votes.tally(answerId)).toEqual({ up: 0, down: 2 });
    const [exported] = bot.state.votes.downvoted().filter((d) => d.answerId === answerId);
    expect(exported).toMatchObject({ question: QUESTION, guildId: standin.world.guildId, channelId: standin.world.channels.general.id });
    expect(exported!.passageIds.length).toBeGreaterThan(0);
    expect(JSON.stringify(bot.state.votes.downvoted())).not.toContain(standin.world.users.alice.id);
  });

  it('puts the buttons under a mention answer too, and logs a declined question for /gaps', async () => {
    const message = messageCreate(standin.world, {
      content: `<@${standin.world.bot.id}> who won the world cup in 2018`,
      channelId: standin.world.thread.id,
    });
    service.respondNextWith({
      ...service.wholeArticleAnswer('x', 1),
      question: 'who won the world cup in 2018',
      answerable: false,
      passages: [],
      related: [],
    });
    const from = standin.requests.mark;
    standin.postMessage(message);
    const reply = await standin.requests.wait((r) => r.method === 'POST' && r.path === `/channels/${standin.world.thread.id}/messages`, {
      from,
    });
    expect(sendProblems(reply)).toEqual([]);
    expect(JSON.stringify((reply.body as { components: unknown }).components)).toMatch(/vote:up:\d+/);
    expect(bot.state.gaps.top(standin.world.guildId, 1).groups[0]).toMatchObject({ question: 'who won the world cup in 2018', count: 1 });
  });

  it('still works after a restart: the custom id names a row in the database', async () => {
    const message = votedMessage(standin.world.channels.general.id);
    const [up] = buttonIds(message) as [string];
    await bot.stop();
    bot = await startBot({ service, standin, statePath });
    const callback = await click(message, up);
    expect(contentOf(callback)).toMatch(/👍 helpful/);
    expect(bot.state.votes.tally(Number(up.split(':')[2]))).toEqual({ up: 1, down: 1 });
  });

  it('says so, privately, when the voted answer is unknown', async () => {
    const message = votedMessage(standin.world.channels.general.id);
    const callback = await click(message, 'vote:up:999999');
    expect(contentOf(callback)).toMatch(/no longer on record/);
  });
});

describe('recordAnswer', () => {
  it('records the passages shown: the quotes, or the related passages of a refusal', () => {
    const answered = service.wholeArticleAnswer(QUESTION, 2);
    const refused = { ...answered, answerable: false, passages: [], related: answered.passages.slice(0, 1) };
    const first = recordAnswer(bot, answered, { guildId: 'g', channelId: 'c' });
    const second = recordAnswer(bot, refused, { guildId: 'g', channelId: 'c' });
    expect(first.components).toHaveLength(2);
    const idOf = (row: typeof first) => Number((row.components[1] as { custom_id: string }).custom_id.split(':')[2]);
    bot.state.votes.vote(idOf(first), 'h', -1);
    bot.state.votes.vote(idOf(second), 'h', -1);
    const byId = new Map(bot.state.votes.downvoted().map((d) => [d.answerId, d]));
    expect(byId.get(idOf(first))!.passageIds).toEqual([...new Set(answered.passages.map((p) => p.passageId))]);
    expect(byId.get(idOf(second))).toMatchObject({ answerable: false, passageIds: [answered.passages[0]!.passageId] });
  });
});

describe('the stand-in', () => {
  it('refuses a first response after Discord’s 3 s deadline, for buttons as for commands', async () => {
    const late = await startStandin({ callbackDeadlineMs: 0 });
    const strict = await startBot({ service, standin: late });
    try {
      const sent = strict.command('sources');
      const refused = await late.requests.wait((r) => r.path.endsWith('/callback'), { from: sent.mark });
      expect(refused.status).toBe(404);
      expect(refused.body).toBeDefined();
    } finally {
      await strict.stop();
      await late.close();
    }
  });
});
