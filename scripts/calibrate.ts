/**
 * `npm run calibrate`: fits the abstention rule on labelled questions over the seed index and
 * writes src/retrieval/abstain-model.ts. Positives: eval/dev-reworded.jsonl answerable items.
 * Negatives: its out-of-corpus items plus RealTime QA's questions (news the corpus never covers).
 * The public question set is kept out, so its scores stay a held-out measure.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createAnswerService } from '../src/answer/create.js';
import { buildWithProgress } from '../src/cli/build.js';
import { runCli } from '../src/cli/run.js';
import { loadConfig } from '../src/config.js';
import { fitAbstainModel, type CalibrationSample } from '../src/eval/calibrate.js';
import { readQa } from '../src/eval/qa.js';
import { isAnswerableItem } from '../src/eval/score.js';
import { currentBuildId } from '../src/index/store.js';

runCli(async () => {
  const config = loadConfig();
  if (currentBuildId(config.indexDir) === null) await buildWithProgress(config);
  const { service, current } = createAnswerService(config);
  const dev = readQa(path.resolve('eval/dev-reworded.jsonl'));
  const offTopic = readQa(path.resolve('../shared/data/realtimeqa/realtimeqa-qa.jsonl'));
  const samples: CalibrationSample[] = [];
  for (const item of dev) samples.push({ features: (await service.analyse(item.question)).features, answerable: isAnswerableItem(item) });
  for (const item of offTopic) samples.push({ features: (await service.analyse(item.question)).features, answerable: false });
  const { manifest } = (await current()).index;
  const fittedOn = `${dev.length} dev questions + ${offTopic.length} RealTime QA questions as out-of-corpus, ${manifest.embedder.modelId}, ${new Date().toISOString().slice(0, 10)}`;
  const model = fitAbstainModel(samples, fittedOn);
  const file = path.resolve('src/retrieval/abstain-model.ts');
  writeFileSync(
    file,
    `import type { AbstainModel } from './abstain.js';\n\n/** Written by \`npm run calibrate\`; do not edit by hand. */\nexport const ABSTAIN_MODEL: AbstainModel = ${JSON.stringify(model, null, 2)};\n`,
  );
  process.stderr.write(`wrote ${path.relative(process.cwd(), file)}: ${JSON.stringify(model)}\n`);
});
