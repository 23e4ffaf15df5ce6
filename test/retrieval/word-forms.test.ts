import { describe, expect, it } from 'vitest';
import { buildVocabulary } from '../../src/retrieval/vocabulary.js';
import { otherForms } from '../../src/retrieval/word-forms.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('otherForms', () => {
  const vocabulary = buildVocabulary(['The defence of the Labour party and the suspension of talks.', 'A defense lawyer.']);

  it("gives a common word's -ied form, its derived noun and its other spelling the corpus writes", () => {
    expect(otherForms('die', vocabulary, false)).toEqual(['di']);
    expect(otherForms('suspending', vocabulary, false)).toContain(tokenize('suspension')[0]);
    expect(otherForms('defense', vocabulary, false)).toContain(tokenize('defence')[0]);
  });

  it('gives a name only its other spelling, and never its own stem', () => {
    expect(otherForms('labor', vocabulary, true)).toEqual(tokenize('labour'));
    expect(otherForms('venezuela', vocabulary, true)).toEqual([]);
  });
});
