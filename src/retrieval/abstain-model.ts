import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  weights: {
    bestShare: 2.1113732363340816,
    bestEntityShare: 4.402417125890815,
    unionShare: -1.1883766829579494,
    typed: 2.33031836547716,
    topDense: 4.4852467625901085,
    coverage: 1.5656562549151425,
  },
  threshold: 7.565154931781429,
  fittedOn: '56 answerable + 32 unanswerable tuning questions (1 corpora), 2026-11-29',
};
