/** Section 6 of the benchmark report (running at scale) and its chart. Pure. */
import { fmt } from './stats.js';
import { lineChart } from './svg.js';
import type { ScaleSection } from './types.js';

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (header: string[], rows: (string | number)[][]) => [row(header), row(header.map(() => '---')), ...rows.map(row)].join('\n');

/** The section's Markdown lines and its chart (file name → SVG). */
export function renderScale(s: ScaleSection | null | undefined, prefix: string): { lines: string[]; charts: Record<string, string> } {
  const lines = ['## 8. Running at scale: Postgres backend, shards, embedding workers', ''];
  if (!s?.measured || !s.runs || !s.memory || !s.builds || !s.serveCorpus) {
    lines.push(`**Not measured**: ${s?.reason ?? 'the scale section did not run'}.`, '');
    return { lines, charts: {} };
  }
  lines.push(
    '**Read this first.** The Postgres here is PGlite (PostgreSQL compiled to WebAssembly) served over TCP by pglite-socket: ' +
      'one process that runs one query at a time for every connection. It is a functional stand-in for PostgreSQL (the same SQL, pgvector and pg_textsearch, ' +
      'reached through `pg` as in production), not a performance proxy: a real server runs queries in parallel on every core. Read the postgres figures as an upper bound on ' +
      'what the database adds, and the ratios with that caveat.',
    '',
  );
  const c = s.serveCorpus;
  lines.push(
    `Bots answer from **${c.name}** (${c.articles.toLocaleString('en-US')} articles, ${c.passages.toLocaleString('en-US')} passages).`,
    '',
  );
  lines.push(
    table(
      [
        'backend',
        'shards',
        'concurrent /ask',
        'sent',
        'expired (not acknowledged in 3 s)',
        'answered',
        'p50 ms',
        'p95 ms',
        'max ms',
        'error replies',
      ],
      s.runs.map((r) => [
        r.backend,
        r.shards,
        r.concurrency,
        r.sent,
        r.expired,
        r.answered.n,
        fmt(r.answered.median),
        fmt(r.answered.p95),
        fmt(r.answered.max),
        r.failed,
      ]),
    ),
    '',
  );
  lines.push(`![answer latency by deployment](${prefix}scale-latency.svg)`, '');
  lines.push(
    table(
      ['backend', 'shards', 'resident MiB per bot process (after the bursts)', 'peak MiB per bot process', 'ShardingManager MiB'],
      s.memory.map((m) => [
        m.backend,
        m.shards,
        m.processes.map((p) => fmt(p.rssMiB)).join(', ') || '–',
        m.processes.map((p) => fmt(p.peakMiB)).join(', ') || '–',
        m.supervisorMiB === null ? '–' : fmt(m.supervisorMiB),
      ]),
    ),
    '',
  );
  if (s.databaseMiB != null)
    lines.push(
      `The PGlite process held ${fmt(s.databaseMiB)} MiB resident at the end (the database itself, shared by every bot process).`,
      '',
    );
  const local = s.builds.find((b) => b.backend === 'local');
  lines.push(
    table(
      ['cold build', 'embedding processes', 'passages', 'wall s', 'passages / s', 'against local, 1 process'],
      s.builds.map((b) => [
        b.backend,
        b.workers,
        b.passages,
        fmt(b.wallMs / 1000),
        fmt(b.rate),
        local ? `${fmt(b.rate / local.rate)}×` : '–',
      ]),
    ),
    '',
  );
  lines.push(
    `- Builds: ${s.buildCorpus}, nothing cached, tables dropped (\`npm run index -- --rebuild [--workers N]\` as a child process, timed from start to exit, model loading included). With N workers the machine's cores are split between the N processes, so on one machine workers can only add parallelism the single process did not already use; their use is more machines.`,
  );
  lines.push(
    '- Latency: one burst of N simultaneous /ask per repetition, spread evenly over the servers (one per shard) of the loopback Discord stand-in, each answered by `dist/src/main.js` as `npm start` runs it; the first /ask in each server (model and index loading) is not timed.',
  );
  if (s.load) lines.push(`- 1-minute load average ${fmt(s.load.before)} before, ${fmt(s.load.after)} after; the machine was shared.`);
  for (const n of s.notes) lines.push(`- ${n}`);
  lines.push('');

  const concurrencies = [...new Set(s.runs.map((r) => r.concurrency))].sort((a, b) => a - b);
  const deployments = [...new Set(s.runs.map((r) => `${r.backend}, ${r.shards} shard${r.shards > 1 ? 's' : ''}`))];
  const chart = lineChart({
    title: 'Concurrent /ask: median and p95 answer time',
    xLabel: 'simultaneous /ask',
    yLabel: 'ms to the answer',
    xRange: [Math.min(...concurrencies) * 0.8, Math.max(...concurrencies) * 1.2],
    xLog: true,
    yLog: true,
    series: deployments.flatMap((d) => {
      const mine = s.runs!.filter((r) => `${r.backend}, ${r.shards} shard${r.shards > 1 ? 's' : ''}` === d);
      return [
        { name: `${d}, p50`, points: mine.map((r) => ({ x: r.concurrency, y: r.answered.median })) },
        { name: `${d}, p95`, dashed: true, points: mine.map((r) => ({ x: r.concurrency, y: r.answered.p95 })) },
      ];
    }),
    width: 900,
  });
  return { lines, charts: { [`${prefix}scale-latency.svg`]: chart } };
}
