import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  "denseWeight": 6.468343800425453,
  "coverageWeight": 7.974646296082922,
  "threshold": 5.394337944729216,
  "fittedOn": "34 dev questions + 203 RealTime QA questions as out-of-corpus, universal-sentence-encoder-lite, 2026-11-23"
};
