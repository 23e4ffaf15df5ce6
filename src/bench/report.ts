/** Renders bench/REPORT.md and its SVG charts from a result. Pure (returns strings). */
import { DEFAULT_HNSW } from '../index/vector-store.js';
import { fmt, fmtSpread, type Summary } from './stats.js';
import { renderMinilm } from './report-minilm.js';
import { renderPeer } from './report-peer.js';
import { renderScale } from './scale-report.js';
import { lineChart, type ChartSeries } from './svg.js';
import type { BuildThroughput, AnnSizeResult, BenchResult, ColdStartResult, E2eIndexResult } from './types.js';

export interface Rendered {
  markdown: string;
  /** File name → SVG text, written beside the report. */
  charts: Record<string, string>;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
function table(header: string[], rows: (string | number)[][]): string {
  return [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');
}
const ms = (s: Summary | null | undefined) => (s ? fmtSpread(s) : '–');
const sec = (s: Summary | null | undefined) => (s ? fmtSpread(s, 1 / 1000) : '–');
const us = (s: Summary | null | undefined) => (s ? fmtSpread(s, 1000) : '–');
const x = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '–' : `${fmt(v)}×`);
/** The cold-start figures, or null when not measured or from a result file older than the compiled build. */
const coldStartOf = (e: E2eIndexResult): ColdStartResult | null => (e.coldStart && 'compiled' in e.coldStart ? e.coldStart : null);
const pct = (v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? '–' : `${fmt(v * 100)} %`);
const mins = (v: number) => `${fmt(v / 60000)} min`;
const verdict = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? '**met**' : '**missed**');

// The settings citebot ships with, so the report marks and judges the live defaults.
const DEFAULT = { m: DEFAULT_HNSW.m, efConstruction: DEFAULT_HNSW.efConstruction, ef: DEFAULT_HNSW.efSearch };

function defaultSetting(size: AnnSizeResult | undefined) {
  const g = size?.graphs.find((gr) => gr.m === DEFAULT.m && gr.efConstruction === DEFAULT.efConstruction);
  return g?.settings.find((s) => s.ef === DEFAULT.ef);
}

function charts(r: BenchResult, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (r.embed) {
    const series: ChartSeries[] = [];
    for (const v of r.embed.variants.filter((vr) => vr.loaded && vr.variant !== 'transformers-tiny')) {
      const batches = v.configs.filter((c) => c.batchSize !== null);
      series.push({ name: `${v.variant} batched`, points: batches.map((c) => ({ x: c.batchSize!, y: c.cpuRate.median })) });
      const naive = v.configs.find((c) => c.batchSize === null);
      if (naive && batches.length > 0) {
        const xs = batches.map((c) => c.batchSize!);
        series.push({
          name: `${v.variant} naive`,
          dashed: true,
          points: [
            { x: Math.min(...xs), y: naive.cpuRate.median },
            { x: Math.max(...xs), y: naive.cpuRate.median },
          ],
        });
      }
    }
    out[`${prefix}embed-throughput.svg`] = lineChart({
      title: 'USE-Lite embedding throughput (per CPU-second)',
      xLabel: 'texts per model call (batch size)',
      yLabel: 'passages per CPU second',
      xLog: true,
      series,
    });
  }
  if (r.build && r.build.slices.length > 0) {
    const s = r.build.slices;
    out[`${prefix}build-time.svg`] = lineChart({
      title: 'Index build time against corpus size',
      xLabel: 'passages',
      yLabel: 'seconds (median)',
      xLog: true,
      yLog: true,
      series: [
        { name: 'full build, cold cache', points: s.map((b) => ({ x: b.passages, y: b.cold.median / 1000 })) },
        { name: 'full build, warm cache', points: s.map((b) => ({ x: b.passages, y: b.warm.median / 1000 })) },
        { name: 'incremental (1 article)', points: s.map((b) => ({ x: b.passages, y: b.incremental.median / 1000 })) },
      ],
    });
  }
  if (r.ann && r.ann.sizes.length > 0) {
    const series: ChartSeries[] = [];
    for (const size of r.ann.sizes) {
      for (const g of size.graphs) {
        series.push({
          name: `${fmtCount(size.size)}, M=${g.m}`,
          points: g.settings.map((s) => ({
            x: s.latency.median * 1000,
            y: s.recallAt10.mean,
            label: g.m === DEFAULT.m ? `ef ${s.ef}` : undefined,
          })),
        });
      }
      series.push({
        name: `${fmtCount(size.size)}, brute force`,
        markersOnly: true,
        points: [{ x: size.bruteForce.latency.median * 1000, y: 1 }],
      });
    }
    out[`${prefix}ann-recall-latency.svg`] = lineChart({
      title: 'HNSW recall@10 against query latency (efConstruction 200)',
      xLabel: 'median query latency, µs',
      yLabel: 'mean recall@10',
      xLog: true,
      series,
      width: 860,
    });
    out[`${prefix}ann-latency-size.svg`] = lineChart({
      title: 'Query latency against number of vectors',
      xLabel: 'vectors',
      yLabel: 'median query latency, µs',
      xLog: true,
      yLog: true,
      series: [
        { name: 'brute force (exact)', points: r.ann.sizes.map((s) => ({ x: s.size, y: s.bruteForce.latency.median * 1000 })) },
        {
          name: `HNSW M=${DEFAULT.m} ef=${DEFAULT.ef}`,
          points: r.ann.sizes.map((s) => ({ x: s.size, y: (defaultSetting(s)?.latency.median ?? Number.NaN) * 1000 })),
        },
      ],
    });
  }
  return out;
}

