import { CitebotError } from '../errors.js';
import type { Bm25Index } from './bm25.js';

/**
 * Checks that parsed JSON has the shape of a {@link Bm25Index}; `prepareBm25` checks the counts.
 * @throws CitebotError `INDEX_CORRUPT` when it does not.
 */
export function parseBm25(value: unknown): Bm25Index {
  const v = value as Partial<Bm25Index> | null;
  const ok =
    typeof v === 'object' && v !== null && v.version === 1 &&
    typeof v.k1 === 'number' && typeof v.b === 'number' && typeof v.totalLength === 'number' &&
    typeof v.df === 'object' && v.df !== null && Array.isArray(v.terms) && v.terms.every((t) => typeof t === 'string') &&
    Array.isArray(v.docs) &&
    v.docs.every((d) => typeof d?.id === 'string' && Array.isArray(d.terms) && Array.isArray(d.counts) && d.terms.length === d.counts.length);
  if (!ok) {
    throw new CitebotError('INDEX_CORRUPT', 'The keyword (BM25) index file is not in the expected format.', {
      hint: 'Rebuild the index with `npm run index`.',
    });
  }
  return v as Bm25Index;
}
