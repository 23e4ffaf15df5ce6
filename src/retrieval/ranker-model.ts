import type { RankerModel } from './rerank.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const RANKER_MODEL: RankerModel = {
  weights: {
    fused: 3.007299913280875,
    dense: 4.27686671794404,
    lexical: 1.020947886643413,
    share: 3.268853794579218,
    entityShare: 3.4154326703417683,
    typed: -0.11403357635514912,
    title: 3.4815249414001186,
    lead: -0.5092644152847392,
    content: 0.32979411934388225,
    sentence: -0.542056124536674,
    opens: 0.07291160781476123,
  },
  fittedOn: '5000 candidates of the tuning questions (2 corpora), 2026-11-29',
};
