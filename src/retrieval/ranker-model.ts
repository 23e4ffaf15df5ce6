import type { RankerModel } from './rerank.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const RANKER_MODEL: RankerModel = {
  weights: {
    fused: 3.780621587837999,
    dense: 3.515912685244263,
    lexical: 0.797139465402911,
    share: 2.62594531682952,
    entityShare: 2.7167955431108095,
    typed: 0.5273210361460354,
    title: 2.095863736682629,
    lead: -0.2211175562210679,
  },
  fittedOn: '2500 candidates of the tuning questions (2 corpora), 2026-11-29',
};
