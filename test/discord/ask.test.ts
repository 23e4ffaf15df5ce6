import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CitebotError } from '../../src/errors.js';
import { renderAnswer } from '../../src/discord/render.js';
import { STANDIN_TOKEN, type RecordedRequest } from '../../src/testing/discord-standin/index.js';
import { contentOf, isMessageSend, quotes, sendProblems, visibleText } from '../../src/testing/discord-standin/inspect.js';
import { startBot, type RunningBot } from '../../src/testing/discord-standin/start-bot.js';
import { FakeAnswerService } from '../../src/testing/fake-answer-service.js';

/** `/ask` through the real discord.js client against the Discord stand-in, with the fake service. */
const qa = readFileSync(new URL('../../eval/dev-reworded.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; question: string; evidence: string[]; answerable: boolean });
const question = (id: string) => qa.find((q) => q.id === id)!;
/** Worded to share words with the teleSUR article, since the fake service only matches words. */
const CANCUN = {
  question: "What did Videgaray say about Mexico's position after the OAS in Cancun failed to reach a consensus to condemn Caracas?",
  evidence: ['position will not change'],
};

let service: FakeAnswerService;
let bot: RunningBot;
let corpusText: string;

beforeAll(async () => {
  service = await FakeAnswerService.load();
  corpusText = service.articles.map((a) => a.text).join('\u0000');
  bot = await startBot({ service });
});
afterAll(async () => {
  await bot?.stop();
});

describe('/ask', () => {
  it('defers at once (ephemeral), then edits in verbatim corpus quotes with their sources', async () => {
    const item = CANCUN;
    const sent = bot.command('ask', { options: { question: item.question } });
    const { deferMs, answerMs, answer } = await bot.answered(sent);
    console.log(
      `/ask through the stand-in: deferred ${deferMs.toFixed(1)} ms and answered ${answerMs.toFixed(1)} ms after INTERACTION_CREATE`,
    );

    const [defer] = bot.callsFor(sent.interaction);
    expect(defer!.body).toEqual({ type: 5, data: { flags: 64 } });
    const quoted = quotes(contentOf(answer));
    expect(quoted.length).toBeGreaterThan(0);
    for (const q of quoted) expect(corpusText).toContain(q);
    expect(quoted.some((q) => item.evidence.some((e) => q.includes(e)))).toBe(true);
    expect(contentOf(answer)).toMatch(/^— \[1\] teleSUR English.*, \*Mexican Foreign Minister.*\*, 2017-06$/m);
    expect(sendProblems(answer)).toEqual([]);
  });

  it('says plainly when the corpus has no answer, and suggests what it covers', async () => {
    const sent = bot.command('ask', { options: { question: question('n08').question } });
    const { answer } = await bot.answered(sent);
    expect(contentOf(answer)).toMatch(/corpus has no passage that answers this/);
    expect(contentOf(answer)).toMatch(/It does cover: .*Lima Group/);
    expect(quotes(contentOf(answer))).toEqual([]);
  });

  it('answers publicly when asked, and passes count on as k', async () => {
    const sent = bot.command('ask', { options: { question: question('d21').question, count: 2, public: true } });
    await bot.answered(sent);
    expect(bot.callsFor(sent.interaction)[0]!.body).toEqual({ type: 5, data: { flags: 0 } });
    expect(service.askCalls().at(-1)!.options).toEqual({ k: 2, locale: 'en-US', translateQuotes: false });
  });

  it('never pings: mentions are taken out of the question, markdown and @everyone escaped, allowed_mentions empty everywhere', async () => {
    const hostile =
      '@everyone <@&123456789012345678> **Which countries** did Peru invite to the `Lima Group` meeting? <@123456789012345678> @here';
    const sent = bot.command('ask', { options: { question: hostile, public: true } });
    const { answer } = await bot.answered(sent);
    const echoed = contentOf(answer).split('\n')[0]!;
    expect(echoed).not.toMatch(/@everyone|@here|<@/);
    // The member's asterisks are shown as typed; the label's bold is formatting, which a reader does not see.
    expect(visibleText(echoed)).toBe(`Question: ${hostile.replace(/ <@&?\d+>/g, '')}`);
    const sends = bot.standin.requests.items.filter(isMessageSend);
    expect(sends.length).toBeGreaterThan(0);
    for (const r of sends) expect(sendProblems(r), `${r.method} ${r.path}`).toEqual([]);
  });

  it('splits a long answer into an edit plus follow-ups (same visibility), each within limits, quotes complete', async () => {
    const long = service.wholeArticleAnswer('Everything about Venezuela and the OAS', 2);
    service.respondNextWith(long);
    const sent = bot.command('ask', { options: { question: long.question } });
    await bot.answered(sent);
    const followUps = renderAnswer(long).length - 1;
    expect(followUps).toBeGreaterThan(1);
    const isFollowUp = (r: RecordedRequest) => r.method === 'POST' && r.path.endsWith(`/${sent.interaction.token}`);
    await bot.standin.requests.waitCount(isFollowUp, followUps, { from: sent.mark });
    const calls = bot.callsFor(sent.interaction).filter(isMessageSend);
    expect(calls.length).toBe(1 + followUps);
    for (const r of calls) expect(sendProblems(r)).toEqual([]);
    for (const r of calls.slice(1)) expect(r.body).toMatchObject({ flags: 64 | 4 });
    const blocks = calls.map(contentOf).join('\n\n').split('\n\n');
    for (const [i, p] of long.passages.entries()) {
      const mine = blocks.filter((block) => block.includes(`— [${i + 1}] `));
      expect(mine.flatMap(quotes).join('').replace(/\s+/g, '')).toBe(p.quote.replace(/\s+/g, ''));
    }
  });

  it('reports an expected service failure in words, and a bug with a reference, logged with the interaction id', async () => {
    service.failNextWith(new CitebotError('INDEX_MISSING', 'There is no index yet.', { hint: 'Run npm run index.' }));
    const first = bot.command('ask', { options: { question: 'What did Videgaray say?' } });
    expect(contentOf((await bot.answered(first)).answer)).toBe('There is no index yet.\nRun npm run index.');

    service.failNextWith(new TypeError('boom'));
    const second = bot.command('ask', { options: { question: 'What did Videgaray say?' } });
    expect(contentOf((await bot.answered(second)).answer)).toMatch(new RegExp(`Something went wrong.*${second.interaction.id}`));
    const logged = bot.logs.find((l) => l.msg === 'interaction failed');
    expect(logged).toMatchObject({ interactionId: second.interaction.id, command: 'ask', err: { message: 'boom' } });
  });

  it('acknowledges fast: median and p90 over 20 questions (fake service, loopback stand-in)', async () => {
    const defer: number[] = [];
    const total: number[] = [];
    for (const item of qa.slice(0, 20)) {
      const { deferMs, answerMs } = await bot.answered(bot.command('ask', { options: { question: item.question } }));
      defer.push(deferMs);
      total.push(answerMs);
    }
    const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.ceil((p / 100) * xs.length) - 1]!.toFixed(1);
    console.log(
      `/ask ×20: deferred median ${pct(defer, 50)} ms (p90 ${pct(defer, 90)}), answered median ${pct(total, 50)} ms (p90 ${pct(total, 90)})`,
    );
    // Discord requires the acknowledgement within 3 s; locally it is milliseconds.
    expect(Number(pct(defer, 90))).toBeLessThan(1000);
  });

  it('never logs the bot token', () => {
    expect(JSON.stringify(bot.logs)).not.toContain(STANDIN_TOKEN);
    expect(bot.logs.length).toBeGreaterThan(0);
  });
});

describe('/ask cooldown', () => {
  it('turns a second question within the cooldown away with an ephemeral note, without calling the service', async () => {
    const limited = await startBot({ service, cooldownSeconds: 30 });
    try {
      await limited.answered(limited.command('ask', { options: { question: question('d16').question } }));
      const calls = service.askCalls().length;
      const second = limited.command('ask', { options: { question: question('d13').question } });
      const reply = await limited.standin.requests.wait((r) => r.path.includes(`/interactions/${second.interaction.id}/`), {
        from: second.mark,
      });
      expect(reply.body).toMatchObject({ type: 4, data: { flags: 64 | 4, allowed_mentions: { parse: [] } } });
      expect(contentOf(reply)).toMatch(/ask again in \d+ seconds/);
      expect(service.askCalls().length).toBe(calls);
      // Another user is not affected.
      await limited.answered(
        limited.command('ask', { options: { question: question('d13').question }, user: limited.standin.world.users.moderator }),
      );
    } finally {
      await limited.stop();
    }
  });
});
