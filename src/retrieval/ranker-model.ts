import type { RankerModel } from './rerank.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const RANKER_MODEL: RankerModel = {
  weights: {
    fused: 3.65317791696212,
    dense: 3.63285622931153,
    lexical: 0.5772610736199446,
    share: 3.401308712766419,
    entityShare: 2.534412482097711,
    typed: 0.43706934249612817,
    title: 2.4407718285542677,
    lead: -0.25648628657206723,
  },
  fittedOn: '2500 candidates of the tuning questions (2 corpora), 2026-11-29',
};
