import { beforeAll, describe, expect, it } from 'vitest';
import { buildIntoDatabase } from '../../../src/index/postgres/build.js';
import { readDatabaseIndex } from '../../../src/index/postgres/read.js';
import { readSchema } from '../../../src/index/postgres/schema.js';
import type { ServedIndex } from '../../../src/index/search-backend.js';
import { FakeEmbedder } from '../../../src/testing/fake-embedder.js';
import { tokenize } from '../../../src/text/tokenize.js';
import { SEED_CORPUS } from '../../support/paths.js';
import { HAVE_PGLITE, usePostgres } from '../../support/postgres.js';

// A server without pg_textsearch: the lexical leg falls back to Postgres full-text ranking.
const pg = usePostgres({ bm25: false });
const embedder = new FakeEmbedder();
let index: ServedIndex;

describe.skipIf(!HAVE_PGLITE)('PostgresSearch without pg_textsearch', () => {
  beforeAll(async () => {
    await buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder });
    index = await readDatabaseIndex(pg.db);
  });

  it('records that the tables rank with full-text search', async () => {
    expect((await readSchema(pg.db))?.lexical).toBe('fts');
  });

  it('ranks passages carrying any of the terms, those with more of them first', async () => {
    const hits = await index.search.lexical(tokenize('Lima Group Russia'), 10);
    const text = (id: string) => index.passages[index.labels.get(id)!]!.text;
    expect(hits.length).toBeGreaterThan(1);
    expect(hits.every((h) => /Lima|Group|Russia/i.test(text(h.id)))).toBe(true);
    expect(text(hits[0]!.id)).toMatch(/Lima Group/);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('returns nothing for terms no passage has, and still searches by vector', async () => {
    expect(await index.search.lexical(tokenize('zzyzx qwerty'), 10)).toEqual([]);
    const target = index.passages[7]!;
    expect((await index.search.dense(embedder.vector(target.text), 3))[0]!.id).toBe(target.id);
  });
});
