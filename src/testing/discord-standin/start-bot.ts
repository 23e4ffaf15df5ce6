import { once } from 'node:events';
import { Events, type Client } from 'discord.js';
import type { APIChatInputApplicationCommandGuildInteraction } from 'discord-api-types/v10';
import pino from 'pino';
import type { AnswerService } from '../../answer/service.js';
import { loadBotConfig, type BotConfig } from '../../config.js';
import { createBot, stopBot } from '../../discord/bot.js';
import { startStandin, STANDIN_TOKEN, type DiscordStandin, type RecordedRequest } from './index.js';
import { chatInput, type InteractionInput } from './payloads.js';

/**
 * The real bot (createBot, real discord.js client) connected to a fresh stand-in, with the
 * answer service injected: the fake in the Discord tests, the real one when the lead wires it.
 */
export interface StartBotOptions {
  service: AnswerService;
  cooldownSeconds?: number;
}

export interface RunningBot {
  standin: DiscordStandin;
  client: Client;
  config: BotConfig;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Dispatches `/name` and returns the interaction with the dispatch time. */
  command(
    name: string,
    input?: InteractionInput,
  ): { interaction: APIChatInputApplicationCommandGuildInteraction; at: number; mark: number };
  /** Every REST call made for this interaction (callback, @original, follow-ups), in order. */
  callsFor(interaction: { id: string; token: string }): RecordedRequest[];
  /** Waits for the deferral and the final edit of the original reply; times are ms after dispatch. */
  answered(sent: {
    interaction: { id: string; token: string };
    at: number;
    mark: number;
  }): Promise<{ deferMs: number; answerMs: number; answer: RecordedRequest }>;
  stop(): Promise<void>;
}

export async function startBot({ service, cooldownSeconds = 0 }: StartBotOptions): Promise<RunningBot> {
  const standin = await startStandin();
  const config = loadBotConfig({
    DISCORD_TOKEN: STANDIN_TOKEN,
    DISCORD_APP_ID: standin.world.appId,
    DISCORD_GUILD_ID: standin.world.guildId,
    DISCORD_API_URL: standin.apiUrl,
    COOLDOWN_SECONDS: String(cooldownSeconds),
    LOG_LEVEL: 'debug',
  });
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const client = createBot({ config, logger, service });
  const ready = once(client, Events.ClientReady);
  await client.login(config.discord.token);
  await ready;

  const callsFor = (interaction: { id: string; token: string }) =>
    standin.requests.items.filter((r) => r.path.includes(interaction.token) || r.path.includes(`/interactions/${interaction.id}/`));

  return {
    standin,
    client,
    config,
    logs,
    command(name, input) {
      const interaction = chatInput(standin.world, name, input);
      const mark = standin.requests.mark;
      const { at } = standin.interact(interaction);
      return { interaction, at, mark };
    },
    callsFor,
    async answered({ interaction, at, mark }) {
      const isDefer = (r: RecordedRequest) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback` && r.status < 300;
      const isEdit = (r: RecordedRequest) =>
        r.method === 'PATCH' && r.path.endsWith(`/${interaction.token}/messages/@original`) && r.status < 300;
      const deferred = await standin.requests.wait(isDefer, { from: mark });
      const answer = await standin.requests.wait(isEdit, { from: mark });
      return { deferMs: deferred.at - at, answerMs: answer.at - at, answer };
    },
    async stop() {
      await stopBot(client, 5000);
      await standin.close();
    },
  };
}
