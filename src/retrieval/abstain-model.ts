import type { AbstainModel } from './abstain.js';

/** Written by `npm run calibrate`; do not edit by hand. */
export const ABSTAIN_MODEL: AbstainModel = {
  weights: {
    bestShare: 0.4288811588998384,
    bestEntityShare: 4.26060238588535,
    named: -2.8986273338980975,
    unionShare: 0.786367556379009,
    typed: 0.9643748900410346,
    topDense: 1.891460344688654,
    coverage: 0.4934197378366586,
  },
  threshold: 1.7751438150390746,
  fittedOn: '125 answerable + 80 unanswerable tuning questions (2 corpora), 2026-11-29',
};
