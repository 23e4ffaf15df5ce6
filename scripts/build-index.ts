/**
 * `npm run index [-- --rebuild] [--workers N]`: cleans, chunks and embeds the corpus into the index.
 * With SEARCH_BACKEND=postgres, `--workers N` embeds in N processes that claim batches from the
 * database, and `--embed-worker [--pool N]` runs one such worker alone (e.g. on another machine).
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { buildWithProgress } from '../src/cli/build.js';
import { runEmbedWorker, spawnEmbedWorkers } from '../src/cli/embed-workers.js';
import { runCli } from '../src/cli/run.js';
import { loadConfig } from '../src/config.js';
import { CitebotError } from '../src/errors.js';

const count = (name: string, value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,2}$/u.test(value)) throw new CitebotError('OPTION_INVALID', `--${name} must be a whole number from 1 to 999.`);
  return Number(value);
};

runCli(async () => {
  const { values } = parseArgs({
    options: {
      rebuild: { type: 'boolean', default: false },
      workers: { type: 'string' },
      'embed-worker': { type: 'boolean', default: false },
      pool: { type: 'string' },
    },
  });
  const config = loadConfig();
  if (values['embed-worker']) {
    const embedded = await runEmbedWorker(config, { poolSize: count('pool', values.pool) ?? availableParallelism() });
    process.stderr.write(`embedding worker done: ${embedded} passages embedded\n`);
    return;
  }
  const workers = count('workers', values.workers) ?? 1;
  if (workers > 1 && config.search.backend !== 'postgres') {
    throw new CitebotError('OPTION_INVALID', '--workers needs SEARCH_BACKEND=postgres: the workers share the build through the database.', {
      hint: 'Without it, a build already embeds on every core.',
    });
  }
  // The cores are shared: this process and its workers embed with an equal part of them each.
  const poolSize = Math.max(1, Math.floor(availableParallelism() / workers));
  const note = (line: string) => process.stderr.write(`${line}\n`);
  await buildWithProgress(config, {
    rebuild: values.rebuild,
    poolSize: workers > 1 ? poolSize : undefined,
    startHelpers: workers > 1 ? spawnEmbedWorkers(workers - 1, poolSize, note) : undefined,
  });
});
