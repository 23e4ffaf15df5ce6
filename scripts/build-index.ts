/** `npm run index [-- --rebuild]`: cleans, chunks and embeds the corpus into the index. */
import { parseArgs } from 'node:util';
import { runCli } from '../src/cli/run.js';
import { loadConfig } from '../src/config.js';
import { buildFromConfig } from '../src/index/from-config.js';

runCli(async () => {
  const { values } = parseArgs({ options: { rebuild: { type: 'boolean', default: false } } });
  await buildFromConfig(loadConfig(), { rebuild: values.rebuild });
});
