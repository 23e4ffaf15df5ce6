import type { RankerModel } from './rerank.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const RANKER_MODEL: RankerModel = {
  weights: {
    fused: 3.666956141715903,
    dense: 3.637984129494525,
    lexical: 0.5563503513282139,
    share: 3.4359460512187896,
    entityShare: 2.6528199091332585,
    typed: 0.4148077279261388,
    title: 2.4323200215431204,
    lead: -0.25514367712997377,
  },
  fittedOn: '2500 candidates of the tuning questions (2 corpora), 2026-11-29',
};
