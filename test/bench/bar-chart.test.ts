import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/bench/bar-chart.js';

describe('barChart', () => {
  it('draws one bar per finite value and escapes names', () => {
    const svg = barChart({
      title: 'A & B',
      valueLabel: 'rate',
      series: ['citebot', 'peer <LangChain>'],
      groups: [
        { name: 'hit@1', values: [0.5, 0.25] },
        { name: 'hit@5', values: [0.75, Number.NaN] },
      ],
    });
    expect(svg.match(/class="bar"/g)).toHaveLength(3);
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('peer &lt;LangChain&gt;');
    expect(svg.startsWith('<svg')).toBe(true);
  });

  it('scales the longest bar to the last tick, so bars compare by length', () => {
    const svg = barChart({
      title: 't',
      valueLabel: 'v',
      series: ['a'],
      groups: [
        { name: 'g', values: [1] },
        { name: 'h', values: [0.5] },
      ],
    });
    const widths = [...svg.matchAll(/class="bar"[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[1]! / widths[0]!).toBeCloseTo(0.5, 2);
  });
});
