import type { RankerModel } from './rerank.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const RANKER_MODEL: RankerModel = {
  weights: {
    fused: 3.7472812767810213,
    dense: 3.361584300078604,
    lexical: 1.0627404083594858,
    share: 2.705183856238501,
    entityShare: 1.0235858945753222,
    typed: 0.4663315673121303,
    title: 2.721577720960203,
    lead: -0.32423756153464905,
  },
  fittedOn: '2500 candidates of the tuning questions (2 corpora), 2026-11-29',
};
