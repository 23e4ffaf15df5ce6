import { fileURLToPath } from 'node:url';
import { runCli } from './cli/run.js';
import { loadBotConfig } from './config.js';
import { isCitebotError } from './errors.js';
import { createLogger } from './logger.js';
import { createBot, stopBot } from './discord/bot.js';
import type { BotConfig } from './config.js';
import type { Logger } from './logger.js';

/**
 * Composition root of the Discord bot: config, logger, answer service, client, login.
 * Expected failures at boot (bad config, missing index) print their message and exit 1
 * through {@link runCli}, without a stack trace; anything else is a bug and is also logged.
 * Token-shaped strings never reach stderr: CitebotError messages name keys, not values.
 */
runCli(async () => {
  const config = loadBotConfig();
  const logger = createLogger(config.logLevel);
  if (config.discord.shards !== undefined) return runShardManager(config, logger);
  try {
    // Imported after the config is known good: loading the embedder stack takes a while,
    // and a typo in .env should be reported at once.
    const { createAnswerService } = await import('./answer/create.js');
    const { service, check } = createAnswerService(config, { logger });
    await check(); // With SEARCH_BACKEND=postgres an unreachable database is reported now, naming DATABASE_URL; no build is reported per question.
    const client = createBot({ config, logger, service });
    let stopping = false;
    const shutdown = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      stopBot(client).then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
    await client.login(config.discord.token);
  } catch (error) {
    if (!isCitebotError(error)) logger.fatal({ err: error }, 'bot failed to start');
    throw error;
  }
});

/**
 * SHARDS set: this process only supervises. discord.js's ShardingManager starts this same file
 * once per shard (each then runs the bot above, for its shards' guilds) and restarts one that
 * dies; SIGINT or SIGTERM stops them all, each letting its answers finish.
 */
async function runShardManager(config: BotConfig, logger: Logger): Promise<void> {
  const { runShards } = await import('./discord/shards.js');
  const stop = await runShards(config, logger, fileURLToPath(import.meta.url));
  await new Promise<void>((resolve) => {
    const shutdown = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'stopping shards');
      stop().then(resolve, resolve);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}
