import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../src/discord/commands/index.js';
import { BotState } from '../../src/state/bot-state.js';
import { contentOf } from '../../src/testing/discord-standin/inspect.js';
import { startBot, type RunningBot } from '../../src/testing/discord-standin/start-bot.js';
import { PERMISSIONS } from '../../src/testing/discord-standin/world.js';
import { FakeAnswerService } from '../../src/testing/fake-answer-service.js';

/** `/gaps`: declined questions, grouped, for server managers; kept for the retention period only. */
let bot: RunningBot;
let service: FakeAnswerService;
let dir: string;
const DAY = 86_400_000;

beforeAll(async () => {
  service = await FakeAnswerService.load();
  dir = mkdtempSync(path.join(os.tmpdir(), 'citebot-gaps-'));
  const statePath = path.join(dir, 'state.sqlite');
  // Written before the bot starts: one entry past the 30-day retention, one within it.
  const before = BotState.open(statePath);
  before.gaps.record('an ancient question about lula', null, Date.now() - 31 * DAY);
  before.gaps.record('a recent question about lula', null, Date.now() - 2 * DAY);
  before.close();
  bot = await startBot({ service, statePath, env: { GAP_RETENTION_DAYS: '30' } });
});
afterAll(async () => {
  await bot?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function decline(question: string, missing: string[] = []) {
  service.respondNextWith({ ...service.wholeArticleAnswer(question, 1), question, answerable: false, passages: [], related: [], missing });
  await bot.answered(bot.command('ask', { options: { question } }));
}

async function gaps(options: Record<string, number> = {}, permissions = PERMISSIONS.manager) {
  const sent = bot.command('gaps', { user: bot.standin.world.users.moderator, permissions, options });
  return bot.standin.requests.wait((r) => r.path.startsWith(`/interactions/${sent.interaction.id}/`), { from: sent.mark });
}

describe('/gaps', () => {
  it('is registered for server managers only', () => {
    expect(commands.gaps.data.toJSON().default_member_permissions).toBe(String(PERMISSIONS.manager & ~PERMISSIONS.moderator));
  });

  it('prunes declined questions older than the retention period when the bot starts', () => {
    expect(bot.state.gaps.top(null, 365).total).toBe(1);
  });

  it('lists the declined questions of this server, most asked first, similar phrasings grouped', async () => {
    await decline('Why did Peru leave the Lima Group?');
    await decline('peru leaving the lima group??');
    await decline('why did peru leave the lima group');
    await decline('Who won the 2018 World Cup?');
    const reply = await gaps({ days: 7 });
    const text = contentOf(reply);
    expect(text).toMatch(/4 in all/);
    expect(text).toMatch(/\*\*1\.\*\* “why did peru leave the lima group” · 3×\n\s+also: “peru leaving the lima group”/);
    expect(text).toMatch(/\*\*2\.\*\* “who won the 2018 world cup” · 1×/);
    expect((reply.body as { data: { flags: number } }).data.flags & 64).toBe(64);
  });

  it('names what the declined questions asked about that the corpus never mentions, most asked first', async () => {
    await decline('what did lula say about maduro', ['lula']);
    await decline('whats lulas view on venezuela', ['Lula']);
    await decline('what did evo morales say', ['evo morales']);
    expect(contentOf(await gaps({ days: 7 }))).toMatch(/Asked about, never mentioned in the corpus:\*\* Lula \(2×\), Evo Morales \(1×\)/);
  });

  it('refuses members without Manage Server', async () => {
    expect(contentOf(await gaps({}, PERMISSIONS.moderator))).toMatch(/Only members who can manage this server/);
  });
});
