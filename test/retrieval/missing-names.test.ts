import { describe, expect, it } from 'vitest';
import type { KeyTerm } from '../../src/retrieval/key-terms.js';
import { joinMissingNames } from '../../src/retrieval/missing-names.js';

const term = (text: string, at: number, inCorpus: boolean, entity = true): KeyTerm => ({
  text,
  alternatives: [[text]],
  entity,
  inCorpus,
  weight: entity ? 3 : 1,
  words: { first: at, last: at },
});
const never = () => false;
const always = () => true;

describe('joinMissingNames', () => {
  it('joins neighbouring names the corpus lacks into one missing name', () => {
    const out = joinMissingNames([term('evo', 2, false), term('morales', 3, false), term('say', 4, true, false)], never);
    expect(out.map((t) => [t.text, t.inCorpus])).toEqual([
      ['evo morales', false],
      ['say', true],
    ]);
  });

  it('joins neighbouring known names that no passage holds together, and marks the pair missing', () => {
    const out = joinMissingNames([term('xbox', 1, true), term('360', 2, true)], never);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ text: 'xbox 360', inCorpus: false, entity: true });
  });

  it('leaves names alone that stand together in some passage, or are not neighbours, or are not names', () => {
    expect(joinMissingNames([term('lopez', 1, true), term('obrador', 2, true)], always)).toHaveLength(2);
    expect(joinMissingNames([term('peru', 1, true), term('lima', 4, true)], never)).toHaveLength(2);
    expect(joinMissingNames([term('oil', 1, true, false), term('venezuela', 2, true)], never)).toHaveLength(2);
  });

  it('reads a list of topics as one name per word', () => {
    expect(joinMissingNames([term('oas', 1, true), term('lima', 2, true)], never, false)).toHaveLength(2);
  });
});
