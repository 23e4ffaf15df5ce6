/**
 * `npm run calibrate -- [--extra-corpus FILE.jsonl ...] [--negatives FILE.jsonl]`
 * Fits the passage ranker and then the abstention rule on the TUNING halves of the project's
 * question sets, and writes src/retrieval/ranker-model.ts and src/retrieval/abstain-model.ts.
 * Over the seed index: eval/dev-reworded, casual-tune and near-topic-tune. With extra corpora
 * (e.g. the BBC articles), the same questions plus eval/bbc-tune are asked again over the
 * seed + extra index, so abstention is also fitted where distractors live. `--negatives` (or
 * RealTime QA's questions under DATA_DIR) adds out-of-corpus questions. Test halves are never
 * read here.
 */
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { createAnswerService } from '../src/answer/create.js';
import type { LocalAnswerService } from '../src/answer/local-service.js';
import { buildWithProgress } from '../src/cli/build.js';
import { runCli } from '../src/cli/run.js';
import { loadConfig } from '../src/config.js';
import { fitAbstainModel, fitRanker, type CalibrationSample, type RankSample } from '../src/eval/calibrate.js';
import { locateDataSet } from '../src/eval/data-sets.js';
import { readQa, type QaItem } from '../src/eval/qa.js';
import { isAnswerableItem, normalizeForMatch } from '../src/eval/score.js';
import { currentBuildId } from '../src/index/store.js';
import { rankFeatures } from '../src/retrieval/rerank.js';

const SEED_SETS = ['eval/dev-reworded.jsonl', 'eval/casual-tune.jsonl', 'eval/near-topic-tune.jsonl'];
const EXTRA_SETS = [...SEED_SETS, 'eval/bbc-tune.jsonl'];

runCli(async () => {
  const { values } = parseArgs({
    options: { 'extra-corpus': { type: 'string', multiple: true, default: [] }, negatives: { type: 'string' } },
  });
  const config = loadConfig();
  const located = locateDataSet('realtimeqaQuestions', {
    dataDir: config.dataDir,
    explicitFile: values.negatives,
    flag: '--negatives FILE',
  });
  if (!located.found) process.stderr.write(`calibrate: no out-of-corpus negatives. ${located.reason}\n`);
  const extras = values['extra-corpus']
    .map((p) => path.resolve(p))
    .filter((p) => existsSync(p) || (process.stderr.write(`skipping --extra-corpus ${p}: no such file\n`), false));
  const negatives = (located.found ? readQa(located.file) : []).map((item): QaItem => ({
    kind: 'evidence',
    id: item.id,
    question: item.question,
    evidence: [],
    answerable: false,
  }));
  const corpora: { indexDir: string; sets: string[] }[] = [{ indexDir: config.indexDir, sets: SEED_SETS }];
  if (extras.length > 0) {
    const paths = [config.corpusPath, ...extras];
    corpora.push({
      indexDir: path.resolve('data/eval-index', createHash('sha256').update(paths.join('\n')).digest('hex').slice(0, 12)),
      sets: EXTRA_SETS,
    });
  }
  const services: { indexDir: string; service: LocalAnswerService; items: QaItem[] }[] = [];
  for (const [i, { indexDir, sets }] of corpora.entries()) {
    const corpusPaths = i === 0 ? [config.corpusPath] : [config.corpusPath, ...extras];
    if (currentBuildId(indexDir) === null)
      await buildWithProgress(config, { corpusPaths, indexDir, cacheDir: path.resolve('data/eval-index/cache') });
    services.push({
      indexDir,
      service: createAnswerService(config, { indexDir }).service,
      items: [...sets.flatMap((s) => readQa(path.resolve(s))), ...(i === 0 ? negatives : [])],
    });
  }

  // 1. The ranker, on every candidate of every answerable tuning question.
  const rankSamples: RankSample[] = [];
  for (const [i, { service, items }] of services.entries()) {
    for (const item of items.filter((it) => it.kind === 'evidence' && it.answerable)) {
      const { candidates } = await service.analyse(item.question);
      const features = rankFeatures(candidates);
      const evidence = item.kind === 'evidence' ? item.evidence.map(normalizeForMatch) : [];
      candidates.forEach((c, j) => {
        const text = normalizeForMatch(c.retrieved.passage.text);
        rankSamples.push({ features: features[j]!, relevant: evidence.some((e) => text.includes(e)), question: `${i}:${item.id}` });
      });
    }
  }
  const date = new Date().toISOString().slice(0, 10);
  const ranker = fitRanker(rankSamples, `${rankSamples.length} candidates of the tuning questions (${corpora.length} corpora), ${date}`);
  await write('ranker-model.ts', 'RankerModel', 'rerank.js', 'RANKER_MODEL', ranker);

  // 2. Abstention, with questions ranked by the fitted ranker.
  const samples: CalibrationSample[] = [];
  for (const { indexDir, items } of services) {
    const ranked = createAnswerService(config, { indexDir, ranker }).service;
    for (const item of items)
      samples.push({ features: (await ranked.analyse(item.question)).features, answerable: isAnswerableItem(item) });
  }
  const counts = `${samples.filter((s) => s.answerable).length} answerable + ${samples.filter((s) => !s.answerable).length} unanswerable tuning questions`;
  write(
    'abstain-model.ts',
    'AbstainModel',
    'abstain.js',
    'ABSTAIN_MODEL',
    fitAbstainModel(samples, `${counts} (${corpora.length} corpora), ${date}`),
  );
});

/** Writes a fitted model as a TypeScript module, formatted as the rest of the tree (prettier). */
async function write(file: string, type: string, from: string, name: string, value: unknown): Promise<void> {
  const target = path.resolve('src/retrieval', file);
  const source = `import type { ${type} } from './${from}';\n\n/** Written by \`npm run calibrate\`; do not edit by hand. */\nexport const ${name}: ${type} = ${JSON.stringify(value, null, 2)};\n`;
  const options = (await resolveConfig(target)) ?? {};
  writeFileSync(target, await format(source, { ...options, filepath: target }));
  process.stderr.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}
