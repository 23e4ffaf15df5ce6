import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  denseWeight: 1,
  coverageWeight: 1,
  threshold: 0.7,
  fittedOn: 'not fitted yet',
};
