import { describe, expect, it } from 'vitest';
import { spellingVariants } from '../../src/text/spelling-variants.js';

describe('spellingVariants', () => {
  it('gives the British spelling of an American word and the American of a British one', () => {
    expect(spellingVariants('recognised')).toContain('recognized');
    expect(spellingVariants('organization')).toContain('organisation');
    expect(spellingVariants('labour')).toContain('labor');
    expect(spellingVariants('center')).toContain('centre');
    expect(spellingVariants('defense')).toContain('defence');
    expect(spellingVariants('dialogue')).toContain('dialog');
    expect(spellingVariants('travelled')).toContain('traveled');
    expect(spellingVariants('programme')).toContain('program');
  });

  it('gives candidates only, never the word itself, and nothing for a word without such an ending', () => {
    expect(spellingVariants('venezuela')).toEqual([]);
    expect(spellingVariants('Defence')).not.toContain('defence');
  });
});
