import type { KeyTerm } from '../../src/retrieval/key-terms.js';

/**
 * A key term for the pure checks' tests: a name (weight 3) or a common word (weight 1) that the
 * corpus holds, carried by its own text unless other forms are given.
 */
export function keyTerm(text: string, options: Partial<KeyTerm> & { at?: number } = {}): KeyTerm {
  const { at = 0, ...rest } = options;
  const entity = rest.entity ?? false;
  return {
    text,
    alternatives: [[text]],
    entity,
    inCorpus: true,
    weight: entity ? 3 : 1,
    words: { first: at, last: at },
    ...rest,
  };
}
