import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  weights: {
    bestShare: 1.1168454980669156,
    bestEntityShare: 4.622929873033605,
    named: -2.980193472318115,
    unionShare: -0.2838151573421766,
    typed: 1.5836807814735712,
    topDense: 1.9387823207718513,
    coverage: 0.7112601828002343,
  },
  threshold: 2.9668719855471686,
  fittedOn: '125 answerable + 80 unanswerable tuning questions (2 corpora), 2026-11-29',
};
