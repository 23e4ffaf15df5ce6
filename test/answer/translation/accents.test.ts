import { describe, expect, it } from 'vitest';
import { accentCandidates } from '../../../src/answer/translation/accents.js';

describe('accentCandidates', () => {
  it('offers Portuguese endings first', () => {
    expect(accentCandidates('reuniao', 'pt')[0]).toBe('reunião');
    expect(accentCandidates('oposicao', 'pt')[0]).toBe('oposição');
    expect(accentCandidates('eleicoes', 'pt')[0]).toBe('eleições');
  });

  it('offers one accent on one vowel', () => {
    expect(accentCandidates('proxima', 'pt')).toContain('próxima');
    expect(accentCandidates('alguem', 'pt')).toContain('alguém');
    expect(accentCandidates('cuantas', 'es')).toContain('cuántas');
    expect(accentCandidates('cuantas', 'es')).not.toContain('cuãntas');
  });

  it('offers a cedilla dropped before a, o or u for Portuguese, not for Spanish', () => {
    expect(accentCandidates('ameacou', 'pt')).toContain('ameaçou');
    expect(accentCandidates('comecar', 'pt')).toContain('começar');
    expect(accentCandidates('comecar', 'es')).not.toContain('começar');
  });

  it('offers ñ for Spanish', () => {
    expect(accentCandidates('espanol', 'es')).toContain('español');
  });

  it('offers nothing for a word that already has accents or other characters', () => {
    expect(accentCandidates('méxico', 'es')).toEqual([]);
    expect(accentCandidates('covid-19', 'es')).toEqual([]);
  });
});
