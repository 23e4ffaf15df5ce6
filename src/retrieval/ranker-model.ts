import type { RankerModel } from './rerank.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const RANKER_MODEL: RankerModel = {
  weights: {
    fused: 3.4006469246463547,
    dense: 3.8924777598611002,
    lexical: 0.6241787008684792,
    share: 3.5233876068130807,
    entityShare: 3.0187207489273473,
    typed: 0.4520106639927104,
    title: 2.7063252932527866,
    lead: -0.18630556600049056,
    content: 0.1889730794209764,
    sentence: -0.5647523837329611,
    opens: -0.026207183516099974,
  },
  fittedOn: '2500 candidates of the tuning questions (2 corpora), 2026-11-29',
};
