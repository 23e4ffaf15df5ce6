import { describe, expect, it } from 'vitest';
import { MINILM_LABEL } from '../../src/bench/minilm-bench.js';
import { renderMinilm } from '../../src/bench/report-minilm.js';
import type { MinilmRate, MinilmSection } from '../../src/bench/side-types.js';
import { summarize } from '../../src/bench/stats.js';

const rate = (embedder: string, single: number, batched: number): MinilmRate => ({
  embedder,
  single: { wall: summarize([single]), cpu: summarize([single * 2]) },
  batched: { batchSize: 16, wall: summarize([batched]), cpu: summarize([batched * 2]) },
});

const section: MinilmSection = {
  label: MINILM_LABEL,
  shape: { layers: 6, hidden: 384 },
  parameters: 22_565_376,
  modelBytes: 90 * 2 ** 20,
  generateMs: 2000,
  loadMs: 900,
  texts: 32,
  meanChars: 450,
  rates: [rate('MiniLM-L6 shape (transformers.js)', 5, 4), rate('USE-Lite', 10, 8)],
  queryLatency: [
    { embedder: 'MiniLM', latency: summarize([20]) },
    { embedder: 'USE-Lite', latency: summarize([40]) },
  ],
  ask: null,
  bbcEstimate: { passages: 10_000, cores: 2, minutes: 20, useLiteMinutes: 10 },
  notes: [],
  load: { before: 1, after: 1 },
  durationMs: 1,
};

describe('renderMinilm', () => {
  it('labels the section as speed only and gives the MiniLM-shape ÷ USE-Lite ratios', () => {
    const { markdown, charts } = renderMinilm(section, 'minilm-throughput.svg');
    const text = markdown.join('\n');
    expect(text).toContain('**speed only; random weights; retrieval quality not measured.**');
    expect(text).toContain('| MiniLM shape ÷ USE-Lite | 0.5× | 0.5× | 0.5× | 0.5× | 0.5× / 0.5× |');
    expect(text).toContain('**20 min** with the MiniLM shape against 10 min with USE-Lite (2×)');
    expect(charts['minilm-throughput.svg']).toContain(MINILM_LABEL);
  });
});
