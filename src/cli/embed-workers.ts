import { spawn, type ChildProcess } from 'node:child_process';
import type { Config } from '../config.js';
import { createEmbedderFor } from '../embed/factory.js';
import { EmbedderPool } from '../embed/pool.js';
import { CitebotError } from '../errors.js';
import { embedPending } from '../index/postgres/claims.js';
import { openDatabase, reaching } from '../index/postgres/database.js';
import { readSchema } from '../index/postgres/schema.js';

/**
 * `npm run index -- --embed-worker`: claims batches of passages that have no vector yet in the
 * search database, embeds them with the model the tables were made for and writes the vectors
 * back, until nothing is left to claim. Run it on other machines to share a build's embedding.
 * Returns how many passages it embedded.
 */
export async function runEmbedWorker(config: Config, options: { poolSize?: number } = {}): Promise<number> {
  if (config.search.backend !== 'postgres') {
    throw new CitebotError('CONFIG_INVALID', 'An embedding worker needs SEARCH_BACKEND=postgres and DATABASE_URL.', {
      hint: 'Set both in .env (the same as the build it helps).',
    });
  }
  const db = openDatabase(config.search.databaseUrl, { max: 1 });
  try {
    const schema = await reaching(db, () => readSchema(db));
    if (schema === null) {
      throw new CitebotError('INDEX_MISSING', `The search database at DATABASE_URL (${db.where}) has no citebot tables yet.`, {
        hint: 'Start a build with `npm run index`; workers help it once it is embedding.',
      });
    }
    const poolSize = options.poolSize ?? 1;
    const single = createEmbedderFor(schema.embedder, config);
    const embedder = poolSize > 1 ? new EmbedderPool(schema.embedder, config, poolSize) : single;
    try {
      return await reaching(db, () => embedPending(db, embedder, { batchSize: 32 * poolSize }));
    } finally {
      if (embedder instanceof EmbedderPool) await embedder.close();
    }
  } finally {
    await db.close();
  }
}

/**
 * Starts `count` worker processes of the running script (`--embed-worker`), each embedding with
 * `poolSize` model copies; `stop` waits for them to finish (they end when nothing is left to
 * claim) and ends any that outlive the build.
 */
export function spawnEmbedWorkers(count: number, poolSize: number, onNote: (line: string) => void): () => { stop(): Promise<void> } {
  return () => {
    const children: ChildProcess[] = [];
    for (let i = 0; i < count; i++) {
      const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--embed-worker', '--pool', String(poolSize)], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      child.on('error', (error) => onNote(`embedding worker could not start: ${error.message}`));
      children.push(child);
    }
    return {
      stop: async () => {
        await Promise.all(
          children.map(
            (child) =>
              new Promise<void>((resolve) => {
                if (child.exitCode !== null || child.signalCode !== null) return resolve();
                const timer = setTimeout(() => child.kill('SIGTERM'), 10_000);
                child.once('exit', () => {
                  clearTimeout(timer);
                  resolve();
                });
              }),
          ),
        );
      },
    };
  };
}
