import { describe, expect, it } from 'vitest';
import { abstainFeatures, isAnswerable } from '../../src/retrieval/abstain.js';
import { ABSTAIN_MODEL } from '../../src/retrieval/abstain-model.js';

const idf = (t: string) => (t === 'venezuela' ? 0.2 : 2);

describe('abstainFeatures', () => {
  it('measures how much of the question the best passages cover, weighted by idf', () => {
    const passages = ['Peru invited Russia to the Lima Group meeting on Venezuela.'];
    expect(abstainFeatures('Who did Peru invite to the Lima Group?', passages, 0.5, idf).coverage).toBe(1);
    const partial = abstainFeatures('Did Peru win the FIFA World Cup?', passages, 0.1, idf);
    expect(partial.coverage).toBeGreaterThan(0);
    expect(partial.coverage).toBeLessThan(0.5);
    expect(partial.topDense).toBe(0.1);
  });

  it('gives zero coverage to a question with no content words', () => {
    expect(abstainFeatures('What is it?', ['anything'], 0.3, idf).coverage).toBe(0);
  });
});

describe('the calibrated abstention model', () => {
  it('was fitted on data and answers a well-covered, similar question', () => {
    expect(ABSTAIN_MODEL.fittedOn).toMatch(/dev questions/);
    expect(isAnswerable({ topDense: 0.6, coverage: 1 }, ABSTAIN_MODEL)).toBe(true);
  });

  it('refuses a question the corpus neither covers nor resembles', () => {
    expect(isAnswerable({ topDense: 0.1, coverage: 0 }, ABSTAIN_MODEL)).toBe(false);
  });
});
