import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayOpcodes, type RecordedRequest } from '../../src/testing/discord-standin/index.js';
import { contentOf, quotes } from '../../src/testing/discord-standin/inspect.js';
import { messageCreate } from '../../src/testing/discord-standin/payloads.js';
import { startBot, type RunningBot } from '../../src/testing/discord-standin/start-bot.js';
import { FakeAnswerService } from '../../src/testing/fake-answer-service.js';

/** The bot survives what Discord does to bots: dropped gateway sockets, rate limits, 5xx. */
let service: FakeAnswerService;
let bot: RunningBot;
const question = 'How many countries received invitations to the August 6 Lima Group meeting?';

beforeAll(async () => {
  service = await FakeAnswerService.load();
  bot = await startBot({ service });
});
afterAll(async () => {
  await bot?.stop();
});

const statuses = (requests: RecordedRequest[], test: (r: RecordedRequest) => boolean) => requests.filter(test).map((r) => r.status);

describe('gateway', () => {
  it('heartbeats and gets acknowledged (an unacknowledged beat would make it reconnect)', async () => {
    const { frames } = bot.standin;
    const beats = await frames.waitCount((f) => f.op === GatewayOpcodes.Heartbeat, 2, { timeoutMs: 4000 });
    // The last sequence number received, or null for a beat sent before READY (discord.js jitters the first one).
    for (const beat of beats) expect(beat.d === null || Number.isInteger(beat.d)).toBe(true);
    expect(beats.some((beat) => typeof beat.d === 'number')).toBe(true);
    expect(frames.items.filter((f) => f.op === GatewayOpcodes.Resume || f.op === GatewayOpcodes.Identify).length).toBe(1);
  });

  it('resumes after the socket drops and answers an interaction sent while it was away', async () => {
    const { frames } = bot.standin;
    const identifies = frames.items.filter((f) => f.op === GatewayOpcodes.Identify).length;
    const fromFrame = frames.mark;
    const started = performance.now();
    bot.standin.dropConnection(4000);
    // Sent while disconnected: the stand-in buffers it and replays it on RESUME.
    const sent = bot.command('ask', { options: { question } });
    const resume = await frames.wait((f) => f.op === GatewayOpcodes.Resume, { from: fromFrame });
    expect(resume.d).toMatchObject({ token: '[redacted]', session_id: expect.any(String), seq: expect.any(Number) });
    const { answer } = await bot.answered(sent);
    console.log(
      `resume: RESUME sent ${(resume.at - started).toFixed(0)} ms after the drop; replayed interaction answered ${(answer.at - started).toFixed(0)} ms after it`,
    );
    expect(quotes(contentOf(answer)).join(' ')).toContain('invitations to 100 countries');
    expect(frames.items.filter((f) => f.op === GatewayOpcodes.Identify).length).toBe(identifies);
    expect(bot.logs.some((l) => l.msg === 'gateway session resumed')).toBe(true);
  });
});

describe('REST faults', () => {
  it('waits out a 429 on the answer edit and a 500 on the deferral, and still answers', async () => {
    const { standin } = bot;
    standin.failNext({ method: 'POST', path: /\/callback$/, status: 500 });
    standin.failNext({ method: 'PATCH', path: /\/messages\/@original$/, status: 429, retryAfter: 0.2 });
    const sent = bot.command('ask', { options: { question } });
    const { deferMs, answerMs, answer } = await bot.answered(sent);
    console.log(
      `faults: deferred after one 500 in ${deferMs.toFixed(0)} ms, answered after one 429 (retry_after 0.2 s) in ${answerMs.toFixed(0)} ms`,
    );
    const calls = bot.callsFor(sent.interaction);
    expect(statuses(calls, (r) => r.path.endsWith('/callback'))).toEqual([500, 204]);
    const edits = calls.filter((r) => r.method === 'PATCH');
    expect(edits.map((r) => r.status)).toEqual([429, 200]);
    expect(edits[1]!.at - edits[0]!.at).toBeGreaterThanOrEqual(200);
    expect(contentOf(answer)).toMatch(/invitations to 100 countries/);
    expect(bot.logs.some((l) => l.msg === 'rate limited by Discord' && !JSON.stringify(l).includes(sent.interaction.token))).toBe(true);
  });

  it('retries a 500 on a follow-up and on a channel message', async () => {
    const { standin } = bot;
    const long = service.wholeArticleAnswer('Long', 1);
    service.respondNextWith(long);
    standin.failNext({ method: 'POST', path: /^\/webhooks\/\d+\/[^/]+$/, status: 500 });
    const sent = bot.command('ask', { options: { question: 'Long' } });
    const isFollowUp = (r: RecordedRequest) => r.method === 'POST' && r.path.endsWith(`/${sent.interaction.token}`) && r.status === 200;
    await standin.requests.wait(isFollowUp, { from: sent.mark });
    expect(statuses(bot.callsFor(sent.interaction), (r) => r.method === 'POST' && r.path.startsWith('/webhooks/'))[0]).toBe(500);

    const thread = standin.world.thread.id;
    standin.failNext({ method: 'POST', path: new RegExp(`^/channels/${thread}/messages$`), status: 500 });
    const from = standin.requests.mark;
    standin.postMessage(messageCreate(standin.world, { content: `<@${standin.world.bot.id}> ${question}`, channelId: thread }));
    await standin.requests.wait((r) => r.path === `/channels/${thread}/messages` && r.status === 200, { from });
    expect(statuses(standin.requests.items.slice(from), (r) => r.path === `/channels/${thread}/messages`)).toEqual([500, 200]);
  });
});
