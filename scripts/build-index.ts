/** `npm run index [-- --rebuild]`: cleans, chunks and embeds the corpus into the index. */
import { parseArgs } from 'node:util';
import { buildWithProgress } from '../src/cli/build.js';
import { runCli } from '../src/cli/run.js';
import { loadConfig } from '../src/config.js';

runCli(async () => {
  const { values } = parseArgs({ options: { rebuild: { type: 'boolean', default: false } } });
  await buildWithProgress(loadConfig(), { rebuild: values.rebuild });
});
