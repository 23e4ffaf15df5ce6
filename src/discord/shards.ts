import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import type { BotConfig } from '../config.js';
import type { Logger } from '../logger.js';

/**
 * How many shards to run: the number asked for, or with `SHARDS=auto` what Discord recommends
 * (`GET /gateway/bot`, through DISCORD_API_URL when it is set, unlike discord.js's own helper).
 */
export async function shardCount(config: BotConfig): Promise<number> {
  const wanted = config.discord.shards;
  if (typeof wanted === 'number') return wanted;
  const rest = new REST(config.discord.apiUrl ? { api: config.discord.apiUrl } : {}).setToken(config.discord.token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return gateway.shards;
}

/**
 * `npm start` with SHARDS set: discord.js's ShardingManager runs `file` (the bot's entry point)
 * once per shard, each a process of its own with its own answer service, thread memory and
 * cooldowns; with SEARCH_BACKEND=postgres they all answer from the same database. A shard that
 * dies is restarted. Resolves with a function that stops every shard.
 */
export async function runShards(config: BotConfig, logger: Logger, file: string): Promise<() => Promise<void>> {
  const totalShards = await shardCount(config);
  const manager = new ShardingManager(file, {
    token: config.discord.token,
    totalShards,
    mode: 'process',
    respawn: true,
    execArgv: process.execArgv,
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shardId: shard.id, totalShards }, 'shard started');
    shard.on('death', () => logger.warn({ shardId: shard.id }, 'shard process exited'));
  });
  logger.info({ totalShards }, 'starting shards');
  await manager.spawn({ amount: totalShards, timeout: 120_000 });
  return async () => {
    manager.respawn = false;
    await Promise.all(
      [...manager.shards.values()].map(
        (shard) =>
          new Promise<void>((resolve) => {
            const child = shard.process;
            if (!child || child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM'); // Each shard lets its answers finish, then disconnects (src/main.ts).
          }),
      ),
    );
  };
}
