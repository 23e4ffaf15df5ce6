import type { RankerModel } from './rerank.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const RANKER_MODEL: RankerModel = {
  weights: {
    fused: 3.604852461110351,
    dense: 3.644958506199156,
    lexical: 0.6221808345591117,
    share: 3.2296857334310554,
    entityShare: 2.978997154201512,
    typed: 0.4451815786814612,
    title: 2.839373557167881,
    lead: -0.19844664322901473,
    content: 0.09713143989222371,
    sentence: -0.23414321958141004,
    opens: 0.033461030525890716,
  },
  fittedOn: '2500 candidates of the tuning questions (2 corpora), 2026-11-29',
};
