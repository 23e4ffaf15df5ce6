import { describe, expect, it } from 'vitest';
import { addDocs, buildBm25, parseBm25, removeDocs, serializeBm25, type Bm25Index } from '../../src/index/lexical.js';
import { prepareBm25 } from '../../src/index/lexical-prepared.js';
import { searchBm25 } from '../../src/retrieval/bm25.js';
import { LEXICAL_DOCS } from '../support/small-index.js';

const queries = ['oil sanctions', 'Venezuela oil', 'Lopez visit', 'market', 'Mexico Venezuela sanctions oil'];
const search = (index: Bm25Index, q: string, k = 10) => searchBm25(prepareBm25(index), q, k);

describe('the stored lexical index', () => {
  it('add then remove gives the same index data and scores as a fresh build', () => {
    const fresh = buildBm25(LEXICAL_DOCS.slice(0, 3));
    const extra = [LEXICAL_DOCS[3], LEXICAL_DOCS[4]];
    const roundTrip = removeDocs(
      addDocs(fresh, extra),
      extra.map((d) => d.id),
    );
    expect(JSON.stringify(roundTrip)).toBe(JSON.stringify(fresh));
    for (const q of queries) expect(search(roundTrip, q)).toEqual(search(fresh, q));
  });
  it('forgets the terms of removed docs', () => {
    const few = removeDocs(buildBm25(LEXICAL_DOCS), ['a', 'b', 'c', 'd']);
    expect(few).toEqual(buildBm25([LEXICAL_DOCS[4]]));
    expect(few.terms).toEqual(Object.keys(few.df).sort());
  });
  it('building in pieces equals building at once', () => {
    const pieces = addDocs(buildBm25(LEXICAL_DOCS.slice(0, 2)), LEXICAL_DOCS.slice(2));
    expect(JSON.stringify(pieces)).toBe(JSON.stringify(buildBm25(LEXICAL_DOCS)));
  });
  it('re-adding an id replaces that doc (an article changed)', () => {
    const changed = { id: 'b', text: 'Sanctions were lifted.' };
    const updated = addDocs(buildBm25(LEXICAL_DOCS), [changed]);
    const fresh = buildBm25([...LEXICAL_DOCS.filter((d) => d.id !== 'b'), changed]);
    expect(updated).toEqual(fresh);
    for (const q of queries) expect(search(updated, q)).toEqual(search(fresh, q));
  });
  it('does not modify the index it is given', () => {
    const index = buildBm25(LEXICAL_DOCS);
    const before = JSON.stringify(index);
    removeDocs(addDocs(index, [{ id: 'f', text: 'oil oil' }]), ['a', 'f']);
    expect(JSON.stringify(index)).toBe(before);
  });
  it('round-trips through its file text and keeps working, even for the term "constructor"', () => {
    const index = buildBm25([...LEXICAL_DOCS, { id: 'k', text: 'The constructor built it.' }]);
    const loaded = parseBm25(serializeBm25(index));
    expect(loaded).toEqual(JSON.parse(JSON.stringify(index)));
    for (const q of [...queries, 'constructor']) expect(search(loaded, q)).toEqual(search(index, q));
    const grown = addDocs(loaded, [{ id: 'l', text: 'Another constructor.' }]);
    expect(grown.df['constructor']).toBe(2);
    expect(search(grown, 'constructor').map((h) => h.id)).toEqual(['k', 'l']); // same length and tf: tie broken by id
  });
  it('rejects file text that is not JSON or not a BM25 index as INDEX_CORRUPT', () => {
    const isCorrupt = expect.objectContaining({ code: 'INDEX_CORRUPT' });
    expect(() => parseBm25('{"version": 2}')).toThrow(isCorrupt);
    expect(() => parseBm25('null')).toThrow(isCorrupt);
    expect(() => parseBm25('{"version": 1,')).toThrow(isCorrupt);
    const index = buildBm25(LEXICAL_DOCS);
    expect(() => parseBm25(JSON.stringify({ ...index, docs: [{ id: 'x', terms: [0], counts: [] }] }))).toThrow(isCorrupt);
  });
});
