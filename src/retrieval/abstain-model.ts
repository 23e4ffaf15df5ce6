import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  weights: {
    bestShare: 1.0393228248818158,
    bestEntityShare: 4.5830087466228875,
    named: -2.4895253651427347,
    unionShare: -0.5621005273337283,
    typed: 1.3219365349736565,
    topDense: 1.8401238774061308,
    coverage: 0.7962779642491052,
  },
  threshold: 2.612359422419221,
  fittedOn: '125 answerable + 80 unanswerable tuning questions (2 corpora), 2026-11-29',
};
