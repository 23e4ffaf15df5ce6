import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/build.js';
import { cacheFileFor, embedWithCache, EmbeddingCache } from '../../src/index/embedding-cache.js';
import { readIndex } from '../../src/index/store.js';
import { FakeEmbedder } from '../../src/testing/fake-embedder.js';
import { ROOT } from '../support/paths.js';
import { seedCorpusCopy, tempDir } from '../support/temp.js';

/**
 * A builder: loads the compiled index code, says `ready`, and on `go` builds again and again, each
 * time after adding an article of new words, so every build embeds, appends to the cache, writes a
 * build folder and swaps CURRENT: a kill at any moment lands somewhere in that.
 */
const BUILDER = `
import { writeFileSync } from 'node:fs';
import path from 'node:path';
const { buildIndex } = await import(process.argv[2]);
const { FakeEmbedder } = await import(process.argv[3]);
const [corpus, indexDir] = process.argv.slice(4);
const words = () => Array.from({ length: 40 }, () => Math.random().toString(36).slice(2, 8)).join(' ');
process.stdout.write('ready\\n');
process.stdin.once('data', async () => {
  for (let i = 0; ; i++) {
    writeFileSync(path.join(corpus, 'extra-' + process.pid + '-' + i + '.txt'), words() + '.\\n\\n' + words() + '.\\n');
    await buildIndex({ corpusPaths: [corpus], indexDir, embedder: new FakeEmbedder(), batchSize: 1 });
    process.stdout.write('built\\n');
  }
});
`;

const dist = (file: string) => pathToFileURL(path.join(ROOT, 'dist', file)).href;

/** A builder process that has loaded its modules and waits for `go`. */
function startBuilder(script: string, corpus: string, indexDir: string) {
  const args = [script, dist('src/index/build.js'), dist('src/testing/fake-embedder.js'), corpus, indexDir];
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  const ready = new Promise<void>((resolve) =>
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.startsWith('ready')) resolve();
    }),
  );
  return { child: child as ChildProcess, ready, builds: () => output.split('built').length - 1 };
}

describe('a build killed at random points', () => {
  it('always leaves a readable index, and the next build completes with a cache of valid records', async () => {
    const dir = tempDir();
    const corpus = seedCorpusCopy();
    const indexDir = path.join(dir, 'index');
    const script = path.join(dir, 'builder.mjs');
    writeFileSync(script, BUILDER);
    await buildIndex({ corpusPaths: [corpus], indexDir, embedder: new FakeEmbedder() });
    const kills = 50;
    // Kills must also land after whole builds (in the CURRENT swap, the pruning of old builds): the
    // window widens on a slow machine until a build has completed within it.
    let span = 400;
    let completed = 0;
    // Two spare builders load while the current one builds, so loading (most of a builder's time) overlaps.
    const spares = [startBuilder(script, corpus, indexDir), startBuilder(script, corpus, indexDir)];
    for (let round = 0; round < kills; round++) {
      const current = spares.shift()!;
      await current.ready;
      if (round + spares.length + 1 < kills) spares.push(startBuilder(script, corpus, indexDir));
      const exited = new Promise((resolve) => current.child.once('exit', resolve));
      current.child.stdin!.write('go\n');
      await new Promise((resolve) => setTimeout(resolve, Math.random() * span));
      current.child.kill('SIGKILL');
      await exited;
      completed += current.builds();
      if (completed === 0) span = Math.min(span * 1.2, 3_000);
      expect(readIndex(indexDir).articles.length).toBeGreaterThanOrEqual(5);
      // The killed build's lock is abandoned, and is taken over after LOCK_STALE_MS (see lock.test.ts);
      // clearing it here lets the next builder start at once.
      rmSync(path.join(indexDir, '.build.lock'), { recursive: true, force: true });
    }
    for (const spare of spares) spare.child.kill('SIGKILL');
    expect(completed).toBeGreaterThan(0);

    const embedder = new FakeEmbedder();
    const result = await buildIndex({ corpusPaths: [corpus], indexDir, embedder });
    const index = readIndex(indexDir);
    expect(index.manifest.buildId).toBe(result.manifest.buildId);
    // Every record left in the cache passes its checks (open cuts nothing more) and holds its text's vector.
    const file = cacheFileFor(path.join(indexDir, 'cache'), await embedder.describe());
    const size = statSync(file).size;
    const texts = index.passages.map((p) => p.text);
    const reread = await embedWithCache(embedder, EmbeddingCache.open(file, embedder.dimensions), texts);
    expect(statSync(file).size).toBe(size);
    expect(reread.embedded).toBe(0);
    reread.vectors.forEach((v, i) => expect(v).toEqual(embedder.vector(texts[i]!)));
  });
});
