import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Events, type Client } from 'discord.js';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBotConfig } from '../../src/config.js';
import { createBot, stopBot } from '../../src/discord/bot.js';
import { shardCount } from '../../src/discord/shards.js';
import { GatewayOpcodes, STANDIN_TOKEN, startStandin, type DiscordStandin, type World } from '../../src/testing/discord-standin/index.js';
import { chatInput, messageCreate } from '../../src/testing/discord-standin/payloads.js';
import { FakeAnswerService } from '../../src/testing/fake-answer-service.js';
import { BotState } from '../../src/state/bot-state.js';
import { npmScript } from '../support/compiled.js';
import { tempDir } from '../support/temp.js';

/** Two gateway shards against the stand-in, which recommends 2 and keeps one server on each. */
let standin: DiscordStandin;
beforeAll(async () => {
  standin = await startStandin({ shards: 2 });
});
afterAll(() => standin?.close());

const baseEnv = () => ({ DISCORD_TOKEN: STANDIN_TOKEN, DISCORD_APP_ID: standin.world.appId, DISCORD_API_URL: standin.apiUrl });

/** The /ask reply to an interaction: the edit of its deferred reply. */
function askIn(world: World, question: string) {
  const interaction = chatInput(world, 'ask', { options: { question } });
  const from = standin.requests.mark;
  standin.interact(interaction);
  return standin.requests.wait((r) => r.method === 'PATCH' && r.path.endsWith(`/${interaction.token}/messages/@original`), {
    from,
    timeoutMs: 20_000,
  });
}

describe('SHARDS', () => {
  it('asks Discord how many shards to run with auto, through DISCORD_API_URL', async () => {
    expect(await shardCount(loadBotConfig({ ...baseEnv(), SHARDS: 'auto' }))).toBe(2);
    expect(await shardCount(loadBotConfig({ ...baseEnv(), SHARDS: '3' }))).toBe(3);
  });

  it('runs each shard on its own guilds, answering /ask and mentions there with its own thread memory', async () => {
    const bots: { client: Client; service: FakeAnswerService }[] = [];
    try {
      for (const shard of [0, 1]) {
        const config = loadBotConfig({
          ...baseEnv(),
          SHARDING_MANAGER: 'true',
          SHARDS: String(shard),
          SHARD_COUNT: '2',
          COOLDOWN_SECONDS: '0',
        });
        const service = await FakeAnswerService.load();
        const state = BotState.open(path.join(tempDir('citebot-shard-'), 'state.sqlite'));
        const client = createBot({ config, logger: pino({ level: 'silent' }), service, state });
        const ready = once(client, Events.ClientReady);
        await client.login(config.discord.token);
        await ready;
        bots.push({ client, service });
      }
      expect(standin.worlds).toHaveLength(2);
      const [a, b] = standin.worlds as [World, World];
      const guildsOf = (i: number) => [...bots[i]!.client.guilds.cache.keys()].sort();
      expect([...guildsOf(0), ...guildsOf(1)].sort()).toEqual([a.guildId, b.guildId].sort());
      expect(guildsOf(0)).toHaveLength(1);

      for (const world of [a, b]) {
        const answer = await askIn(world, 'Which countries did Peru invite to the Lima Group meeting?');
        expect(JSON.stringify(answer.body)).toContain('Russia, China, Turkey, Cuba and the US');
      }
      const shardOfB = guildsOf(0).includes(b.guildId) ? 0 : 1;
      const mention = `<@${b.appId}>`;
      for (const content of [`${mention} What did Mexico say about Venezuela?`, `and what did Peru do? ${mention}`]) {
        const from = standin.requests.mark;
        standin.postMessage(messageCreate(b, { content, channelId: b.thread.id }));
        await standin.requests.wait((r) => r.method === 'POST' && r.path === `/channels/${b.thread.id}/messages`, {
          from,
          timeoutMs: 20_000,
        });
      }
      expect(bots[shardOfB]!.service.askCalls().at(-1)).toEqual({
        question: 'and what did Peru do?',
        options: { context: 'What did Mexico say about Venezuela?', locale: 'en-US' },
      });
      expect(bots[1 - shardOfB]!.service.askCalls().every((c) => c.options.context === undefined)).toBe(true);
    } finally {
      await Promise.all(bots.map((bot) => stopBot(bot.client, 1000)));
    }
  });

  it('npm start with SHARDS=auto starts one process per shard, each answering in its guild, and stops them all on SIGTERM', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'citebot-shards-'));
    const { command, args } = npmScript('start');
    const from = standin.frames.mark;
    // No index in INDEX_DIR: each shard answers /ask by saying so, which is enough to show which process answered.
    const env = { PATH: process.env.PATH, ...baseEnv(), SHARDS: 'auto', INDEX_DIR: path.join(cwd, 'index'), LOG_LEVEL: 'info' };
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      for (const shard of [0, 1]) {
        await standin.frames.wait(
          (f) => f.op === GatewayOpcodes.Identify && JSON.stringify((f.d as { shard?: unknown }).shard) === `[${shard},2]`,
          {
            from,
            timeoutMs: 45_000,
          },
        );
      }
      for (const world of standin.worlds) {
        const answer = await askIn(world, 'What did Mexico say about Venezuela?');
        expect(JSON.stringify(answer.body)).toContain('There is no index');
      }
      child.kill('SIGTERM');
      expect(await exit).toBe(0);
      expect(stderr).toContain('stopping shards');
      expect(stderr).not.toContain(STANDIN_TOKEN);
    } finally {
      child.kill('SIGKILL');
      await rm(cwd, { recursive: true, force: true });
    }
  }, 90_000);
});
