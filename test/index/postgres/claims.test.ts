import { spawn } from 'node:child_process';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildIntoDatabase } from '../../../src/index/postgres/build.js';
import { claimBatch, embedPending, pendingCount, storeVectors } from '../../../src/index/postgres/claims.js';
import { readDatabaseIndex } from '../../../src/index/postgres/read.js';
import { FakeEmbedder } from '../../../src/testing/fake-embedder.js';
import { SEED_CORPUS } from '../../support/paths.js';
import { HAVE_PGLITE, usePostgres } from '../../support/postgres.js';

const pg = usePostgres();
const key = (c: { articleKey: string; ordinal: number }) => `${c.articleKey}:${c.ordinal}`;

/** A built seed corpus whose vectors are then all cleared, as in a build waiting for its embedding workers. Returns the passage count. */
async function allPending(): Promise<number> {
  const { manifest } = await buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder: new FakeEmbedder() });
  await pg.db.pool.query('UPDATE citebot_passages SET embedding = NULL');
  return manifest.counts.passages;
}

describe.skipIf(!HAVE_PGLITE)('embedding claims', () => {
  beforeEach(() => pg.reset());

  it('never hands the same passage to two workers, and hands out an expired claim again', async () => {
    const total = await allPending();
    const first = (await claimBatch(pg.db, 10, 300)).map(key);
    const second = (await claimBatch(pg.db, 10, 60_000)).map(key);
    expect(first).toHaveLength(10);
    expect(second).toHaveLength(10);
    expect(second.filter((k) => first.includes(k))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const again = (await claimBatch(pg.db, 1_000, 60_000)).map(key);
    expect(again.filter((k) => second.includes(k))).toEqual([]);
    expect(again).toEqual(expect.arrayContaining(first));
    expect(again).toHaveLength(total - 10);
  });

  it('writes vectors back and clears the claim, so the passage is never claimed again', async () => {
    const total = await allPending();
    const embedder = new FakeEmbedder();
    const batch = await claimBatch(pg.db, 5);
    await storeVectors(pg.db, batch, await embedder.embed(batch.map((c) => c.body)));
    expect(await pendingCount(pg.db)).toBe(total - 5);
  });

  it('loses nothing when a worker is killed with SIGKILL mid-batch: its batch is claimed again', async () => {
    const total = await allPending();
    const script = path.join(import.meta.dirname, '..', '..', 'support', 'claim-and-stall.ts');
    const child = spawn(process.execPath, ['--import', 'tsx', script, pg.engine.url, '20', '1500'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
    expect(line).toBe('claimed 20\n');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    const embedder = new FakeEmbedder();
    expect(await embedPending(pg.db, embedder, { untilDone: true, pollMs: 200 })).toBe(total);
    expect(await pendingCount(pg.db)).toBe(0);
    const index = await readDatabaseIndex(pg.db);
    expect((await index.search.vectors(index.passages.map((p) => p.id))).size).toBe(total);
  });

  it('lets a worker that joins after the build find nothing left to do', async () => {
    await buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder: new FakeEmbedder() });
    expect(await embedPending(pg.db, new FakeEmbedder())).toBe(0);
  });
});
