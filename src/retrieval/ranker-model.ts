import type { RankerModel } from './rerank.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const RANKER_MODEL: RankerModel = {
  weights: {
    fused: 4.642293654392156,
    dense: 0.7869368712608811,
    lexical: 1.8059322766091088,
    share: 0.7413666590200897,
    entityShare: 1.2833510121446916,
    typed: 0.896189349446905,
    title: 1.1000582461095088,
    lead: -0.4313100249968555,
  },
  fittedOn: '2500 candidates of the tuning questions (2 corpora), 2026-11-29',
};
