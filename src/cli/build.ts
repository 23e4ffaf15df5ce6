import type { Config } from '../config.js';
import { buildFromConfig, type BuildFromConfigOptions } from '../index/from-config.js';
import type { BuildResult } from '../index/build.js';
import { showInvisible } from '../text/visible.js';
import { embeddingProgress } from './progress.js';

/**
 * Builds the index for a command-line tool (`npm run index`, and `ask`, `eval`, `calibrate`
 * when there is no index yet): progress, skipped files and a summary line on stderr, so
 * stdout keeps only the tool's own output.
 */
export async function buildWithProgress(
  config: Config,
  options: Omit<BuildFromConfigOptions, 'onProgress' | 'onNote'> = {},
): Promise<BuildResult> {
  // Notes name corpus files and quote their problems: a file name can hold a terminal escape.
  const note = (line: string) => process.stderr.write(`${showInvisible(line)}\n`);
  const progress = embeddingProgress();
  let result: BuildResult;
  try {
    result = await buildFromConfig(config, { ...options, onProgress: progress.update, onNote: note });
  } finally {
    progress.stop();
  }
  // Large corpora can carry hundreds of duplicates: name the first few, count the rest.
  for (const w of result.warnings.slice(0, 10)) note(`skipped ${w.file}: ${w.reason}`);
  if (result.warnings.length > 10) note(`… and ${result.warnings.length - 10} more skipped`);
  const m = result.manifest;
  note(
    result.upToDate
      ? `index is up to date: ${m.counts.articles} articles, ${m.counts.passages} passages (${m.embedder.modelId})`
      : `index built: ${m.counts.articles} articles, ${m.counts.passages} passages, ${result.embedded} newly embedded with ${m.embedder.modelId}`,
  );
  return result;
}
