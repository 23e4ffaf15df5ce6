/** `npm run ask -- "question" [--json] [-k N]`: answers from the corpus, building the index first if there is none. */
import { createAnswerService } from '../src/answer/create.js';
import { parseAskArgs } from '../src/cli/args.js';
import { formatAnswerJson, formatAnswerText } from '../src/cli/format.js';
import { buildWithProgress } from '../src/cli/build.js';
import { runCli } from '../src/cli/run.js';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';

runCli(async () => {
  const args = parseAskArgs(process.argv.slice(2));
  if ('error' in args) {
    process.stderr.write(`citebot: ${args.error}\nUsage: npm run ask -- "your question" [--json] [-k N] [--rebuild]\n`);
    return 2;
  }
  const config = loadConfig();
  const { service, check } = createAnswerService(config, { logger: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel) });
  if (args.rebuild || !(await check())) await buildWithProgress(config, { rebuild: args.rebuild });
  const answer = await service.ask(args.question, { k: args.k ?? config.topK });
  // Bold only where a person reads it: a terminal, unless NO_COLOR says otherwise.
  const bold = process.stdout.isTTY === true && !config.noColor;
  process.stdout.write(`${args.json ? formatAnswerJson(answer) : formatAnswerText(answer, { bold })}\n`);
});
