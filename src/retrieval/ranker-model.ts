import type { RankerModel } from './rerank.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const RANKER_MODEL: RankerModel = {
  weights: {
    fused: 5.601145544360708,
    dense: 0.7330076930895588,
    lexical: 1.161616250611319,
    share: 0.2291561842844213,
    entityShare: 1.2472548806654875,
    typed: 0.7091935582363154,
    title: 0.9425174980337865,
    lead: -0.8051242291879539,
  },
  fittedOn: '1120 candidates of the tuning questions (1 corpora), 2026-11-29',
};
