import { describe, expect, it } from 'vitest';
import { renderScale } from '../../src/bench/scale-report.js';
import { summarize } from '../../src/bench/stats.js';
import type { ScaleSection } from '../../src/bench/types.js';

const section: ScaleSection = {
  measured: true,
  serveCorpus: { name: 'bbc-30', articles: 30, passages: 138 },
  buildCorpus: 'bbc-30',
  runs: [
    { backend: 'local', shards: 1, concurrency: 20, sent: 20, failed: 0, expired: 0, answered: summarize([100, 200, 300]) },
    { backend: 'postgres', shards: 2, concurrency: 100, sent: 100, failed: 1, expired: 7, answered: summarize([400, 500]) },
  ],
  memory: [
    {
      backend: 'postgres',
      shards: 2,
      processes: [
        { rssMiB: 310, peakMiB: 330 },
        { rssMiB: 305, peakMiB: 320 },
      ],
      supervisorMiB: 60,
    },
  ],
  databaseMiB: 420,
  builds: [
    { backend: 'local', workers: 1, passages: 138, wallMs: 20_000, rate: 6.9 },
    { backend: 'postgres', workers: 2, passages: 138, wallMs: 10_000, rate: 13.8 },
  ],
  notes: [],
};

describe('renderScale', () => {
  it('tables latency with expired and error replies, memory per process and build rates against local, and charts latency', () => {
    const { lines, charts } = renderScale(section, '');
    const md = lines.join('\n');
    expect(md).toContain('| postgres | 2 | 100 | 100 | 7 | 2 | 450 |');
    expect(md).toContain('| postgres | 2 | 310, 305 | 330, 320 | 60 |');
    expect(md).toContain('| postgres | 2 | 138 | 10 | 13.8 | 2× |');
    expect(md).toMatch(/functional stand-in for PostgreSQL.*not a performance proxy/);
    expect(Object.keys(charts)).toEqual(['scale-latency.svg']);
    expect(charts['scale-latency.svg']).toContain('postgres, 2 shards, p95');
  });

  it('says why when the section was not measured', () => {
    expect(renderScale({ measured: false, reason: 'the scale run failed: boom', notes: [] }, '').lines.join('\n')).toContain(
      '**Not measured**: the scale run failed: boom.',
    );
    expect(renderScale(null, '').charts).toEqual({});
  });
});
