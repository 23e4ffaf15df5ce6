/** The report's section on the MiniLM-L6-shaped transformers.js path, with its chart. Pure. */
import { barChart } from './bar-chart.js';
import type { MinilmSection } from './side-types.js';
import { fmt, fmtSpread, ratio } from './stats.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;

export function renderMinilm(
  s: MinilmSection | null | undefined,
  chartFile: string,
): { markdown: string[]; charts: Record<string, string> } {
  const md = ['## 7. transformers.js at MiniLM-L6 size', ''];
  if (!s) return { markdown: [...md, 'Not run in this result (`--only=minilm`).', ''], charts: {} };
  md.push(`**${s.label}.**`, '');
  const shape = Object.entries(s.shape).map(([k, v]) => `${k} ${typeof v === 'number' ? v.toLocaleString('en-US') : v}`);
  md.push(
    `A model of Xenova/all-MiniLM-L6-v2's exact shape (${shape.join(', ')}; ${(s.parameters / 1e6).toFixed(2)} M weights, ${fmt(s.modelBytes / 2 ** 20)} MiB onnx/model.onnx) with seeded random weights and a generated WordPiece vocabulary of the same size, written by src/testing/bert-onnx.ts to bench/cache/models/ (generated in ${fmt(s.generateMs / 1000)} s when first made), loaded through EMBEDDER=transformers, MODELS_DIR=bench/cache/models, ALLOW_REMOTE_MODELS=false in ${fmt(s.loadMs)} ms. USE-Lite runs in the same process on the same ${s.texts} passages (mean ${fmt(s.meanChars)} characters). "Per CPU-second" is passages per second of process CPU time, i.e. per busy core.`,
    '',
  );
  const [mini, use] = s.rates;
  const lines = [
    row([
      'embedder',
      'one at a time, passages/s (wall)',
      'one at a time, per CPU-second',
      'batched, passages/s (wall)',
      'batched, per CPU-second',
      'query embedding p50 / p95',
    ]),
    row(['---', '---', '---', '---', '---', '---']),
  ];
  s.rates.forEach((r, i) => {
    const q = s.queryLatency[i]!.latency;
    lines.push(
      row([
        `${r.embedder} (batch ${r.batched.batchSize})`,
        fmtSpread(r.single.wall),
        fmtSpread(r.single.cpu),
        fmtSpread(r.batched.wall),
        fmtSpread(r.batched.cpu),
        `${fmt(q.median)} / ${fmt(q.p95)} ms`,
      ]),
    );
  });
  if (mini && use) {
    const x = (a: number, b: number) => `${fmt(ratio(a, b))}×`;
    const [qm, qu] = [s.queryLatency[0]!.latency, s.queryLatency[1]!.latency];
    lines.push(
      row([
        'MiniLM shape ÷ USE-Lite',
        x(mini.single.wall.median, use.single.wall.median),
        x(mini.single.cpu.median, use.single.cpu.median),
        x(mini.batched.wall.median, use.batched.wall.median),
        x(mini.batched.cpu.median, use.batched.cpu.median),
        `${x(qm.median, qu.median)} / ${x(qm.p95, qu.p95)}`,
      ]),
    );
  }
  md.push(...lines, '');
  if (s.ask) {
    md.push(
      `Warm \`ask\` over ${s.ask.corpus} (${s.ask.passages.toLocaleString('en-US')} passages) built with this model through the project's build (one model per core): p50 ${fmt(s.ask.latency.median)} ms, p95 ${fmt(s.ask.latency.p95)} ms over ${s.ask.latency.n} questions; the cold build took ${fmt(s.ask.buildMs / 1000)} s (${fmt(s.ask.passages / (s.ask.buildMs / 1000))} passages/s).`,
      '',
    );
  }
  if (s.bbcEstimate) {
    const e = s.bbcEstimate;
    md.push(
      `Cold build of all of BBC News (${e.passages.toLocaleString('en-US')} passages), estimated as passages ÷ (batched per-CPU-second rate × ${e.cores} cores), the encoder alone: **${fmt(e.minutes)} min** with the MiniLM shape against ${fmt(e.useLiteMinutes)} min with USE-Lite (${fmt(ratio(e.minutes, e.useLiteMinutes))}×).`,
      '',
    );
  }
  md.push(`![throughput](${chartFile})`, '');
  const standing = [
    'The model is float32 (onnx/model.onnx). A download of Xenova/all-MiniLM-L6-v2 also holds onnx/model_quantized.onnx (int8), which TransformersEmbedder prefers when present: its speed is not measured here.',
    `transformers.js pads every text of a batch to the longest one, so a batch of passages of mixed length computes padding too${
      s.paddingRatio
        ? `: here the batches of ${mini?.batched.batchSize ?? '?'} computed ${fmt(s.paddingRatio)}× the passages' own tokens`
        : ''
    }; batched and one-at-a-time rates are both given for that reason.`,
  ];
  for (const n of [...standing, ...s.notes]) md.push(`- ${n}`);
  md.push(`- Load average (1 min) ${fmt(s.load.before, 2)} before, ${fmt(s.load.after, 2)} after this section.`, '');
  const groups = [
    { name: 'one at a time', values: s.rates.map((r) => r.single.cpu.median) },
    { name: 'batched', values: s.rates.map((r) => r.batched.cpu.median) },
  ];
  const chart = barChart({
    title: 'Embedding throughput: MiniLM-L6 shape against USE-Lite',
    subtitle: s.label,
    valueLabel: 'passages per CPU-second',
    series: s.rates.map((r) => r.embedder),
    groups,
  });
  return { markdown: md, charts: { [chartFile]: chart } };
}
