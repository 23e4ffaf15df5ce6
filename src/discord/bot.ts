import { loadLanguageDetector } from '../text/language.js';
import { Client, Events, GatewayIntentBits, RESTEvents, type ClientEvents } from 'discord.js';
import type { AnswerService } from '../answer/service.js';
import type { BotConfig } from '../config.js';
import type { CorpusEditor } from '../index/corpus-editor.js';
import type { Logger } from '../logger.js';
import type { BotState } from '../state/bot-state.js';
import { Cooldowns } from './cooldowns.js';
import { describeError } from './errors.js';
import { handleInteraction } from './interactions.js';
import { handleNewThread } from './help-forum.js';
import { handleMention } from './mentions.js';
import { ThreadMemory } from './thread-memory.js';

/** What the bot needs; the service is injected so tests can run it against a fake. */
export interface BotOptions {
  config: BotConfig;
  logger: Logger;
  service: AnswerService;
  /** The bot's own records (SQLite); the caller opens and closes it. */
  state: BotState;
  /** Lets moderators add and remove articles; without it `/corpus` says it is not available. */
  corpus?: CorpusEditor | undefined;
}

/** Discord's CDN: `/corpus add` fetches attachments from nowhere else (plus DISCORD_API_URL's origin, for tests and proxies). */
const CDN_ORIGINS = ['https://cdn.discordapp.com', 'https://media.discordapp.net'];
const UPLOAD_TIMEOUT_MS = 15_000;
const DAY_MS = 86_400_000;

/** Handlers still running per client, so shutdown can let answers finish. */
const inFlight = new WeakMap<Client, Set<Promise<void>>>();
/** The daily pruning of the gap log, stopped with the client. */
const pruning = new WeakMap<Client, NodeJS.Timeout>();

/**
 * Builds the discord.js client with every handler attached; call `login` to connect. Commands
 * are not registered here (that is `npm run deploy-commands`), so restarts cost no API calls.
 */
export function createBot({ config, logger, service, state, corpus }: BotOptions): Client {
  const client = new Client({
    // Guilds: channels, threads and roles in cache (messages in uncached channels are dropped,
    // and /digest checks channel permissions). GuildMessages: MESSAGE_CREATE for mentions.
    // MessageContent (privileged) only when asked for: Discord sends the content of messages that
    // mention the bot without it; a text help channel needs it.
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      ...(config.discord.messageContent ? [GatewayIntentBits.MessageContent] : []),
    ],
    // Nothing the bot sends may ping; every send also sets this explicitly (render.ts).
    allowedMentions: { parse: [], repliedUser: false },
    failIfNotExists: false,
    rest: config.discord.apiUrl ? { api: config.discord.apiUrl } : {},
    // In a shard process: only its shards' guilds reach it, so thread memory and cooldowns never mix with another shard's.
    ...(config.discord.shard ? { shards: config.discord.shard.ids, shardCount: config.discord.shard.count } : {}),
  });
  // The language detector's n-gram tables take a moment to load: load them now, not on the
  // first member's question or refusal.
  loadLanguageDetector().catch((error: unknown) => logger.warn({ err: error }, 'language detector did not load'));
  const context = {
    service,
    logger,
    state,
    corpus,
    cooldowns: new Cooldowns(config.discord.cooldownSeconds),
    memory: new ThreadMemory(),
    settings: {
      cooldownSeconds: config.discord.cooldownSeconds,
      gapRetentionDays: config.gapRetentionDays,
      uploadMaxBytes: config.uploadMaxBytes,
      attachmentOrigins: [...CDN_ORIGINS, ...(config.discord.apiUrl ? [new URL(config.discord.apiUrl).origin] : [])],
      uploadTimeoutMs: UPLOAD_TIMEOUT_MS,
    },
  };
  // Declined questions are kept for the retention period only: pruned now and once a day.
  const prune = () => {
    const removed = state.gaps.prune(config.gapRetentionDays);
    if (removed > 0) logger.info({ removed, retentionDays: config.gapRetentionDays }, 'pruned old declined questions');
  };
  prune();
  pruning.set(client, setInterval(prune, DAY_MS).unref());
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
  listen(Events.ThreadCreate, (thread, newlyCreated) => handleNewThread(thread, newlyCreated, context));

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
  clearInterval(pruning.get(client));
  await client.destroy();
}
