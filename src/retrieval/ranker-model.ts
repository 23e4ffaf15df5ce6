import type { RankerModel } from './rerank.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const RANKER_MODEL: RankerModel = {
  weights: {
    fused: 2.970585960300158,
    dense: 4.2690037633914475,
    lexical: 0.9919037879726963,
    share: 3.4803711391977106,
    entityShare: 3.273144897842615,
    typed: -0.16489816937335108,
    title: 3.5465000177606107,
    lead: -0.5154468066390769,
    content: 0.1475639392142933,
    sentence: -0.51447711626766,
    opens: 0.07857985708239552,
    predicate: 0.20926239955893766,
  },
  fittedOn: '5000 candidates of the tuning questions (2 corpora), 2026-11-29',
};
