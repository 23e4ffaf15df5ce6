/** A dependency-free SVG chart of grouped horizontal bars, for the side-by-side sections of the report. Pure. */
import { chartOpening, escapeXml, linearTicks, tickLabel } from './svg.js';

export interface BarGroup {
  /** The measure, e.g. "hit@5, seed". */
  name: string;
  /** One value per series, in the order of `series`; NaN draws no bar. */
  values: number[];
}

export interface BarChartOptions {
  title: string;
  /** A second line under the title, e.g. what the figures are not. */
  subtitle?: string;
  valueLabel: string;
  series: string[];
  groups: BarGroup[];
  width?: number;
}

const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728'];

export function barChart(options: BarChartOptions): string {
  const width = options.width ?? 760;
  const bar = 14;
  const groupH = options.series.length * bar + 14;
  // About 7 px per character at 12 px: the longest group name sets the left margin.
  const longest = Math.max(...options.groups.map((g) => g.name.length), 4);
  const margin = { left: Math.min(360, 16 + longest * 7), right: 60, top: options.subtitle ? 56 : 40, bottom: 70 };
  const plotW = width - margin.left - margin.right;
  const plotH = options.groups.length * groupH;
  const height = margin.top + plotH + margin.bottom;
  const values = options.groups.flatMap((g) => g.values).filter(Number.isFinite);
  const top = Math.max(...values, 1e-9);
  const ticks = linearTicks(0, top);
  // The axis ends on a tick at or past the longest bar.
  if (ticks.length > 1 && ticks.at(-1)! < top) ticks.push(Number((ticks.at(-1)! + ticks[1]! - ticks[0]!).toPrecision(12)));
  const max = ticks.at(-1)!;
  const px = (v: number) => margin.left + (v / max) * plotW;
  const r = (v: number) => v.toFixed(1);

  const out: string[] = [];
  out.push(...chartOpening(width, height, options.title));
  if (options.subtitle) out.push(`<text x="${width / 2}" y="40" text-anchor="middle">${escapeXml(options.subtitle)}</text>`);
  for (const t of ticks) {
    out.push(`<line x1="${r(px(t))}" y1="${margin.top}" x2="${r(px(t))}" y2="${margin.top + plotH}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${r(px(t))}" y="${margin.top + plotH + 16}" text-anchor="middle">${escapeXml(tickLabel(t))}</text>`);
  }
  options.groups.forEach((g, gi) => {
    const y0 = margin.top + gi * groupH + 7;
    out.push(
      `<text x="${margin.left - 8}" y="${r(y0 + (groupH - 14) / 2)}" text-anchor="end" dominant-baseline="middle">${escapeXml(g.name)}</text>`,
    );
    g.values.forEach((v, si) => {
      if (!Number.isFinite(v)) return;
      const y = y0 + si * bar;
      out.push(
        `<rect class="bar" x="${margin.left}" y="${r(y)}" width="${r(px(v) - margin.left)}" height="${bar - 2}" fill="${COLORS[si % COLORS.length]}"/>`,
      );
      out.push(
        `<text x="${r(px(v) + 4)}" y="${r(y + bar / 2)}" font-size="10" dominant-baseline="middle">${escapeXml(tickLabel(Number(v.toPrecision(3))))}</text>`,
      );
    });
  });
  out.push(`<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${margin.top + plotH}" stroke="#333"/>`);
  out.push(
    `<text x="${margin.left + plotW / 2}" y="${margin.top + plotH + 36}" text-anchor="middle">${escapeXml(options.valueLabel)}</text>`,
  );
  let lx = margin.left;
  options.series.forEach((s, si) => {
    const ly = height - 16;
    out.push(`<rect x="${lx}" y="${ly - 6}" width="12" height="12" fill="${COLORS[si % COLORS.length]}"/>`);
    out.push(`<text x="${lx + 18}" y="${ly}" dominant-baseline="middle">${escapeXml(s)}</text>`);
    lx += 40 + s.length * 7;
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
