import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  weights: {
    bestShare: 0.7325967470256545,
    bestEntityShare: 3.666105964775529,
    unionShare: 0.5502659874224463,
    typed: 1.4865600111993882,
    topDense: 2.7554529569149855,
    coverage: 0.48723144400081486,
  },
  threshold: 5.118711714327912,
  fittedOn: '125 answerable + 80 unanswerable tuning questions (2 corpora), 2026-11-29',
};
