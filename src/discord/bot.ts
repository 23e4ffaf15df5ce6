import { Client, Events, GatewayIntentBits, RESTEvents, type ClientEvents } from 'discord.js';
import type { AnswerService } from '../answer/service.js';
import type { BotConfig } from '../config.js';
import type { Logger } from '../logger.js';
import { Cooldowns } from './cooldowns.js';
import { describeError } from './errors.js';
import { handleInteraction } from './interactions.js';
import { handleMention } from './mentions.js';
import { ThreadMemory } from './thread-memory.js';

/** What the bot needs; the service is injected so tests can run it against a fake. */
export interface BotOptions {
  config: BotConfig;
  logger: Logger;
  service: AnswerService;
}

/** Handlers still running per client, so shutdown can let answers finish. */
const inFlight = new WeakMap<Client, Set<Promise<void>>>();

/**
 * Builds the discord.js client with every handler attached; call `login` to connect. Commands
 * are not registered here (that is `npm run deploy-commands`), so restarts cost no API calls.
 */
export function createBot({ config, logger, service }: BotOptions): Client {
  const client = new Client({
    // Guilds: channels, threads and roles in cache (messages in uncached channels are dropped,
    // and /digest checks channel permissions). GuildMessages: MESSAGE_CREATE for mentions.
    // No privileged MessageContent: Discord sends the content of messages that mention the bot.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    // Nothing the bot sends may ping; every send also sets this explicitly (render.ts).
    allowedMentions: { parse: [], repliedUser: false },
    failIfNotExists: false,
    rest: config.discord.apiUrl ? { api: config.discord.apiUrl } : {},
    // In a shard process: only its shards' guilds reach it, so thread memory and cooldowns never mix with another shard's.
    ...(config.discord.shard ? { shards: config.discord.shard.ids, shardCount: config.discord.shard.count } : {}),
  });
  const context = { service, logger, cooldowns: new Cooldowns(config.discord.cooldownSeconds), memory: new ThreadMemory() };
  const running = new Set<Promise<void>>();
  inFlight.set(client, running);

  /** Every listener is async: track it, and log whatever escapes its own error handling. */
  function listen<E extends keyof ClientEvents>(event: E, handler: (...args: ClientEvents[E]) => Promise<void>): void {
    client.on(event, (...args: ClientEvents[E]) => {
      const task = handler(...args)
        .catch((error: unknown) => logger.error({ event, ...describeError(error) }, 'event handler failed'))
        .finally(() => running.delete(task));
      running.add(task);
    });
  }
  listen(Events.InteractionCreate, (interaction) => handleInteraction(interaction, context));
  listen(Events.MessageCreate, (message) => handleMention(message, context));

  client.once(Events.ClientReady, (ready) => {
    logger.info({ user: ready.user.tag, userId: ready.user.id, guilds: ready.guilds.cache.size }, 'connected to Discord');
  });
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ shardId, code: event.code }, 'gateway disconnected for good'));
  client.on(Events.ShardReconnecting, (shardId) => logger.info({ shardId }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ shardId, replayed }, 'gateway session resumed'));
  client.on(Events.Error, (error) => logger.error(describeError(error), 'client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord.js warning'));
  // The route is a template (`/webhooks/:id/:token`), never the URL, which holds interaction tokens.
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn(
      { route: info.route, method: info.method, retryAfterMs: info.retryAfter, global: info.global, scope: info.scope },
      'rate limited by Discord',
    ),
  );
  return client;
}

/** Lets running handlers finish (up to `graceMs`), then disconnects. */
export async function stopBot(client: Client, graceMs = 10_000): Promise<void> {
  const running = [...(inFlight.get(client) ?? [])];
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, graceMs);
  });
  await Promise.race([Promise.allSettled(running), grace]);
  clearTimeout(timer);
  await client.destroy();
}
