import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  weights: {
    bestShare: 1.2358708406500933,
    bestEntityShare: 4.387975688626225,
    named: -2.7779760136275446,
    unionShare: -0.11652914878139906,
    typed: 1.5563458576116767,
    topDense: 1.8979210030599007,
    coverage: 0.39253166372038684,
  },
  threshold: 2.5701862937318367,
  fittedOn: '125 answerable + 80 unanswerable tuning questions (2 corpora), 2026-11-29',
};
