import { describe, expect, it } from 'vitest';
import { abstainFeatures, idfCoverage, isAnswerable } from '../../src/retrieval/abstain.js';
import { ABSTAIN_MODEL } from '../../src/retrieval/abstain-model.js';
import type { PassageSupport } from '../../src/retrieval/support.js';
import { passageSupport } from '../support/passage-support.js';

const idf = (t: string) => (t === 'venezuela' ? 0.2 : 2);
const support = (carried: boolean[], share: number, entityShare: number, typed = true): PassageSupport =>
  passageSupport({ carried, share, entityShare, typed, contentShare: share, sentenceShare: share });

describe('idfCoverage', () => {
  it('measures how much of the question the passages contain, weighted by idf', () => {
    const passages = ['Peru invited Russia to the Lima Group meeting on Venezuela.'];
    expect(idfCoverage('Who did Peru invite to the Lima Group?', passages, idf)).toBe(1);
    const partial = idfCoverage('Did Peru win the FIFA World Cup?', passages, idf);
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(0.5);
  });

  it('is zero for a question with no content words', () => {
    expect(idfCoverage('What is it?', ['anything'], idf)).toBe(0);
  });
});

describe('abstainFeatures', () => {
  it('reads the best-supported passage, and what the top passages carry between them', () => {
    const top = [
      { text: 'Peru invited Russia.', support: support([true, false], 0.5, 0.5, false) },
      { text: 'Lima Group met in August.', support: support([false, true], 0.6, 0.5, true) },
    ];
    const f = abstainFeatures('When did Peru meet the Lima Group?', top, 0.4, idf, true);
    expect(f).toMatchObject({ bestShare: 0.6, bestEntityShare: 0.5, named: 1, unionShare: 1, typed: 1, topDense: 0.4 });
  });

  it('is all zeros but similarity when nothing was retrieved', () => {
    expect(abstainFeatures('Anything?', [], 0.2, idf, false)).toMatchObject({ bestShare: 0, unionShare: 0, typed: 0, topDense: 0.2 });
  });
});

describe('the calibrated abstention model', () => {
  it('was fitted on the project’s tuning questions', () => {
    expect(ABSTAIN_MODEL.fittedOn).toMatch(/tuning questions/);
  });

  it('answers when the best passage carries every key term and resembles the question', () => {
    expect(
      isAnswerable({ bestShare: 1, bestEntityShare: 1, named: 1, unionShare: 1, typed: 1, topDense: 0.6, coverage: 1 }, ABSTAIN_MODEL),
    ).toBe(true);
  });

  it('refuses when the passages carry none of what the question hinges on', () => {
    expect(
      isAnswerable({ bestShare: 0.1, bestEntityShare: 0, named: 1, unionShare: 0.1, typed: 0, topDense: 0.1, coverage: 0 }, ABSTAIN_MODEL),
    ).toBe(false);
  });
});
