import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Events, type Client } from 'discord.js';
import type { APIChatInputApplicationCommandGuildInteraction } from 'discord-api-types/v10';
import pino from 'pino';
import type { AnswerService } from '../../answer/service.js';
import { loadBotConfig, type BotConfig } from '../../config.js';
import { createBot, stopBot } from '../../discord/bot.js';
import type { CorpusEditor } from '../../index/corpus-editor.js';
import { BotState } from '../../state/bot-state.js';
import { startStandin, STANDIN_TOKEN, type DiscordStandin, type RecordedRequest } from './index.js';
import { buttonClick, chatInput, type InteractionInput } from './payloads.js';
import type { APIMessage } from 'discord-api-types/v10';

/**
 * The real bot (createBot, real discord.js client) connected to a fresh stand-in, with the
 * answer service injected: the fake in the Discord tests, the real one when the lead wires it.
 */
export interface StartBotOptions {
  service: AnswerService;
  cooldownSeconds?: number;
  /** A running stand-in to connect to (a restarted bot finds the same server); default: a fresh one, closed on stop. */
  standin?: DiscordStandin;
  /** The state database; default: a fresh file in a temporary folder, removed on stop. */
  statePath?: string;
  corpus?: CorpusEditor;
  /** Further configuration keys, such as GAP_RETENTION_DAYS. */
  env?: Record<string, string>;
}

export interface RunningBot {
  standin: DiscordStandin;
  client: Client;
  config: BotConfig;
  /** The bot's state database. */
  state: BotState;
  /** Every log line the bot wrote, parsed. */
  logs: Record<string, unknown>[];
  /** Dispatches `/name` and returns the interaction with the dispatch time. */
  command(
    name: string,
    input?: InteractionInput,
  ): { interaction: APIChatInputApplicationCommandGuildInteraction; at: number; mark: number };
  /** Dispatches a click on the button `customId` of a message the bot sent. */
  click(
    message: APIMessage,
    customId: string,
    input?: InteractionInput,
  ): { interaction: { id: string; token: string }; at: number; mark: number };
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

export async function startBot({ service, cooldownSeconds = 0, ...options }: StartBotOptions): Promise<RunningBot> {
  const standin = options.standin ?? (await startStandin());
  const tempState = options.statePath ? null : mkdtempSync(path.join(os.tmpdir(), 'citebot-state-'));
  const state = BotState.open(options.statePath ?? path.join(tempState!, 'state.sqlite'));
  const config = loadBotConfig({
    ...options.env,
    DISCORD_TOKEN: STANDIN_TOKEN,
    DISCORD_APP_ID: standin.world.appId,
    DISCORD_GUILD_ID: standin.world.guildId,
    DISCORD_API_URL: standin.apiUrl,
    COOLDOWN_SECONDS: String(cooldownSeconds),
    LOG_LEVEL: 'debug',
  });
  const logs: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line) as Record<string, unknown>) });
  const client = createBot({ config, logger, service, state, corpus: options.corpus });
  const ready = once(client, Events.ClientReady);
  await client.login(config.discord.token);
  await ready;

  const callsFor = (interaction: { id: string; token: string }) =>
    standin.requests.items.filter((r) => r.path.includes(interaction.token) || r.path.includes(`/interactions/${interaction.id}/`));

  return {
    standin,
    client,
    config,
    state,
    logs,
    click(message, customId, input) {
      const interaction = buttonClick(standin.world, message, customId, input);
      const mark = standin.requests.mark;
      const { at } = standin.interact(interaction);
      return { interaction, at, mark };
    },
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
      state.close();
      if (tempState) rmSync(tempState, { recursive: true, force: true });
      if (!options.standin) await standin.close();
    },
  };
}