const fmtCount = (n: number) => (n >= 1e6 ? `${n / 1e6}M` : n >= 1000 ? `${n / 1000}k` : `${n}`);

export function renderReport(r: BenchResult, chartPrefix = ''): Rendered {
  const md: string[] = [];
  const m = r.machine;
  md.push('# citebot benchmarks');
  md.push('');
  md.push(
    `Generated by \`npm run bench${r.mode === 'quick' ? ' -- --quick' : ''}\` (**${r.mode} mode**) on ${r.startedAt.slice(0, 10)} ` +
      `(started ${r.startedAt.slice(11, 16)} UTC); the run took ${mins(r.durationMs)}. This file is written by scripts/bench.ts from bench/results/latest.json; do not edit it by hand.`,
  );
  md.push('');
  for (const re of r.rerun ?? []) {
    md.push(
      `Sections re-run on their own (\`--only=${re.sections.join(',')}\`) on ${re.startedAt.slice(0, 10)} at ${re.startedAt.slice(11, 16)} UTC, ${mins(re.durationMs)}; their numbers below come from that run.`,
    );
    md.push('');
  }
  md.push(
    `Machine: ${m.cpuModel} × ${m.cpuCount} logical CPUs, ${m.totalMemoryGiB} GiB RAM, Node ${m.node}, ${m.platform} (${m.release}). No GPU.`,
  );
  md.push('');
  const loads = (['embed', 'build', 'ann', 'e2e', 'peer', 'minilm'] as const)
    .map((k) => [k, r[k]?.load] as const)
    .filter(([, l]) => l)
    .map(([k, l]) => `${k} ${fmt(l!.before, 2)}→${fmt(l!.after, 2)}`);
  md.push(
    `**Read wall-clock figures with care:** this 2-core machine was shared with other jobs during the run (1-minute load average per section: ${loads.join(', ') || 'n/a'}; a load above 2 means processes were waiting for a CPU). ` +
      'Every speed figure is therefore paired with a baseline measured in the same run, interleaved where possible, and embedding throughput is also given per CPU-second, which other load disturbs far less.',
  );
  md.push('');
  md.push(
    'Numbers are medians with the 10th–90th percentile range in parentheses over repeated runs (n=1 where a run was too long to repeat). Nothing here is a pass/fail test.',
  );
  md.push('');
  if (r.notMeasured?.length) {
    // Up front, so a partial report cannot be mistaken for a full one.
    md.push('**Not measured in this run:**');
    md.push('');
    for (const n of r.notMeasured) md.push(`- ${n.part}: ${n.reason}`);
    md.push('');
  }

  // Targets.
  md.push('## Targets');
  md.push('');
  const largest = r.build?.slices.at(-1);
  const ann100k = r.ann?.sizes.find((s) => s.size === 100_000);
  const def100k = defaultSetting(ann100k);
  md.push(
    table(
      ['target', 'measured', 'verdict'],
      [
        [
          'incremental rebuild (one article changed) ≤ 5 % of a cold full build',
          largest
            ? `${pct(largest.incrementalOverCold)} on ${largest.slice} (${fmt(largest.incremental.median / 1000)} s vs ${fmt(largest.cold.median / 1000)} s)`
            : '–',
          verdict(largest ? largest.incrementalOverCold <= 0.05 : null),
        ],
        [
          `recall@10 ≥ 0.98 at the default HNSW settings (M ${DEFAULT.m}, efC ${DEFAULT.efConstruction}, ef ${DEFAULT.ef}) on 100k real-derived vectors`,
          def100k ? `${fmt(def100k.recallAt10.mean)} (p10 ${fmt(def100k.recallAt10.p10)})` : '–',
          verdict(def100k ? def100k.recallAt10.mean >= 0.98 : null),
        ],
        [
          '… and ≥ 20× faster than brute force there',
          def100k
            ? `${x(def100k.speedup)} (${fmt(def100k.latency.median * 1000)} µs vs ${fmt(ann100k!.bruteForce.latency.median * 1000)} µs)`
            : '–',
          verdict(def100k ? def100k.speedup >= 20 : null),
        ],
        ...(r.e2e?.indexes ?? []).map((e) => [
          `warm ask p50 / query-embedding p50 ≤ 1.25 (${e.slice}, ${e.passages.toLocaleString('en-US')} passages)`,
          `${x(e.askOverEmbed)} (${fmt(e.ask.median)} ms vs ${fmt(e.embedOnly.median)} ms)`,
          verdict(e.askOverEmbed <= 1.25),
        ]),
      ],
    ),
  );
  md.push('');

  // Key numbers.
  md.push('## Key numbers');
  md.push('');
  const keyRows: (string | number)[][] = [];
  const simd = r.embed?.variants.find((v) => v.variant === 'wasm-simd');
  const simdDefault = simd?.configs.find((c) => c.batchSize === 8);
  const simdNaive = simd?.configs.find((c) => c.batchSize === null);
  if (simdDefault && simdNaive) {
    keyRows.push([
      'USE-Lite embedding, batch 8 (default)',
      `${fmtSpread(simdDefault.wallRate)} passages/s wall; ${fmtSpread(simdDefault.cpuRate)} per CPU-s`,
      `naive 1-per-call: ${fmt(simdNaive.wallRate.median)} /s wall, ${fmt(simdNaive.cpuRate.median)} per CPU-s`,
      `${x(simdDefault.speedupWall)} wall, ${x(simdDefault.speedupCpu)} CPU`,
    ]);
  }
  for (const b of r.build?.slices ?? []) {
    keyRows.push([
      `index build, ${b.slice} (${b.articles.toLocaleString('en-US')} articles, ${b.passages.toLocaleString('en-US')} passages)`,
      `cold ${sec(b.cold)} s; incremental ${sec(b.incremental)} s`,
      `cold full build`,
      `incremental = ${pct(b.incrementalOverCold)} of cold`,
    ]);
  }
  for (const s of r.ann?.sizes ?? []) {
    const d = defaultSetting(s);
    if (d) {
      keyRows.push([
        `vector search, ${fmtCount(s.size)} × ${s.dims}-d (${s.realVectors.toLocaleString('en-US')} real)`,
        `HNSW default: ${us(d.latency)} µs, recall@10 ${fmt(d.recallAt10.mean)}`,
        `brute force: ${us(s.bruteForce.latency)} µs`,
        `${x(d.speedup)} faster`,
      ]);
    }
  }
  for (const e of r.e2e?.indexes ?? []) {
    keyRows.push([
      `warm ask, ${e.slice} (${e.passages.toLocaleString('en-US')} passages)`,
      `p50 ${fmt(e.ask.median)} ms, p95 ${fmt(e.ask.p95)} ms`,
      `query embedding alone p50 ${fmt(e.embedOnly.median)} ms`,
      x(e.askOverEmbed),
    ]);
    const c = coldStartOf(e);
    if (c) {
      keyRows.push([
        `cold start, ${e.slice}: compiled \`ask\` (what \`npm run ask\` starts)`,
        `${sec(c.compiled)} s`,
        `through tsx ${sec(c.tsx)} s; model load alone ${sec(c.modelLoad)} s`,
        x(c.compiled.median / c.tsx.median),
      ]);
    }
  }
  if (r.bot?.measured && r.bot.answered && r.bot.serialAnswered) {
    keyRows.push([
      `${r.bot.concurrency} concurrent /ask through the bot`,
      `answered p50 ${fmt(r.bot.answered.median)} ms, p95 ${fmt(r.bot.answered.p95)} ms; deferred p50 ${fmt(r.bot.deferred!.median)} ms`,
      `one /ask at a time: p50 ${fmt(r.bot.serialAnswered.median)} ms`,
      x(r.bot.answered.median / r.bot.serialAnswered.median),
    ]);
  }
  md.push(table(['what', 'measured', 'baseline (same run)', 'ratio'], keyRows));
  md.push('');

  const chartFiles = charts(r, chartPrefix);
  const img = (name: string, alt: string) => (chartFiles[`${chartPrefix}${name}`] ? `![${alt}](${chartPrefix}${name})\n` : '');

  // 1. Embedding.
  if (r.embed) {
    const e = r.embed;
    md.push('## 1. Embedding throughput');
    md.push('');
    md.push(
      `Texts: ${e.variants[0]?.texts ?? 0} real BBC passages (mean ${fmt(e.meanChars)} characters), ${e.textSource}. Each variant runs in its own process (TensorFlow.js fixes its backend per process); ` +
        'configurations are interleaved within each repetition. "naive" calls `embed([text])` once per text; "batch N" is `new UseLiteEmbedder({ batchSize: N }).embed(texts)`.',
    );
    md.push('');
    const rows: (string | number)[][] = [];
    for (const v of e.variants) {
      if (!v.loaded) {
        rows.push([v.variant, 'did not load', '–', '–', '–', '–']);
        continue;
      }
      for (const c of v.configs) {
        rows.push([v.variant, c.config, fmtSpread(c.wallRate), fmtSpread(c.cpuRate), x(c.speedupWall), x(c.speedupCpu)]);
      }
    }
    md.push(table(['variant', 'calls', 'passages/s (wall)', 'passages/CPU-s', '× naive (wall)', '× naive (CPU)'], rows));
    md.push('');
    md.push('Variants:');
    md.push('');
    for (const v of e.variants) {
      const extra = v.loaded
        ? `loaded (backend \`${v.backend}\`${v.simd !== undefined && v.variant.startsWith('wasm') ? `, SIMD ${v.simd}` : ''}${v.threads !== undefined ? `, threads ${v.threads}` : ''}; model load ${fmt((v.loadMs ?? 0) / 1000)} s)`
        : `**did not load**: ${v.error}`;
      md.push(`- \`${v.variant}\`: ${v.description} — ${extra}.`);
    }
    for (const n of e.notes) md.push(`- ${n}`);
    md.push('');
    md.push(img('embed-throughput.svg', 'Embedding throughput against batch size'));
  }

  // 2. Build.
  if (r.build) {
    const b = r.build;
    md.push('## 2. Index build');
    md.push('');
    const cliCold = b.slices.some((s) => s.coldRuns);
    md.push(
      (cliCold
        ? '**Cold**: `npm run index -- --rebuild` as the CLI runs it (`buildFromConfig`: one USE-Lite per core in worker threads, started by the build) into a fresh index folder with an empty embedding cache. '
        : '`buildIndex` as a black box. **Cold**: a fresh index folder, so every passage goes through USE-Lite (the model itself is already loaded). ') +
        "**Warm**: a fresh index folder with the slice's embedding cache copied in (no model calls: chunking, hashing, HNSW, BM25, writing). " +
        '**Incremental**: one article of a private copy of the slice gets a sentence appended, then `buildIndex` runs over the previous build. ' +
        'Slices of BBC are evenly spaced records of bbc-news.jsonl (all five categories); article counts are after the loader drops duplicate texts.',
    );
    md.push('');
    md.push(
      table(
        [
          'slice',
          'articles',
          'passages',
          'cold full (s)',
          'warm full (s)',
          'incremental (s)',
          'incr. / cold',
          'warm / cold',
          'cold / (passages ÷ embed rate)',
          'index on disk (MiB)',
        ],
        b.slices.map((s) => [
          s.slice,
          s.articles.toLocaleString('en-US'),
          s.passages.toLocaleString('en-US'),
          sec(s.cold),
          sec(s.warm),
          sec(s.incremental),
          pct(s.incrementalOverCold),
          pct(s.warmOverCold),
          x(s.coldOverPredicted),
          fmt(s.indexBytes / 2 ** 20),
        ]),
      ),
    );
    md.push('');
    md.push(
      'The "cold / (passages ÷ embed rate)" column compares a cold build with embedding its passages at the batch-8 wall-clock rate of section 1: near 1× means embedding is the whole cost.',
    );
    md.push('');
    if (b.throughput) md.push(...throughputLines(b.throughput), '');
    if (b.breakdown) {
      md.push(
        `Where a warm build of ${b.breakdown.slice} (${b.breakdown.passages.toLocaleString('en-US')} passages) spends its time (the build's parts called directly; writing the files is not included):`,
      );
      md.push('');
      md.push(
        table(
          ['stage', 'ms'],
          Object.entries(b.breakdown.stages).map(([k, v]) => [k, ms(v)]),
        ),
      );
      md.push('');
    }
    for (const n of b.notes) md.push(`- ${n}`);
    md.push('');
    md.push(img('build-time.svg', 'Build time against corpus size'));
  }

  // 3. ANN.
  if (r.ann) {
    const a = r.ann;
    md.push('## 3. Nearest-neighbour search');
    md.push('');
    md.push(
      `The index's own \`HnswVectorStore\` (hnswlib-node, cosine) against an exact scan: a plain Float32Array dot product over every vector (the baseline). ` +
        `Vectors: the ${a.realPool.toLocaleString('en-US')} distinct real USE-Lite passage vectors from the benchmark's embedding caches first; ` +
        "beyond those, vectors **sampled around real ones**: a random real vector + gaussian noise with the real vectors' own covariance (a gaussian combination of 16 random centred real vectors), renormalised. " +
        '(Isotropic N(0, I) noise was tried first and rejected: in 512 dimensions it makes the set intrinsically 512-dimensional, which no real embedding set is, and HNSW recall collapses on it: about 0.5 at ef 64 on 10k vectors around 191 real ones in a trial run.) ' +
        (a.noise === 'calibrate'
          ? 'The noise is calibrated per run so that a derived vector is about as similar to its seed as a real passage is to its nearest real neighbour (cosine to seed = 1/√(1+noise²) = the median real nearest-neighbour cosine). '
          : `The noise has expected norm ${a.noise}. `) +
        'Queries: USE-Lite embeddings of questions about the corpus: "What does the news say about <headline>?" for BBC headlines spread over the corpus, plus the dev questions in eval/dev-reworded.jsonl. Recall@10 = share of the exact top 10 found by HNSW with k = 10, averaged over queries. ' +
        'Latency is per query from JavaScript, including the Float32Array → Array conversion the binding requires; single thread. Each graph is built once (build time n=1).',
    );
    md.push('');
    for (const s of a.sizes) {
      md.push(
        `### ${s.size.toLocaleString('en-US')} vectors (${s.realVectors.toLocaleString('en-US')} real, ${s.derivedVectors.toLocaleString('en-US')} derived)`,
      );
      md.push('');
      md.push(
        `${s.queries} queries. Median cosine of a real vector to its nearest real neighbour: ${fmt(s.realNnCosineMedian)}` +
          (s.derivedVectors > 0 ? `, so noise norm ${fmt(s.noise)}; ` : ' (no derived vectors at this size); ') +
          `median cosine of a vector of this set to its nearest other vector: ${fmt(s.nnCosineMedian)}. ` +
          `Brute force: ${us(s.bruteForce.latency)} µs per query, ${fmt(s.bruteForce.memoryMiB)} MiB of packed vectors.` +
          (s.defaultRecallAt50
            ? ` At the default settings, recall@50 with k = 50 (what retrieval asks for; ef is at least 50): ${fmt(s.defaultRecallAt50.mean)}.`
            : ''),
      );
      md.push('');
      const rows: (string | number)[][] = [];
      for (const g of s.graphs) {
        for (const st of g.settings) {
          const isDefault = g.m === DEFAULT.m && g.efConstruction === DEFAULT.efConstruction && st.ef === DEFAULT.ef;
          rows.push([
            `${g.m}${isDefault ? ' (default)' : ''}`,
            g.efConstruction,
            fmt(g.buildMs / 1000),
            fmt(g.rssDeltaMiB),
            fmt(g.diskMiB),
            `${st.ef}${isDefault ? ' (default)' : ''}`,
            `${fmt(st.recallAt10.mean)} (p10 ${fmt(st.recallAt10.p10)})`,
            us(st.latency),
            x(st.speedup),
          ]);
        }
      }
      md.push(
        table(['M', 'efC', 'build (s)', 'RSS Δ (MiB)', 'on disk (MiB)', 'ef', 'recall@10 mean', 'latency µs', '× brute force'], rows),
      );
      md.push('');
    }
    for (const sk of a.skipped) md.push(`- Not measured: ${sk}`);
    for (const n of a.notes) md.push(`- ${n}`);
    md.push('');
    md.push(img('ann-recall-latency.svg', 'Recall against latency'));
    md.push(img('ann-latency-size.svg', 'Latency against number of vectors'));
  }

  // 4. End to end.
  if (r.e2e) {
    md.push('## 4. End to end');
    md.push('');
    md.push(
      'Warm: one answer service (`createAnswerService`, USE-Lite, default retrieval, k = 5) answers each question after 3 warm-up questions. ' +
        'After each `ask`, the same question goes through the functions the service calls, timed one by one (`embed`, `searchBm25`, `vectors.search`, `retrieve`, `abstainFeatures` + `composeAnswer`); ' +
        '"fusion + diversity" is `retrieve()` minus its two searches for the same question. Questions: the 34 dev questions in eval/dev-reworded.jsonl (24 answerable, 10 off-topic) plus ones built from BBC headlines when BBC News is supplied, so both answered and abstained paths occur.',
    );
    md.push('');
    for (const e of r.e2e.indexes) {
      md.push(`### ${e.slice}: ${e.passages.toLocaleString('en-US')} passages`);
      md.push('');
      md.push(
        `${e.questions} questions, ${e.answerable} answered (the rest abstained). Loading the index (read + verify + prepare): ${ms(e.loadMs)} ms. ` +
          `ask: p50 ${fmt(e.ask.median)} ms, p95 ${fmt(e.ask.p95)} ms; query embedding alone p50 ${fmt(e.embedOnly.median)} ms → ratio **${x(e.askOverEmbed)}**.`,
      );
      md.push('');
      md.push(
        table(
          ['stage', 'p50 ms', 'p95 ms', 'p10–p90 ms'],
          [
            ['ask (whole service call)', fmt(e.ask.median), fmt(e.ask.p95), `${fmt(e.ask.p10)}–${fmt(e.ask.p90)}`],
            ...Object.entries(e.stages).map(([k, v]) => [k, fmt(v.median), fmt(v.p95), `${fmt(v.p10)}–${fmt(v.p90)}`]),
          ],
        ),
      );
      md.push('');
      const c = coldStartOf(e);
      if (c) {
        md.push(
          `Cold start (new process to answer printed, with the index built; median of ${c.compiled.n}): compiled, as \`npm run ask\` starts it (\`node --import ./scripts/fresh.mjs dist/scripts/ask.js "…" --json\`), ${sec(c.compiled)} s; ` +
            `the same from the sources through tsx ${sec(c.tsx)} s (${x(c.compiled.median / c.tsx.median)}). Of that, loading the model (importing the embedder and loading USE-Lite to its first vector, in a fresh process) takes ${sec(c.modelLoad)} s, and an empty Node process ${sec(c.emptyNode)} s. npm's own start-up is not included.`,
        );
        md.push('');
      }
    }
    for (const n of r.e2e.notes) md.push(`- ${n}`);
    md.push('');
  }

  // 5. Bot.
  md.push('## 5. Bot under 20 concurrent /ask');
  md.push('');
  if (r.bot?.measured) {
    md.push(
      table(
        ['', 'p50 ms', 'p95 ms', 'max ms'],
        [
          ['time to deferred reply', fmt(r.bot.deferred!.median), fmt(r.bot.deferred!.p95), fmt(r.bot.deferred!.max)],
          ['time to answer (final edit)', fmt(r.bot.answered!.median), fmt(r.bot.answered!.p95), fmt(r.bot.answered!.max)],
          [
            'baseline: one /ask at a time, time to answer',
            fmt(r.bot.serialAnswered!.median),
            fmt(r.bot.serialAnswered!.p95),
            fmt(r.bot.serialAnswered!.max),
          ],
        ],
      ),
    );
    md.push('');
    for (const n of r.bot.notes) md.push(`- ${n}`);
  } else {
    md.push(`**Not measured**: ${r.bot?.reason ?? 'the bot section did not run'}.`);
  }
  md.push('');
  // Sections 6 and 7 render only when the result has them, so older results still render as before.
  const sides = [
    r.peer === undefined ? null : renderPeer(r.peer, `${chartPrefix}peer-quality.svg`),
    r.minilm === undefined ? null : renderMinilm(r.minilm, `${chartPrefix}minilm-throughput.svg`),
  ];
  for (const side of sides.filter((x) => x !== null)) {
    md.push(...side.markdown);
    Object.assign(chartFiles, side.charts);
  }
  if (r.scale !== undefined) {
    const scale = renderScale(r.scale, chartPrefix);
    md.push(...scale.lines);
    Object.assign(chartFiles, scale.charts);
  }
  md.push('## How to run');
  md.push('');
  md.push('```');
  md.push('npm run bench -- --quick          # 2-5 min; writes bench/results/latest.json and bench/results/REPORT-quick.md');
  md.push('npm run bench                     # full: writes bench/REPORT.md and bench/*.svg (long: see the duration above)');
  md.push('npm run bench -- --json           # also prints the JSON result on stdout');
  md.push('npm run bench -- --only=ann,e2e   # some sections only (report sections of the others are left out)');
  md.push('npm run bench -- --report-only    # re-render the report from bench/results/latest.json');
  md.push('```');
  md.push('');
  md.push(
    'Embedding caches per corpus slice persist in bench/cache/slices/ (gitignored) and are copied in for every build that is not about cold time; cold builds always start from an empty cache.',
  );
  md.push('');
  return { markdown: md.join('\n'), charts: chartFiles };
}

