import type { RankerModel } from './rerank.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const RANKER_MODEL: RankerModel = {
  weights: {
    fused: 2.9869923595312797,
    dense: 4.276828924093845,
    lexical: 1.0169783187862984,
    share: 3.264205530665979,
    entityShare: 3.4178500240963965,
    typed: 0.05080527929023702,
    title: 3.4560395169599367,
    lead: -0.508956898447042,
    content: 0.3176238939240177,
    sentence: -0.5422028044044799,
    opens: 0.07625208465600994,
  },
  fittedOn: '5000 candidates of the tuning questions (2 corpora), 2026-11-29',
};
