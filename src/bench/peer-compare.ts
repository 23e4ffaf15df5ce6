/** The measures on which citebot and its LangChain.js peer are compared, and who wins each. Pure. */
import type { PeerSideResult } from './side-types.js';
import { fmt, ratio } from './stats.js';

/** One compared measure: both values, which way is better, and how to show it. */
export interface Compared {
  measure: string;
  citebot: number;
  peer: number;
  better: 'higher' | 'lower';
  show: (v: number) => string;
}

/** Who wins a measure; equal values (or a missing one) are a tie. */
export function winner(c: Pick<Compared, 'citebot' | 'peer' | 'better'>): 'citebot' | 'peer' | 'tie' {
  if (!Number.isFinite(c.citebot) || !Number.isFinite(c.peer) || c.citebot === c.peer) return 'tie';
  return c.citebot > c.peer === (c.better === 'higher') ? 'citebot' : 'peer';
}

export const pct = (v: number) => (Number.isFinite(v) ? `${fmt(v * 100)} %` : '–');
const num = (v: number) => fmt(v);
const msOf = (v: number) => `${fmt(v)} ms`;
const secOf = (v: number) => `${fmt(v / 1000)} s`;
const mib = (v: number) => `${fmt(v)} MiB`;

/** The measures of one corpus, citebot against the peer. */
export function comparedMeasures(c: PeerSideResult, p: PeerSideResult): Compared[] {
  const share = (s: PeerSideResult, n: number) => ratio(n, s.returned);
  return [
    { measure: `hit@1 (${c.overall.n} answerable questions)`, citebot: c.overall.hit1, peer: p.overall.hit1, better: 'higher', show: pct },
    { measure: 'hit@5', citebot: c.overall.hit5, peer: p.overall.hit5, better: 'higher', show: pct },
    { measure: 'MRR', citebot: c.overall.mrr, peer: p.overall.mrr, better: 'higher', show: num },
    {
      measure: 'returned texts not verbatim in the source file',
      citebot: share(c, c.notVerbatim),
      peer: share(p, p.notVerbatim),
      better: 'lower',
      show: pct,
    },
    {
      measure: 'returned texts holding page chrome or front matter',
      citebot: share(c, c.withChrome),
      peer: share(p, p.withChrome),
      better: 'lower',
      show: pct,
    },
    { measure: 'warm query latency p50', citebot: c.latency.median, peer: p.latency.median, better: 'lower', show: msOf },
    { measure: 'warm query latency p95', citebot: c.latency.p95, peer: p.latency.p95, better: 'lower', show: msOf },
    { measure: 'cold build (model loaded, empty caches)', citebot: c.buildMs, peer: p.buildMs, better: 'lower', show: secOf },
    { measure: 'resident memory while answering (after GC)', citebot: c.rssMiB, peer: p.rssMiB, better: 'lower', show: mib },
    { measure: 'peak resident memory', citebot: c.peakRssMiB, peer: p.peakRssMiB, better: 'lower', show: mib },
  ];
}
