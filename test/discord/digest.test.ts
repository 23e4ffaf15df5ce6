import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSince } from '../../src/discord/commands/digest.js';
import type { RecordedRequest } from '../../src/testing/discord-standin/index.js';
import { contentOf, quotes, sendProblems } from '../../src/testing/discord-standin/inspect.js';
import { autocomplete } from '../../src/testing/discord-standin/payloads.js';
import { startBot, type RunningBot } from '../../src/testing/discord-standin/start-bot.js';
import { PERMISSIONS } from '../../src/testing/discord-standin/world.js';
import { FakeAnswerService } from '../../src/testing/fake-answer-service.js';

/** `/digest` (moderators only, posted to a channel), its autocomplete, and `/sources`. */
let service: FakeAnswerService;
let bot: RunningBot;

beforeAll(async () => {
  service = await FakeAnswerService.load();
  bot = await startBot({ service });
});
afterAll(async () => {
  await bot?.stop();
});

const channelPosts = (channelId: string, from: number) =>
  bot.standin.requests.items.slice(from).filter((r) => r.method === 'POST' && r.path === `/channels/${channelId}/messages`);

/** The first response to the interaction: a refusal is an immediate ephemeral reply (type 4). */
async function firstResponse(sent: ReturnType<RunningBot['command']>): Promise<RecordedRequest> {
  return bot.standin.requests.wait((r) => r.path.startsWith(`/interactions/${sent.interaction.id}/`), { from: sent.mark });
}

describe('/digest', () => {
  it('is registered for moderators only by default', async () => {
    const { commands } = await import('../../src/discord/commands/index.js');
    expect(commands.digest.data.toJSON().default_member_permissions).toBe(String(PERMISSIONS.moderator & ~PERMISSIONS.member));
  });

  it('refuses a member without Manage Messages, ephemerally, without calling the service', async () => {
    const calls = service.calls.length;
    const sent = bot.command('digest', { options: { topic: 'Venezuela' } });
    const reply = await firstResponse(sent);
    expect(reply.body).toMatchObject({ type: 4, data: { flags: 64 | 4 } });
    expect(contentOf(reply)).toMatch(/manage messages/i);
    expect(service.calls.length).toBe(calls);
  });

  it('refuses even a moderator when the payload lacks the bit (server admins re-scoped the command)', async () => {
    const { world } = bot.standin;
    const sent = bot.command('digest', { options: { topic: 'Venezuela' }, user: world.users.moderator, permissions: PERMISSIONS.member });
    expect(contentOf(await firstResponse(sent))).toMatch(/manage messages/i);
    expect(channelPosts(world.channels.general.id, sent.mark)).toEqual([]);
  });

  it('posts a moderator’s digest to the chosen channel: header, grouped quotes by date, within limits', async () => {
    const { world } = bot.standin;
    const before = Date.now();
    const sent = bot.command('digest', {
      options: { topic: 'Venezuela OAS Lima Group', channel: world.channels.news.id },
      user: world.users.moderator,
    });
    const { answer } = await bot.answered(sent);
    expect(bot.callsFor(sent.interaction)[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    const posts = channelPosts(world.channels.news.id, sent.mark);
    expect(posts.length).toBeGreaterThan(0);
    expect(contentOf(answer)).toBe(
      `Posted the digest in <#${world.channels.news.id}> (${posts.length} message${posts.length === 1 ? '' : 's'}).`,
    );
    for (const post of posts) expect(sendProblems(post)).toEqual([]);
    const text = posts.map(contentOf).join('\n\n');
    const [, unix] = /^Requested by <@(?:\d+)> on <t:(\d+):f>/m.exec(text) ?? [];
    expect(text).toContain(`Requested by <@${world.users.moderator.id}>`);
    expect(Number(unix) * 1000).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    const dates = [...text.matchAll(/^— .*, (\d{4}(?:-\d{2}){0,2})$/gm)].map((m) => m[1]!);
    expect(dates.length).toBe(quotes(text).length);
    expect([...dates].sort()).toEqual(dates);
    for (const q of quotes(text)) expect(service.articles.some((a) => a.text.includes(q))).toBe(true);
  });

  it('defaults to the current channel and passes `since` on', async () => {
    const { world } = bot.standin;
    const sent = bot.command('digest', { options: { topic: 'Lima Group', since: '2019' }, user: world.users.moderator });
    await bot.answered(sent);
    expect(channelPosts(world.channels.general.id, sent.mark).length).toBeGreaterThan(0);
    expect(service.calls.at(-1)).toEqual({ method: 'digest', topic: 'Lima Group', options: { since: '2019' } });
  });

  it('refuses a malformed `since` and a channel the moderator cannot write in', async () => {
    const { world } = bot.standin;
    const bad = bot.command('digest', { options: { topic: 'Lima Group', since: '2019-13-01' }, user: world.users.moderator });
    expect(contentOf(await firstResponse(bad))).toMatch(/"since" must be a date/);
    const locked = bot.command('digest', {
      options: { topic: 'Lima Group', channel: world.channels.locked.id },
      user: world.users.moderator,
    });
    expect(contentOf(await firstResponse(locked))).toMatch(/can't post in <#\d+> yourself/);
    expect(channelPosts(world.channels.locked.id, bad.mark)).toEqual([]);
  });

  it('autocompletes topics from the service, filtered by what was typed, within Discord’s limits', async () => {
    const interaction = autocomplete(bot.standin.world, 'digest', 'topic', {
      options: { topic: 've' },
      user: bot.standin.world.users.moderator,
    });
    const from = bot.standin.requests.mark;
    bot.standin.interact(interaction);
    const reply = await bot.standin.requests.wait((r) => r.path.startsWith(`/interactions/${interaction.id}/`), { from });
    expect(reply.status).toBe(204);
    const { type, data } = reply.body as { type: number; data: { choices: { name: string; value: string }[] } };
    expect(type).toBe(8);
    expect(data.choices.length).toBeGreaterThan(0);
    expect(data.choices.length).toBeLessThanOrEqual(25);
    for (const c of data.choices) expect(c.name.toLowerCase()).toContain('ve');
  });
});

describe('/sources', () => {
  it('lists the corpus’s articles by date with outlet and title, only to the caller', async () => {
    const sent = bot.command('sources');
    const { answer } = await bot.answered(sent);
    expect(bot.callsFor(sent.interaction)[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    const lines = contentOf(answer).split('\n');
    expect(lines[0]).toBe('**The corpus: 5 article(s), oldest first.**');
    expect(lines.slice(1).map((l) => /, (\d{4}[-\d]*)$/.exec(l)?.[1])).toEqual(['2017-03', '2017-06', '2019-04', '2019-07-04', '2022-10']);
    expect(lines[3]).toContain('Sputnik International, *Pompeo Begins Latin America Tour');
    expect(sendProblems(answer)).toEqual([]);
  });
});

describe('parseSince', () => {
  it('accepts YYYY, YYYY-MM and YYYY-MM-DD real dates', () => {
    expect(parseSince('2019')).toBe('2019');
    expect(parseSince(' 2019-04 ')).toBe('2019-04');
    expect(parseSince('2020-02-29')).toBe('2020-02-29');
    expect(parseSince(null)).toBeUndefined();
  });
  it('refuses anything else as OPTION_INVALID, with a hint on the accepted forms', () => {
    for (const bad of ['19', '2019-13', '2019-02-30', 'last week', '2019/04/01'])
      expect(() => parseSince(bad)).toThrow(
        expect.objectContaining({ code: 'OPTION_INVALID', hint: expect.stringContaining('2019-04-11') }),
      );
  });
});
