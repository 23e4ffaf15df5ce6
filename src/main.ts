import { stat } from 'node:fs/promises';
import { Events } from 'discord.js';
import { fileURLToPath } from 'node:url';
import { runCli } from './cli/run.js';
import { loadBotConfig, type BotConfig } from './config.js';
import { CorpusEditor } from './index/corpus-editor.js';
import { BotState } from './state/bot-state.js';
import type { Logger } from './logger.js';
import { isCitebotError } from './errors.js';
import { createLogger } from './logger.js';
import { createBot, stopBot } from './discord/bot.js';

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
    const state = BotState.open(config.stateDb);
    const corpus = await corpusEditor(config, logger, state);
    const client = createBot({ config, logger, service, state, corpus });
    // An article written just before the bot stopped mid-build is indexed now.
    client.once(Events.ClientReady, () => {
      corpus?.catchUp().catch((error: unknown) => logger.warn({ err: error }, 'catch-up build failed; the previous index keeps serving'));
    });
    let stopping = false;
    const shutdown = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'shutting down');
      stopBot(client).then(
        () => {
          state.close();
          process.exit(0);
        },
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

/** `/corpus` edits CORPUS_PATH when it is a folder; a single corpus file is left to the shell. */
async function corpusEditor(config: BotConfig, logger: Logger, state: BotState): Promise<CorpusEditor | undefined> {
  const isFolder = (await stat(config.corpusPath).catch(() => null))?.isDirectory() ?? false;
  if (!isFolder) return undefined;
  const { buildFromConfig } = await import('./index/from-config.js');
  // One embedder in-process: an added article is a handful of passages, not worth a worker pool.
  return new CorpusEditor(config.corpusPath, () => buildFromConfig(config, { poolSize: 1 }), { logger, marker: state.buildPending });
}

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
