import { describe, expect, it } from 'vitest';
import { capitalRuns, foldWord, surfaceWords } from '../../src/retrieval/surface-words.js';

describe('surfaceWords', () => {
  it('keeps a name of letters and digits whole ("G8", "A380"), and a possessive off its word', () => {
    expect(surfaceWords('what did the g8 say about the A380’s wings').map((w) => w.word)).toEqual([
      'what',
      'did',
      'the',
      'g8',
      'say',
      'about',
      'the',
      'A380',
      'wings',
    ]);
  });
});

describe('foldWord', () => {
  it('folds case, accents and possessives', () => {
    expect(foldWord('López’s')).toBe('lopez');
  });
});

describe('capitalRuns', () => {
  it('yields every suffix of a capitalised run, connectors kept inside, and the whole run apart', () => {
    const whole: string[][] = [];
    const runs = capitalRuns('The talks at the Organization of American States ended.', whole);
    expect(runs).toContainEqual(['Organization', 'of', 'American', 'States']);
    expect(runs).toContainEqual(['American', 'States']);
    expect(runs.some((r) => r[0] === 'of')).toBe(false);
    expect(whole).toEqual([['Organization', 'of', 'American', 'States']]);
  });

  it('ends a run at punctuation and at a word in capitals', () => {
    expect(capitalRuns('Ana Vidal, Eva Vera and OAS Secretary Luis Almagro')).toEqual([
      ['Ana', 'Vidal'],
      ['Eva', 'Vera'],
      ['Secretary', 'Luis', 'Almagro'],
      ['Luis', 'Almagro'],
    ]);
  });
});
