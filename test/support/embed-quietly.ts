/**
 * Run as a child process by test/embed/stdout.test.ts: loads each embedder for real and embeds
 * a text. Its stdout must stay empty, since the CLI prints answers there; results go to stderr.
 * Usage: embed-quietly.ts <modelsDir> <transformersModelId>
 */
import { createEmbedder } from '../../src/embed/factory.js';

const [modelsDir, modelId] = process.argv.slice(2);
if (!modelsDir || !modelId) throw new Error('usage: embed-quietly.ts <modelsDir> <transformersModelId>');

const base = { transformersModel: modelId, modelsDir, allowRemoteModels: false };
const log = (line: string) => process.stderr.write(`${line}\n`);
for (const config of [
  { ...base, embedder: 'use-lite' as const },
  { ...base, embedder: 'transformers' as const },
  // A missing model: transformers.js fails, then USE-Lite takes over.
  { ...base, embedder: 'auto' as const, transformersModel: 'citebot-test/missing' },
]) {
  const embedder = createEmbedder(config, log);
  const info = await embedder.describe();
  const [vector] = await embedder.embed(['Mexico asked Venezuela for talks.']);
  process.stderr.write(`${info.backend} ${info.modelId} ${info.dimensions} ${vector?.length}\n`);
}
