/**
 * `npm run calibrate [-- --negatives FILE]`: fits the abstention rule on labelled questions over
 * the seed index and writes src/retrieval/abstain-model.ts. Positives: eval/dev-reworded.jsonl
 * answerable items. Negatives: its out-of-corpus items plus RealTime QA's questions (news the
 * corpus never covers) from --negatives FILE or DATA_DIR; without them the fit says so on stderr
 * and uses the dev negatives alone. The public question set is kept out, so its scores stay a
 * held-out measure.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ReloadingIndexProvider } from '../src/answer/index-provider.js';
import { LocalAnswerService } from '../src/answer/local-service.js';
import { runCli } from '../src/cli/run.js';
import { loadConfig } from '../src/config.js';
import { createEmbedderFor } from '../src/embed/factory.js';
import { fitAbstainModel, type CalibrationSample } from '../src/eval/calibrate.js';
import { locateDataSet } from '../src/eval/data-sets.js';
import { readQa } from '../src/eval/qa.js';
import { isAnswerableItem } from '../src/eval/score.js';
import { buildFromConfig } from '../src/index/from-config.js';
import { currentBuildId } from '../src/index/store.js';

runCli(async () => {
  let values: { negatives?: string };
  try {
    ({ values } = parseArgs({ options: { negatives: { type: 'string' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nUsage: npm run calibrate [-- --negatives FILE]\n`);
    return 2;
  }
  const config = loadConfig();
  const negatives = locateDataSet('realtimeqaQuestions', { dataDir: config.dataDir, explicitFile: values.negatives, flag: '--negatives FILE' });
  if (!negatives.found) process.stderr.write(`calibrate: NOT using RealTime QA negatives. ${negatives.reason}\n`);
  if (currentBuildId(config.indexDir) === null) await buildFromConfig(config);
  const provider = new ReloadingIndexProvider({
    indexDir: config.indexDir,
    wanted: { embedder: config.embedder, transformersModel: config.transformersModel },
    embedderFor: (info) => createEmbedderFor(info, config),
  });
  const service = new LocalAnswerService(provider);
  const dev = readQa(path.resolve('eval/dev-reworded.jsonl'));
  const offTopic = negatives.found ? readQa(negatives.file) : [];
  const samples: CalibrationSample[] = [];
  for (const item of dev) samples.push({ features: (await service.analyse(item.question)).features, answerable: isAnswerableItem(item) });
  for (const item of offTopic) samples.push({ features: (await service.analyse(item.question)).features, answerable: false });
  const { manifest } = (await provider.current()).index.data;
  const fittedOn = `${dev.length} dev questions + ${offTopic.length} RealTime QA questions as out-of-corpus, ${manifest.embedder.modelId}, ${new Date().toISOString().slice(0, 10)}`;
  const model = fitAbstainModel(samples, fittedOn);
  const file = path.resolve('src/retrieval/abstain-model.ts');
  writeFileSync(
    file,
    `import type { AbstainModel } from './abstain.js';\n\n/** Written by \`npm run calibrate\`; do not edit by hand. */\nexport const ABSTAIN_MODEL: AbstainModel = ${JSON.stringify(model, null, 2)};\n`,
  );
  process.stderr.write(`wrote ${path.relative(process.cwd(), file)}: ${JSON.stringify(model)}\n`);
});
