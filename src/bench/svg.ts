/** A dependency-free SVG line chart for the benchmark report. Pure. */

export interface ChartPoint {
  x: number;
  y: number;
  /** Shown next to the point (e.g. the ef value). */
  label?: string;
}

export interface ChartSeries {
  name: string;
  points: readonly ChartPoint[];
  dashed?: boolean;
  /** Draw markers only, no connecting line. */
  markersOnly?: boolean;
}

export interface LineChartOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly ChartSeries[];
  xLog?: boolean;
  yLog?: boolean;
  width?: number;
  height?: number;
  /** Axis ranges; by default the data's range (padded a little on linear axes). */
  xRange?: [number, number];
  yRange?: [number, number];
}

const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#17becf', '#bcbd22'];

/** Escapes text for SVG element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Round tick values covering [lo, hi] on a linear axis (1, 2 or 5 × 10^n steps). */
/** The opening of every chart: the svg element, a white background and the title. */
export function chartOpening(width: number, height: number, title: string): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
  ];
}

export function linearTicks(lo: number, hi: number, target = 6): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** Ticks at 1, 2 and 5 × powers of ten within [lo, hi] (lo > 0); only powers of ten when the range is wide. */
export function logTicks(lo: number, hi: number): number[] {
  if (!(lo > 0) || !(hi >= lo)) return [];
  const ticks: number[] = [];
  const wide = Math.log10(hi / lo) > 4;
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of wide ? [1] : [1, 2, 5]) {
      const t = Number((m * 10 ** e).toPrecision(12));
      if (t >= lo * (1 - 1e-9) && t <= hi * (1 + 1e-9)) ticks.push(t);
    }
  }
  return ticks;
}

/** Short tick text: 1500 → 1.5k, 2000000 → 2M, 0.005 → 0.005. */
export function tickLabel(v: number): string {
  const a = Math.abs(v);
  if (a >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
  if (a >= 1e4) return `${Number((v / 1e3).toPrecision(3))}k`;
  return `${Number(v.toPrecision(3))}`;
}

function range(values: number[], log: boolean, given?: [number, number]): [number, number] {
  if (given) return given;
  const usable = values.filter((v) => Number.isFinite(v) && (!log || v > 0));
  if (usable.length === 0) return log ? [1, 10] : [0, 1];
  let lo = Math.min(...usable);
  let hi = Math.max(...usable);
  if (log) {
    if (lo === hi) return [lo / 2, hi * 2];
    return [lo / 1.15, hi * 1.15];
  }
  if (lo === hi) return [lo - 1, hi + 1];
  const pad = (hi - lo) * 0.05;
  lo -= pad;
  hi += pad;
  return [lo, hi];
}

/** Renders the chart as a standalone SVG document. Points with non-finite or (on log axes) non-positive coordinates are skipped. */
export function lineChart(options: LineChartOptions): string {
  const width = options.width ?? 760;
  const height = options.height ?? 440;
  const margin = { left: 70, right: 200, top: 40, bottom: 56 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const xLog = options.xLog ?? false;
  const yLog = options.yLog ?? false;
  const ok = (p: ChartPoint) => Number.isFinite(p.x) && Number.isFinite(p.y) && (!xLog || p.x > 0) && (!yLog || p.y > 0);
  const all = options.series.flatMap((s) => s.points.filter(ok));
  const [x0, x1] = range(
    all.map((p) => p.x),
    xLog,
    options.xRange,
  );
  const [y0, y1] = range(
    all.map((p) => p.y),
    yLog,
    options.yRange,
  );
  const scale = (v: number, lo: number, hi: number, log: boolean) =>
    log ? (Math.log(v) - Math.log(lo)) / (Math.log(hi) - Math.log(lo)) : (v - lo) / (hi - lo);
  const px = (x: number) => margin.left + scale(x, x0, x1, xLog) * plotW;
  const py = (y: number) => margin.top + (1 - scale(y, y0, y1, yLog)) * plotH;
  const r = (v: number) => v.toFixed(1);

  const out: string[] = [];
  out.push(...chartOpening(width, height, options.title));
  // Grid and ticks.
  const xTicks = xLog ? logTicks(x0, x1) : linearTicks(x0, x1);
  const yTicks = yLog ? logTicks(y0, y1) : linearTicks(y0, y1);
  for (const t of xTicks) {
    const x = r(px(t));
    out.push(`<line x1="${x}" y1="${margin.top}" x2="${x}" y2="${margin.top + plotH}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${x}" y="${margin.top + plotH + 16}" text-anchor="middle">${escapeXml(tickLabel(t))}</text>`);
  }
  for (const t of yTicks) {
    const y = r(py(t));
    out.push(`<line x1="${margin.left}" y1="${y}" x2="${margin.left + plotW}" y2="${y}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${margin.left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${escapeXml(tickLabel(t))}</text>`);
  }
  out.push(`<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#333"/>`);
  const xAxis = `${options.xLabel}${xLog ? ' (log scale)' : ''}`;
  const yAxis = `${options.yLabel}${yLog ? ' (log scale)' : ''}`;
  out.push(`<text x="${margin.left + plotW / 2}" y="${height - 14}" text-anchor="middle">${escapeXml(xAxis)}</text>`);
  out.push(
    `<text x="16" y="${margin.top + plotH / 2}" text-anchor="middle" transform="rotate(-90 16 ${margin.top + plotH / 2})">${escapeXml(yAxis)}</text>`,
  );
  // Series.
  options.series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length]!;
    const pts = s.points.filter(ok);
    const dash = s.dashed ? ' stroke-dasharray="6 4"' : '';
    if (!s.markersOnly && pts.length > 1) {
      const d = pts.map((p) => `${r(px(p.x))},${r(py(p.y))}`).join(' ');
      out.push(`<polyline fill="none" stroke="${color}" stroke-width="2"${dash} points="${d}"/>`);
    }
    for (const p of pts) {
      out.push(`<circle cx="${r(px(p.x))}" cy="${r(py(p.y))}" r="3.5" fill="${color}"/>`);
      if (p.label)
        out.push(`<text x="${r(px(p.x) + 5)}" y="${r(py(p.y) - 6)}" font-size="10" fill="${color}">${escapeXml(p.label)}</text>`);
    }
    const ly = margin.top + 10 + i * 18;
    const lx = margin.left + plotW + 14;
    if (!s.markersOnly)
      out.push(`<line class="legend" x1="${lx}" y1="${ly}" x2="${lx + 22}" y2="${ly}" stroke="${color}" stroke-width="2"${dash}/>`);
    out.push(`<circle class="legend" cx="${lx + 11}" cy="${ly}" r="3.5" fill="${color}"/>`);
    out.push(`<text x="${lx + 28}" y="${ly}" dominant-baseline="middle">${escapeXml(s.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
