import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  weights: {
    bestShare: 0.8051567268702631,
    bestEntityShare: 4.84633329849669,
    named: -2.6323154727359266,
    unionShare: -0.12927423641469238,
    typed: 1.3179744698105895,
    topDense: 1.692865664364078,
    coverage: 0.7001057486465389,
  },
  threshold: 2.756558379111837,
  fittedOn: '125 answerable + 80 unanswerable tuning questions (2 corpora), 2026-11-29',
};
