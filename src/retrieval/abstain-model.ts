import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  weights: {
    bestShare: 1.0627368575142004,
    bestEntityShare: 4.297044557790858,
    named: -2.251873323848659,
    unionShare: -0.35542703390649566,
    typed: 1.3086189224112466,
    topDense: 1.6337754069712354,
    coverage: 0.6185087819787111,
  },
  threshold: 2.493990107905687,
  fittedOn: '125 answerable + 80 unanswerable tuning questions (2 corpora), 2026-11-29',
};
