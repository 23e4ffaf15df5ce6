import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { currentBuildId, readIndex } from '../../src/index/store.js';
import { build } from '../support/built-index.js';
import { seedCorpusCopy, tempDir } from '../support/temp.js';

/** A built seed index and the folder of its current build. */
async function built(): Promise<{ indexDir: string; dir: string }> {
  const indexDir = path.join(tempDir(), 'index');
  await build(seedCorpusCopy(), indexDir);
  return { indexDir, dir: path.join(indexDir, 'builds', currentBuildId(indexDir)!) };
}

/**
 * Capitalises an `e` past the middle of a file (same size; inside a word, so JSON stays well formed). `keepTimes` puts its times
 * back to the nanosecond (touch -r, as Node's utimes keeps microseconds at best); otherwise its
 * time is moved 10 s on, which a write on a filesystem with coarse times might not show.
 */
function flipByte(file: string, keepTimes: boolean): void {
  const reference = path.join(tempDir(), 'times');
  writeFileSync(reference, '');
  execFileSync('touch', ['-r', file, reference]);
  const data = readFileSync(file);
  const at = data.indexOf('e', Math.floor(data.length / 2));
  data[at] = 'E'.charCodeAt(0);
  writeFileSync(file, data);
  if (keepTimes) execFileSync('touch', ['-r', reference, file]);
  else execFileSync('touch', ['-d', new Date(statSync(reference).mtimeMs + 10_000).toISOString(), file]);
}

const isAltered = (name: string) =>
  expect.objectContaining({ code: 'INDEX_CORRUPT', message: expect.stringContaining(`${name} is truncated or altered`) });

describe('verifying an index on load', () => {
  it('records the size, hash and modification time of every file it writes', async () => {
    const { dir } = await built();
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { files: Record<string, unknown> };
    expect(Object.keys(manifest.files).sort()).toEqual(['lexical.json', 'passages.json', 'vectors.f32', 'vectors.hnsw']);
    for (const [name, record] of Object.entries(manifest.files)) {
      expect(record).toEqual({
        bytes: statSync(path.join(dir, name)).size,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        mtimeNs: statSync(path.join(dir, name), { bigint: true }).mtimeNs.toString(),
      });
    }
  });

  it('refuses a file altered in place without a change of size once its modification time changed', async () => {
    const { indexDir, dir } = await built();
    flipByte(path.join(dir, 'lexical.json'), false);
    expect(() => readIndex(indexDir)).toThrow(isAltered('lexical.json'));
  });

  it('hashes a copied index whose times changed: an intact copy loads, an altered one is refused', async () => {
    const { indexDir } = await built();
    const copy = path.join(tempDir(), 'index');
    cpSync(indexDir, copy, { recursive: true, preserveTimestamps: false });
    expect(readIndex(copy).articles).toHaveLength(5);
    flipByte(path.join(copy, 'builds', currentBuildId(copy)!, 'lexical.json'), true);
    expect(() => readIndex(copy)).toThrow(isAltered('lexical.json'));
  });

  it('trusts a file whose size and time are as built without hashing it, and hashes builds that recorded no time', async () => {
    const { indexDir, dir } = await built();
    flipByte(path.join(dir, 'passages.json'), true);
    // The cheap path: size and time as written, so the bytes are not read for a hash.
    expect(readIndex(indexDir).articles).toHaveLength(5);
    const file = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { files: Record<string, { mtimeNs?: string }> };
    for (const record of Object.values(manifest.files)) delete record.mtimeNs;
    writeFileSync(file, JSON.stringify(manifest));
    expect(() => readIndex(indexDir)).toThrow(isAltered('passages.json'));
  });
});
