import { loadBotConfig, type BotConfig } from './config.js';
import { isCitebotError } from './errors.js';
import { createLogger } from './logger.js';
import { createBot, stopBot } from './discord/bot.js';

/**
 * Composition root of the Discord bot: config, logger, answer service, client, login.
 * Expected failures at boot (bad config, missing index) print their message and exit 1,
 * without a stack trace; anything else is a bug and is logged in full.
 */
async function main(): Promise<void> {
  let config: BotConfig;
  try {
    config = loadBotConfig();
  } catch (error) {
    return fail(error);
  }
  const logger = createLogger(config.logLevel);
  try {
    // Imported after the config is known good: loading the embedder stack takes a while,
    // and a typo in .env should be reported at once.
    const { createAnswerService } = await import('./answer/create.js');
    const service = await createAnswerService(config, logger);
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
    return fail(error);
  }
}

function fail(error: unknown): void {
  // Token-shaped strings never reach stderr here: CitebotError messages name keys, not values.
  console.error(isCitebotError(error) ? `citebot: ${error.userMessage}` : `citebot: failed to start (${String(error)})`);
  process.exitCode = 1;
}

await main();
