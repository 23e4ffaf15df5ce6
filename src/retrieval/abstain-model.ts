import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  weights: {
    bestShare: 0.48416537750833244,
    bestEntityShare: 4.398982022465021,
    named: -2.9783837369176807,
    unionShare: 0.7685737256219538,
    typed: 1.0066357835212498,
    topDense: 1.8955043034645052,
    coverage: 0.34194341409302703,
  },
  threshold: 1.7692121568875678,
  fittedOn: '125 answerable + 80 unanswerable tuning questions (2 corpora), 2026-11-29',
};
