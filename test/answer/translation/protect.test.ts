import { describe, expect, it } from 'vitest';
import { isCorpusName, protect } from '../../../src/answer/translation/protect.js';
import { buildVocabulary } from '../../../src/retrieval/vocabulary.js';

const { words } = buildVocabulary([
  'The Organization of American States (OAS) met in Lima. Venezuelan President Nicolas Maduro spoke. ' +
    'Luis Alfonso de Alba, who works for Mexico, answered Maduro. The Lima Group met again, and Maduro left for Caracas. ' +
    'The United States sent aid to Caracas.',
]);
const shown = (text: string, safe: string[] = []) =>
  protect(text, 'es', words, new Set(safe)).map((s) => [text.slice(s.start, s.end), s.english]);

describe('protect', () => {
  it('hides the corpus’s names from the engine, typed in lowercase, and gives them capitals', () => {
    expect(shown('que dijo maduro en lima')).toEqual([
      ['maduro', 'Maduro'],
      ['lima', 'Lima'],
    ]);
  });

  it('keeps a run of names together, but not across a comma', () => {
    expect(shown('quien es luis alfonso')).toEqual([['luis alfonso', 'Luis Alfonso']]);
    expect(shown('maduro, lima')).toEqual([
      ['maduro', 'Maduro'],
      ['lima', 'Lima'],
    ]);
  });

  it('maps an acronym the corpus uses in English, in any case', () => {
    expect(shown('que dijo la oea')).toEqual([['oea', 'OAS']]);
  });

  it('maps countries to their English names when the corpus names them or they are capitalised', () => {
    expect(shown('visas de estados unidos')).toEqual([['estados unidos', 'United States']]);
    expect(shown('la reunión de Cancún')).toEqual([]);
    expect(shown('viajó a Rusia')).toEqual([['Rusia', 'Russia']]);
  });

  it('leaves alone names the engine knows only as names, and grammar words', () => {
    expect(shown('de caracas a lima', ['Caracas'])).toEqual([['lima', 'Lima']]);
    expect(shown('la de el')).toEqual([]);
  });
});

describe('isCorpusName', () => {
  it('is true for words the corpus capitalises, false for grammar words of the question’s language', () => {
    expect(isCorpusName('maduro', 'es', words)).toBe(true);
    expect(isCorpusName('de', 'es', words)).toBe(false);
    expect(isCorpusName('spoke', 'es', words)).toBe(false);
  });
});
