import { buildIndex } from '../../src/index/build.js';
import { FakeEmbedder } from '../../src/testing/fake-embedder.js';

/** Builds (or updates) the index in `indexDir` from one corpus folder, with the fake embedder unless told. */
export function build(corpus: string, indexDir: string, embedder = new FakeEmbedder()) {
  return buildIndex({ corpusPaths: [corpus], indexDir, embedder });
}
