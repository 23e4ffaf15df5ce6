import { beforeEach, describe, expect, it } from 'vitest';
import { buildIntoDatabase } from '../../../src/index/postgres/build.js';
import { readDatabaseIndex } from '../../../src/index/postgres/read.js';
import { FakeEmbedder } from '../../../src/testing/fake-embedder.js';
import { SEED_CORPUS } from '../../support/paths.js';
import { HAVE_PGLITE, usePostgres } from '../../support/postgres.js';
import { editArticle, seedCorpusCopy } from '../../support/temp.js';
import { tokenize } from '../../../src/text/tokenize.js';
import { searchBm25 } from '../../../src/retrieval/bm25.js';

const pg = usePostgres();

describe.skipIf(!HAVE_PGLITE)('buildIntoDatabase', () => {
  beforeEach(() => pg.reset());

  it('stores every article and passage of the corpus, each with its vector', async () => {
    const embedder = new FakeEmbedder();
    const result = await buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder });
    expect(result.manifest.counts.articles).toBe(5);
    const index = await readDatabaseIndex(pg.db);
    expect(index.passages).toHaveLength(result.manifest.counts.passages);
    expect(embedder.textsEmbedded).toBe(index.passages.length);
    const first = index.passages[0]!;
    const stored = await index.search.vectors([first.id]);
    expect(Array.from(stored.get(first.id)!)).toEqual(Array.from(embedder.vector(first.text)).map((x) => expect.closeTo(x, 5)));
  });

  it('finds passages by vector and by BM25 with raw scores, best first', async () => {
    const embedder = new FakeEmbedder();
    await buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder });
    const index = await readDatabaseIndex(pg.db);
    const target = index.passages.find((p) => p.text.includes('Lima Group'))!;
    const dense = await index.search.dense(embedder.vector(target.text), 5);
    expect(dense[0]).toEqual({ id: target.id, score: expect.closeTo(1, 4) });
    const lexical = await index.search.lexical(tokenize('Lima Group'), 5);
    expect(lexical.length).toBeGreaterThan(0);
    expect(lexical.every((h) => index.passages[index.labels.get(h.id)!]!.text.includes('Lima'))).toBe(true);
    expect(lexical.map((h) => h.score)).toEqual([...lexical.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('keeps the rows and vectors of unchanged articles on a rebuild, embedding only the changed one', async () => {
    const corpus = seedCorpusCopy();
    await buildIntoDatabase({ db: pg.db, corpusPaths: [corpus], embedder: new FakeEmbedder() });
    editArticle(corpus, '004', (text) => `${text}\n\nA new closing paragraph about Peru and the Lima Group.`);
    const embedder = new FakeEmbedder();
    const second = await buildIntoDatabase({ db: pg.db, corpusPaths: [corpus], embedder });
    expect(second.reusedArticles).toBe(4);
    const index = await readDatabaseIndex(pg.db);
    const changed = index.passages.filter((p) => p.articleId === index.articles[4]!.id).length;
    expect(embedder.textsEmbedded).toBeLessThanOrEqual(changed);
    expect(embedder.textsEmbedded).toBeGreaterThan(0);
    expect((await buildIntoDatabase({ db: pg.db, corpusPaths: [corpus], embedder })).upToDate).toBe(true);
  });

  it('switches builds atomically: a reader on the old build keeps searching the old text only', async () => {
    const corpus = seedCorpusCopy();
    const embedder = new FakeEmbedder();
    await buildIntoDatabase({ db: pg.db, corpusPaths: [corpus], embedder });
    const before = await readDatabaseIndex(pg.db);
    editArticle(corpus, '004', (text) => `${text}\n\nZanzibar negotiators met in Quito.`);
    await buildIntoDatabase({ db: pg.db, corpusPaths: [corpus], embedder });
    expect(await before.search.lexical(tokenize('Zanzibar Quito'), 5)).toEqual([]);
    expect(await before.search.lexical(tokenize('Lima Group'), 5)).not.toEqual([]);
    const after = await readDatabaseIndex(pg.db);
    const hits = await after.search.lexical(tokenize('Zanzibar Quito'), 5);
    expect(hits.map((h) => after.passages[after.labels.get(h.id)!]!.text)).toEqual([expect.stringContaining('Zanzibar')]);
  });

  it('scores BM25 over the current build alone: after a rebuild that changed an article, as a fresh build does', async () => {
    const corpus = seedCorpusCopy();
    await buildIntoDatabase({ db: pg.db, corpusPaths: [corpus], embedder: new FakeEmbedder() });
    editArticle(corpus, '004', (text) => `${text}\n\nVenezuela's opposition met the Lima Group in Peru again.`);
    await buildIntoDatabase({ db: pg.db, corpusPaths: [corpus], embedder: new FakeEmbedder() });
    const questions = ['Lima Group Venezuela opposition', 'oil prices sanctions', 'Peru'].map((q) => tokenize(q));
    const rebuilt = await readDatabaseIndex(pg.db);
    const afterRebuild = await Promise.all(questions.map((terms) => rebuilt.search.lexical(terms, 8)));
    await buildIntoDatabase({ db: pg.db, corpusPaths: [corpus], embedder: new FakeEmbedder(), force: true });
    const fresh = await readDatabaseIndex(pg.db);
    expect(afterRebuild).toEqual(await Promise.all(questions.map((terms) => fresh.search.lexical(terms, 8))));
    // pg_textsearch stores long passages' lengths rounded (exact up to 40 terms), so its scores
    // come within a percent or two of citebot's own BM25, not to the last digit.
    for (const [i, terms] of questions.entries()) {
      const own = searchBm25(rebuilt.lexical, terms, 8);
      expect(afterRebuild[i]![0]!.id).toBe(own[0]!.id);
      for (const hit of afterRebuild[i]!) {
        const score = own.find((h) => h.id === hit.id)?.score;
        expect(Math.abs(hit.score / score! - 1)).toBeLessThan(0.02);
      }
    }
  });

  it('refuses a second build while one holds the lock', async () => {
    const first = buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder: new FakeEmbedder() });
    await expect(buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder: new FakeEmbedder() })).rejects.toMatchObject({
      code: 'INDEX_LOCKED',
    });
    await first;
  });

  it('refuses a build with another model unless asked to rebuild', async () => {
    await buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder: new FakeEmbedder() });
    const other = new FakeEmbedder({ dimensions: 32 });
    await expect(buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder: other })).rejects.toMatchObject({
      code: 'INDEX_MODEL_MISMATCH',
      hint: expect.stringContaining('npm run index -- --rebuild'),
    });
    const rebuilt = await buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder: other, force: true });
    expect(rebuilt.manifest.embedder.dimensions).toBe(32);
  });

  it('refuses tables of an older schema version, saying what to run', async () => {
    await buildIntoDatabase({ db: pg.db, corpusPaths: [SEED_CORPUS], embedder: new FakeEmbedder() });
    await pg.db.pool.query("UPDATE citebot_meta SET value = '0' WHERE key = 'schema'");
    await expect(readDatabaseIndex(pg.db)).rejects.toMatchObject({
      code: 'DATABASE_SCHEMA',
      message: expect.stringContaining('schema version 0'),
      hint: expect.stringContaining('npm run index -- --rebuild'),
    });
  });
});