/** The cold build's throughput against cores × the one-core encoder rate (see src/bench/throughput.ts). */
function throughputLines(t: BuildThroughput): string[] {
  const o = t.oneCore;
  return [
    `**Cold build throughput against its limit.** The limit is the encoder's forward pass on every core: ${t.cores} × USE-Lite alone on one core ` +
      `(${fmt(o.wallRate.median)} passages/s wall, ${fmt(o.cpuRate.median)} per CPU second; batch ${o.batchSize}, ${o.texts} passages of ${o.sampleFrom}, ` +
      `a child process of this run, load average ${fmt(o.loadBefore)} before it). Utilization is the build's CPU seconds over cores × wall seconds ` +
      "(below 1 when other work held the cores or they idled); CPU efficiency is the one-core passages per CPU second over the build's (1 = no CPU per passage beyond the encoder's). " +
      "Workers busy is the share of their lives the pool's worker threads had work (event-loop utilization, model loading included): near 100 % with a low utilization means the threads had work but not the CPU.",
    '',
    table(
      [
        'slice',
        'passages',
        'cold build (passages/s)',
        'fraction of limit',
        'steady embedding phase',
        'utilization',
        'CPU efficiency',
        'workers busy',
      ],
      t.slices.map((s) => [
        s.slice,
        s.passages.toLocaleString('en-US'),
        fmt(s.rate),
        pct(s.fraction),
        pct(s.steadyFraction),
        pct(s.utilization),
        pct(s.cpuEfficiency),
        pct(s.workerBusy),
      ]),
    ),
  ];
}
