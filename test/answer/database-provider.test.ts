import { createServer } from 'node:net';
import { beforeEach, describe, expect, it } from 'vitest';
import { DatabaseIndexProvider } from '../../src/answer/database-provider.js';
import { ReloadingIndexProvider } from '../../src/answer/index-provider.js';
import { LocalAnswerService } from '../../src/answer/local-service.js';
import { buildIntoDatabase } from '../../src/index/postgres/build.js';
import { openDatabase, type Database } from '../../src/index/postgres/database.js';
import { ALWAYS_ANSWER } from '../../src/testing/always-answer.js';
import { FakeEmbedder } from '../../src/testing/fake-embedder.js';
import { build } from '../support/built-index.js';
import { SEED_CORPUS } from '../support/paths.js';
import { HAVE_PGLITE, usePostgres } from '../support/postgres.js';
import { editArticle, seedCorpusCopy, tempDir } from '../support/temp.js';

const pg = usePostgres();

function serviceOver(db: Database, embedder: FakeEmbedder, wanted: 'auto' | 'use-lite' = 'auto') {
  const provider = new DatabaseIndexProvider({ db, wanted: { embedder: wanted, transformersModel: '' }, embedderFor: () => embedder });
  return { provider, service: new LocalAnswerService(provider, { abstain: ALWAYS_ANSWER }) };
}

/** Builds the seed corpus into the database and into an index folder; returns a provider of the folder that wants `wanted`. */
async function seedInBoth(embedder: FakeEmbedder, wanted: 'auto' | 'use-lite'): Promise<ReloadingIndexProvider> {
  await buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder });
  const indexDir = tempDir();
  await build(SEED_CORPUS, indexDir, embedder);
  return new ReloadingIndexProvider({ indexDir, wanted: { embedder: wanted, transformersModel: '' }, embedderFor: () => embedder });
}

/** A port on 127.0.0.1 that nothing listens on. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.skipIf(!HAVE_PGLITE)('DatabaseIndexProvider', () => {
  beforeEach(() => pg.reset());

  it('answers from the database with the quotes the local index gives', async () => {
    const embedder = new FakeEmbedder();
    const local = await seedInBoth(embedder, 'auto');
    const question = 'Who did Peru invite to the Lima Group meeting?';
    const fromDb = await serviceOver(pg.db, embedder).service.ask(question);
    const fromFiles = await new LocalAnswerService(local, { abstain: ALWAYS_ANSWER }).ask(question);
    expect(fromDb.passages[0]!.quote).toBe(fromFiles.passages[0]!.quote);
    expect(fromDb.passages[0]!.quote).toMatch(/invit/i);
  });

  it('picks up a new build between requests', async () => {
    const corpus = seedCorpusCopy();
    const embedder = new FakeEmbedder();
    await buildIntoDatabase({ db: pg.db, corpusPaths: [corpus], embedder });
    const { service } = serviceOver(pg.db, embedder);
    expect((await service.ask('Zanzibar negotiators in Quito')).passages.some((p) => p.quote.includes('Zanzibar'))).toBe(false);
    editArticle(corpus, '004', (text) => `${text}\n\nZanzibar negotiators met in Quito.`);
    await buildIntoDatabase({ db: pg.db, corpusPaths: [corpus], embedder });
    expect((await service.ask('Zanzibar negotiators in Quito')).passages[0]!.quote).toContain('Zanzibar');
  });

  it('refuses a database filled with another model with the same message as an index folder', async () => {
    const embedder = new FakeEmbedder();
    const local = await seedInBoth(embedder, 'use-lite');
    const expected = await local.current().catch((error: unknown) => error);
    const { provider } = serviceOver(pg.db, embedder, 'use-lite');
    // Said again on the next request, not only the first.
    for (let request = 0; request < 2; request++) {
      const actual = await provider.current().catch((error: unknown) => error);
      expect(actual).toMatchObject({
        code: 'INDEX_MODEL_MISMATCH',
        message: (expected as Error).message,
        hint: (expected as { hint: string }).hint,
      });
    }
  });

  it('reports an unreachable database at start-up naming DATABASE_URL, without the password', async () => {
    const db = openDatabase(`postgres://citebot:s3cret@127.0.0.1:${await deadPort()}/citebot`, { max: 1 });
    const error = await serviceOver(db, new FakeEmbedder())
      .provider.check()
      .catch((e: unknown) => e);
    await db.close();
    expect(error).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      message: expect.stringMatching(/DATABASE_URL \(127\.0\.0\.1:\d+\/citebot\)/),
    });
    expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain('s3cret');
  });

  it('refuses at start-up tables of an older schema version, saying what to run', async () => {
    await buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder: new FakeEmbedder() });
    await pg.db.pool.query("UPDATE citebot_meta SET value = '0' WHERE key = 'schema'");
    await expect(serviceOver(pg.db, new FakeEmbedder()).provider.check()).rejects.toMatchObject({
      code: 'DATABASE_SCHEMA',
      hint: expect.stringContaining('npm run index -- --rebuild'),
    });
  });

  it('asks to try again shortly while the database is away, and recovers by itself when it returns', async () => {
    const embedder = new FakeEmbedder();
    await buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder });
    const db = openDatabase(pg.engine.url, { max: 1 });
    const { service } = serviceOver(db, embedder);
    const question = 'What did Mexico say about Venezuela?';
    try {
      expect((await service.ask(question)).passages.length).toBeGreaterThan(0);
      await pg.engine.stop();
      await expect(service.ask(question)).rejects.toMatchObject({
        code: 'DATABASE_UNAVAILABLE',
        message: expect.stringContaining('try again shortly'),
      });
      await expect(service.sources()).rejects.toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
      await pg.engine.restart();
      expect((await service.ask(question)).passages.length).toBeGreaterThan(0);
    } finally {
      await pg.engine.restart();
      await db.close();
    }
  });
});
