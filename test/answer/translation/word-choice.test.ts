import { describe, expect, it } from 'vitest';
import { preferCorpusWords } from '../../../src/answer/translation/word-choice.js';

/** Passage shares of stemmed terms in an imagined news corpus. */
const share = (shares: Record<string, number>) => (term: string) => shares[term] ?? 0;

describe('preferCorpusWords', () => {
  it('uses the choice the corpus writes far more often, in any inflection the engine wrote', () => {
    const shares = share({ lean: 0.001, support: 0.2 });
    expect(preferCorpusWords('What did they do to lean Guaido?', [['lean', 'support']], shares)).toBe(
      'What did they do to support Guaido?',
    );
    expect(preferCorpusWords('Who is leaning Guaido?', [['lean', 'support']], shares)).toBe('Who is support Guaido?');
  });

  it('keeps the engine’s choice unless another is clearly more common', () => {
    const shares = share({ happen: 0.05, spend: 0.03 });
    expect(preferCorpusWords('What spent at the meeting?', [['spend', 'happen']], shares)).toBe('What spent at the meeting?');
  });

  it('keeps the text when there is nothing to choose', () => {
    expect(preferCorpusWords('Who is Almagro?', [], share({}))).toBe('Who is Almagro?');
  });
});
