import { describe, expect, it } from 'vitest';
import { comparedMeasures, winner } from '../../src/bench/peer-compare.js';
import type { PeerSideResult } from '../../src/bench/side-types.js';
import { summarize } from '../../src/bench/stats.js';

describe('winner', () => {
  it('picks the side with the better value in the measure’s direction, and calls equal or missing values a tie', () => {
    expect(winner({ citebot: 0.8, peer: 0.6, better: 'higher' })).toBe('citebot');
    expect(winner({ citebot: 20, peer: 10, better: 'lower' })).toBe('peer');
    expect(winner({ citebot: 1, peer: 1, better: 'lower' })).toBe('tie');
    expect(winner({ citebot: Number.NaN, peer: 1, better: 'lower' })).toBe('tie');
  });
});

describe('comparedMeasures', () => {
  it('counts unverbatim and chrome-holding texts as shares of the texts each side returned', () => {
    const base = { latency: summarize([1]), overall: { n: 1, hit1: 1, hit5: 1, mrr: 1 }, buildMs: 1, rssMiB: 1, peakRssMiB: 1 };
    const c = { ...base, returned: 10, notVerbatim: 0, withChrome: 0 } as PeerSideResult;
    const p = { ...base, returned: 40, notVerbatim: 0, withChrome: 10 } as PeerSideResult;
    const chrome = comparedMeasures(c, p).find((m) => m.measure.includes('chrome'))!;
    expect([chrome.citebot, chrome.peer, winner(chrome)]).toEqual([0, 0.25, 'citebot']);
  });
});
