import { describe, expect, it } from 'vitest';
import { renderPeer } from '../../src/bench/report-peer.js';
import type { PeerSideResult } from '../../src/bench/side-types.js';
import { summarize } from '../../src/bench/stats.js';

function side(name: PeerSideResult['side'], over: Partial<PeerSideResult>): PeerSideResult {
  const set = {
    set: 'casual-test',
    answerable: 10,
    unanswerable: 2,
    hit1: 0.5,
    hit5: 0.8,
    mrr: 0.6,
    answerableRefused: 0,
    unanswerableRefused: 0,
  };
  return {
    side: name,
    corpus: 'seed',
    articles: 5,
    units: 50,
    modelLoadMs: 100,
    buildMs: 4000,
    latency: summarize([10, 12, 14]),
    rssMiB: 300,
    peakRssMiB: 320,
    returned: 50,
    meanChars: 300,
    notVerbatim: 0,
    withChrome: 0,
    chromeExamples: [],
    sets: [set],
    overall: { n: 10, hit1: 0.5, hit5: 0.8, mrr: 0.6 },
    ...over,
  };
}

describe('renderPeer', () => {
  it('says plainly where the peer wins, and counts chrome as a share of returned texts', () => {
    const citebot = side('citebot', {
      latency: summarize([30, 32, 34]),
      sets: [{ ...side('citebot', {}).sets[0]!, unanswerableRefused: 2 }],
    });
    const peer = side('langchain', { withChrome: 25 });
    const { markdown, charts } = renderPeer(
      { corpora: [{ corpus: 'seed', citebot, langchain: peer, errors: [] }], notes: [], load: { before: 1, after: 2 }, durationMs: 1 },
      'peer-quality.svg',
    );
    const text = markdown.join('\n');
    expect(text).toMatch(/Where the peer wins:\*\*\n\n- warm query latency p50 on seed: 12 ms against citebot's 32 ms/);
    expect(text).toContain('| returned texts holding page chrome or front matter | 0 % | 50 % | 0× | citebot |');
    expect(text).toContain('| unanswerable questions refused (2; the peer never refuses) | 2 / 2 | 0 / 2 |');
    expect(Object.keys(charts)).toEqual(['peer-quality.svg']);
  });

  it('says when the section did not run', () => {
    expect(renderPeer(null, 'x.svg').markdown.join('\n')).toContain('Not run in this result');
  });
});
