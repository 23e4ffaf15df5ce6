import type { Config } from '../config.js';
import { createEmbedder } from '../embed/factory.js';
import { EmbedderPool, defaultPoolSize } from '../embed/pool.js';
import type { Embedder } from '../embed/types.js';
import { embeddingProgress } from '../cli/progress.js';
import { buildIndex, type BuildResult } from './build.js';

/**
 * Builds (or refreshes) the index that `config` describes, with progress and warnings on
 * stderr. Used by `npm run index` and by `ask` when no index exists yet.
 */
export async function buildFromConfig(config: Config, options: { rebuild?: boolean; corpusPaths?: string[]; indexDir?: string; cacheDir?: string } = {}): Promise<BuildResult> {
  const note = (line: string) => process.stderr.write(`${line}\n`);
  const progress = embeddingProgress();
  // Resolve the model first (auto may fall back), then embed in bulk on every core.
  const chosen = createEmbedder(config, note);
  const info = await chosen.describe();
  const pool: (Embedder & { close(): Promise<void> }) | null =
    defaultPoolSize() > 1 && info.backend !== 'fake' ? new EmbedderPool(info, config, defaultPoolSize()) : null;
  try {
    const result = await buildIndex({
      corpusPaths: options.corpusPaths ?? [config.corpusPath],
      indexDir: options.indexDir ?? config.indexDir,
      embedder: pool ?? chosen,
      force: options.rebuild,
      cacheDir: options.cacheDir,
      batchSize: pool ? 32 * defaultPoolSize() : undefined,
      onProgress: (_stage, done, total) => progress.update(done, total),
    });
    progress.stop();
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
  } finally {
    progress.stop();
    await pool?.close();
  }
}
