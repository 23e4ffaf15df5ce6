import { ReloadingIndexProvider } from '../../src/answer/index-provider.js';
import { LocalAnswerService } from '../../src/answer/local-service.js';
import { buildIndex } from '../../src/index/build.js';
import { ALWAYS_ANSWER } from '../../src/testing/always-answer.js';
import { FakeEmbedder } from '../../src/testing/fake-embedder.js';
import { tempDir } from './temp.js';

/** Builds (or updates) the index in `indexDir` from one corpus folder, with the fake embedder unless told. */
export function build(corpus: string, indexDir: string, embedder = new FakeEmbedder()) {
  return buildIndex({ corpusPaths: [corpus], indexDir, embedder });
}

/**
 * The real answer service over a fresh index of `corpus`, reloading the index as it is rebuilt.
 * Abstention is off so every question gets quotes to check; the embedder is returned for rebuilds.
 */
export async function localService(corpus: string) {
  const { indexDir, embedder, provider } = await builtProvider(corpus);
  return { corpus, indexDir, embedder, service: new LocalAnswerService(provider, { abstain: ALWAYS_ANSWER }) };
}

/** A fresh index of `corpus` (fake embedder) and the provider that serves it. */
export async function builtProvider(corpus: string) {
  const indexDir = tempDir();
  const embedder = new FakeEmbedder();
  await build(corpus, indexDir, embedder);
  const provider = new ReloadingIndexProvider({
    indexDir,
    wanted: { embedder: 'auto', transformersModel: '' },
    embedderFor: () => embedder,
  });
  return { indexDir, embedder, provider };
}
