import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  weights: {
    bestShare: 1.1375234140816126,
    bestEntityShare: 4.407587892456921,
    named: -2.7744181059014292,
    unionShare: -0.015883754275813726,
    typed: 1.3287544571244643,
    topDense: 1.8515371163086376,
    coverage: 0.3658770461229059,
  },
  threshold: 2.3224962824894706,
  fittedOn: '125 answerable + 80 unanswerable tuning questions (2 corpora), 2026-11-29',
};
