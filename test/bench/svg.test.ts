import { describe, expect, it } from 'vitest';
import { escapeXml, lineChart, linearTicks, logTicks, tickLabel } from '../../src/bench/svg.js';

describe('ticks', () => {
  it('picks round linear steps', () => {
    expect(linearTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(linearTicks(0.83, 1.01, 6)).toEqual([0.85, 0.9, 0.95, 1]);
    expect(linearTicks(3, 3)).toEqual([3]);
  });
  it('picks 1-2-5 log steps, only decades for wide ranges', () => {
    expect(logTicks(0.8, 30)).toEqual([1, 2, 5, 10, 20]);
    expect(logTicks(0.01, 10000)).toEqual([0.01, 0.1, 1, 10, 100, 1000, 10000]);
    expect(logTicks(0, 10)).toEqual([]);
  });
  it('abbreviates large labels', () => {
    expect(tickLabel(1500)).toBe('1500');
    expect(tickLabel(20000)).toBe('20k');
    expect(tickLabel(1_000_000)).toBe('1M');
    expect(tickLabel(0.005)).toBe('0.005');
  });
});

describe('lineChart', () => {
  const svg = lineChart({
    title: 'Recall <vs> latency & more',
    xLabel: 'ms',
    yLabel: 'recall',
    xLog: true,
    series: [
      {
        name: 'M=16',
        points: [
          { x: 0.1, y: 0.9, label: 'ef 16' },
          { x: 0.2, y: 0.95 },
          { x: 0.4, y: 0.99 },
        ],
      },
      { name: 'brute force', points: [{ x: 5, y: 1 }], markersOnly: true },
      {
        name: 'bad points',
        points: [
          { x: -1, y: 1 },
          { x: Number.NaN, y: 2 },
        ],
        dashed: true,
      },
    ],
  });

  it('is a standalone SVG document with escaped text', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trim().endsWith('</svg>')).toBe(true);
    expect(svg).toContain('Recall &lt;vs&gt; latency &amp; more');
    expect(svg).not.toContain('<vs>');
    expect(svg).toContain('ms (log scale)');
  });

  it('draws one line per multi-point series, a marker per valid point and a legend entry per series', () => {
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    // 4 valid data points + 3 legend markers
    expect(svg.match(/<circle/g)).toHaveLength(7);
    expect(svg).toContain('>ef 16</text>');
    expect(svg).toContain('>bad points</text>');
    expect(svg).not.toContain('NaN');
  });

  it('keeps points inside the plot area', () => {
    const coords = [...svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(coords).toHaveLength(4); // legend markers carry class="legend" and do not match
    for (const [x, y] of coords) {
      expect(x).toBeGreaterThanOrEqual(70);
      expect(x).toBeLessThanOrEqual(760 - 200);
      expect(y).toBeGreaterThanOrEqual(40);
      expect(y).toBeLessThanOrEqual(440 - 56);
    }
  });

  it('escapes every XML special character', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&#39;');
  });
});
