import { describe, expect, it } from 'vitest';
import { caseAsCorpus, spellAsCorpus } from '../../src/retrieval/as-corpus.js';
import { buildVocabulary } from '../../src/retrieval/vocabulary.js';

describe('caseAsCorpus', () => {
  it('writes a word in capitals only when the corpus mostly does', () => {
    const vocabulary = buildVocabulary(['AMLO spoke. Later AMLO left.', 'The oil price rose and OIL fell.']);
    expect(caseAsCorpus('amlo', vocabulary)).toBe('AMLO');
    expect(caseAsCorpus('oil', vocabulary)).toBe('oil');
    expect(caseAsCorpus('lula', vocabulary)).toBe('lula');
  });

  it('writes letters with a digit the corpus lacks in capitals, as product and group names are', () => {
    const vocabulary = buildVocabulary(['Sony sold the PlayStation 2.']);
    expect(caseAsCorpus('ps2', vocabulary)).toBe('PS2');
    expect(caseAsCorpus('g8', vocabulary)).toBe('G8');
    expect(caseAsCorpus('playstation2x', vocabulary)).toBe('playstation2x');
  });
});

describe('spellAsCorpus', () => {
  it('drops the accents of a word the corpus mostly writes without them, and keeps the rest', () => {
    const vocabulary = buildVocabulary(['Guaido spoke. Guaido left. Guaidó returned.', 'In México City.', 'México and México again.']);
    expect(spellAsCorpus('¿Qué dijo Guaidó en México?', vocabulary)).toBe('¿Qué dijo Guaido en México?');
  });
});
