import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  weights: {
    bestShare: 0.872075309025926,
    bestEntityShare: 4.801825772684859,
    named: -2.6038505835250514,
    unionShare: -0.2875277093612908,
    typed: 1.6073695699801023,
    topDense: 1.7593872759169937,
    coverage: 0.8015623892733614,
  },
  threshold: 3.098414976289668,
  fittedOn: '125 answerable + 80 unanswerable tuning questions (2 corpora), 2026-11-29',
};
