import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/discord/commands/index.js';
import { PERMISSIONS } from '../../src/testing/discord-standin/world.js';
import { contentOf } from '../../src/testing/discord-standin/inspect.js';
import { startBot, type RunningBot } from '../../src/testing/discord-standin/start-bot.js';
import { FakeAnswerService } from '../../src/testing/fake-answer-service.js';
import type { InteractionInput } from '../../src/testing/discord-standin/payloads.js';

/** `/settings` through the real discord.js client: stored per guild, for server managers only. */
let bot: RunningBot;
beforeAll(async () => {
  bot = await startBot({ service: await FakeAnswerService.load(), cooldownSeconds: 10 });
});
afterAll(async () => {
  await bot?.stop();
});

async function settings(subcommand: string, input: InteractionInput = {}) {
  const sent = bot.command('settings', { user: bot.standin.world.users.moderator, permissions: PERMISSIONS.manager, subcommand, ...input });
  const reply = await bot.standin.requests.wait(
    (r) => r.path === `/interactions/${sent.interaction.id}/${sent.interaction.token}/callback`,
    {
      from: sent.mark,
    },
  );
  return reply;
}

describe('/settings', () => {
  it('is registered for server managers only, as a guild command', () => {
    const json = commands.settings.data.toJSON();
    expect(json.default_member_permissions).toBe(String(PERMISSIONS.manager & ~PERMISSIONS.moderator));
    expect(json.contexts).toEqual([0]);
  });

  it('shows the defaults first: every channel, no help channel, the configured cooldown', async () => {
    const reply = await settings('show');
    expect(contentOf(reply)).toMatch(/Mentions answered in: every channel \(default\)/);
    expect(contentOf(reply)).toMatch(/Help channel: none/);
    expect(contentOf(reply)).toMatch(/Cooldown per member: 10 s \(default\)/);
    expect((reply.body as { data: { flags: number } }).data.flags & 64).toBe(64);
  });

  it('adds and removes answer channels, and sets a cooldown, and keeps them in the database', async () => {
    const { general, news } = bot.standin.world.channels;
    await settings('answer-in', { options: { channel: general.id } });
    await settings('answer-in', { options: { channel: news.id } });
    await settings('stop-answering-in', { options: { channel: general.id } });
    await settings('cooldown', { options: { seconds: 2 } });
    const reply = await settings('show');
    expect(contentOf(reply)).toMatch(new RegExp(`Mentions answered in: <#${news.id}>\\n`));
    expect(contentOf(reply)).toMatch(/Cooldown per member: 2 s\n?/);
    expect(bot.state.settings.get(bot.standin.world.guildId)).toMatchObject({ answerChannels: [news.id], cooldownSeconds: 2 });
    await settings('stop-answering-in', { options: { channel: news.id } });
    await settings('cooldown');
    expect(bot.state.settings.get(bot.standin.world.guildId)).toEqual({ answerChannels: [], helpChannel: null, cooldownSeconds: null });
  });

  it('refuses a member without Manage Server even if the command reached them, and changes nothing', async () => {
    const sent = bot.command('settings', { subcommand: 'cooldown', options: { seconds: 0 }, permissions: PERMISSIONS.moderator });
    const reply = await bot.standin.requests.wait((r) => r.path.startsWith(`/interactions/${sent.interaction.id}/`), { from: sent.mark });
    expect(contentOf(reply)).toMatch(/Only members who can manage this server/);
    expect(bot.state.settings.get(bot.standin.world.guildId).cooldownSeconds).toBeNull();
  });
});
