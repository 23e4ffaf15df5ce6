/**
 * `npm run eval -- --qa FILE [--extra-corpus FILE.jsonl ...] [--mode hybrid|dense|bm25|all] [--in-english] [--json]`
 * `npm run eval -- --export-downvotes FILE`: writes the answers members rated 👎 in Discord
 * (from the bot's STATE_DB) as labelled JSON Lines, for the tuning sets.
 * Scores retrieval on labelled questions. `--in-english` asks each question's `english` form
 * instead (the multilingual sets carry one), to compare a language with English on the same
 * items. With extra corpora, the index is built in its own
 * folder under data/eval-index (embeddings cached there), so the bot's index is untouched.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createAnswerService } from '../src/answer/create.js';
import { buildWithProgress } from '../src/cli/build.js';
import { runCli } from '../src/cli/run.js';
import { loadConfig } from '../src/config.js';
import { exportDownvotes } from '../src/eval/downvotes.js';
import { readQa } from '../src/eval/qa.js';
import { BotState } from '../src/state/bot-state.js';
import { evaluate, formatTable, type ModeReport } from '../src/eval/run.js';
import { currentBuildId } from '../src/index/store.js';
import { DEFAULT_RETRIEVAL, type RetrievalMode } from '../src/retrieval/retriever.js';

runCli(async () => {
  const { values } = parseArgs({
    options: {
      qa: { type: 'string', multiple: true },
      'extra-corpus': { type: 'string', multiple: true, default: [] },
      mode: { type: 'string', default: 'all' },
      json: { type: 'boolean', default: false },
      'no-seed': { type: 'boolean', default: false },
      'in-english': { type: 'boolean', default: false },
      'export-downvotes': { type: 'string' },
    },
  });
  if (values['export-downvotes'] !== undefined) {
    const config = loadConfig();
    const state = BotState.open(config.stateDb);
    try {
      const count = exportDownvotes(state, path.resolve(values['export-downvotes']));
      process.stdout.write(`Wrote ${count} 👎-rated answer(s) from ${config.stateDb} to ${values['export-downvotes']}.\n`);
    } finally {
      state.close();
    }
    return 0;
  }
  if (!values.qa?.length) {
    process.stderr.write(
      'Usage: npm run eval -- --qa FILE [--extra-corpus FILE.jsonl ...] [--mode hybrid|dense|bm25|all] [--in-english] [--json]\n' +
        '       npm run eval -- --export-downvotes FILE\n',
    );
    return 2;
  }
  const modes: RetrievalMode[] = values.mode === 'all' ? ['hybrid', 'dense', 'bm25'] : [values.mode as RetrievalMode];
  if (!modes.every((m) => ['hybrid', 'dense', 'bm25'].includes(m))) {
    process.stderr.write(`Unknown --mode ${values.mode}; use hybrid, dense, bm25 or all.\n`);
    return 2;
  }
  const config = loadConfig();
  // A distractor set that is not on this machine is skipped with a message, as the bench does:
  // data sets are optional, and the scores say which corpora they came from.
  const extras = values['extra-corpus']
    .map((p) => path.resolve(p))
    .filter((p) => {
      if (existsSync(p)) return true;
      process.stderr.write(`[eval] extra corpus ${p} not found: skipped, scoring without it\n`);
      return false;
    });
  const corpusPaths = [...(values['no-seed'] ? [] : [config.corpusPath]), ...extras];
  const indexDir =
    extras.length === 0 && !values['no-seed']
      ? config.indexDir
      : path.resolve('data/eval-index', createHash('sha256').update(corpusPaths.join('\n')).digest('hex').slice(0, 12));
  // The search database holds one corpus at a time: bring it to this one (quick when it already is).
  if (config.search.backend === 'postgres' || indexDir !== config.indexDir || currentBuildId(indexDir) === null)
    await buildWithProgress(config, { corpusPaths, indexDir, cacheDir: path.resolve('data/eval-index/cache') });

  const read = values.qa.flatMap((file) => readQa(path.resolve(file)));
  const items = values['in-english'] ? read.map((i) => (i.kind === 'evidence' && i.english ? { ...i, question: i.english } : i)) : read;
  const reports: ModeReport[] = [];
  for (const mode of modes) {
    reports.push(await evaluate(mode, createAnswerService(config, { indexDir, retrieval: { mode } }).service, items));
  }
  for (const r of reports) {
    if (r.misses.length === 0) continue;
    process.stderr.write(`\nmisses (${r.mode}):\n`);
    for (const m of r.misses) process.stderr.write(`  ${m.id}  ${m.why}: ${m.question}\n      top: ${m.top ?? '-'}\n`);
  }
  process.stdout.write(`\n${formatTable(reports)}\n`);
  const main = reports.find((r) => r.mode === DEFAULT_RETRIEVAL.mode) ?? reports[0]!;
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ ...main.metrics, mode: main.mode, modes: Object.fromEntries(reports.map((r) => [r.mode, r.metrics])) })}\n`,
    );
  }
});
