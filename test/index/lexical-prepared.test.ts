import { describe, expect, it } from 'vitest';
import { buildBm25 } from '../../src/index/lexical.js';
import { bm25Idf, prepareBm25 } from '../../src/index/lexical-prepared.js';
import { LEXICAL_DOCS } from '../support/small-index.js';

describe('prepareBm25', () => {
  it('gives idf from the prepared index, highest for unseen terms', () => {
    const prepared = prepareBm25(buildBm25(LEXICAL_DOCS));
    expect(bm25Idf(prepared, 'oil')).toBeCloseTo(Math.log(1 + (5 - 3 + 0.5) / (3 + 0.5)), 12);
    expect(bm25Idf(prepared, 'zzz')).toBeGreaterThan(bm25Idf(prepared, 'sanction'));
    expect(bm25Idf(prepared, 'constructor')).toBe(bm25Idf(prepared, 'zzz'));
  });

  it('rejects an index whose df or total length disagrees with its documents as INDEX_CORRUPT', () => {
    const index = buildBm25(LEXICAL_DOCS);
    const isCorrupt = expect.objectContaining({ code: 'INDEX_CORRUPT' });
    expect(() => prepareBm25({ ...index, df: { ...index.df, oil: 1 } })).toThrow(isCorrupt);
    expect(() => prepareBm25({ ...index, totalLength: index.totalLength + 1 })).toThrow(isCorrupt);
    expect(() => prepareBm25({ ...index, docs: [...index.docs, { id: 'x', terms: [999], counts: [1] }] })).toThrow(isCorrupt);
  });

  it('keeps the stored index it was built from, for incremental builds', () => {
    const index = buildBm25(LEXICAL_DOCS);
    expect(prepareBm25(index).source).toBe(index);
  });
});
