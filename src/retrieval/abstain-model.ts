import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  weights: {
    bestShare: -1.0412413305654273,
    bestEntityShare: 4.164987227797908,
    named: -2.643764049129967,
    unionShare: 1.181671056450048,
    typed: 1.1440289540336248,
    topDense: 2.3778972737598645,
    coverage: 1.010965640135141,
  },
  threshold: 2.045326836842108,
  fittedOn: '125 answerable + 80 unanswerable tuning questions (2 corpora), 2026-11-29',
};
