import { describe, expect, it } from 'vitest';
import { openStateDb } from '../../src/state/db.js';
import { GapLog } from '../../src/state/gaps.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 0, 31);

describe('GapLog', () => {
  it('stores declined questions normalised, per guild', () => {
    const log = new GapLog(openStateDb(':memory:'));
    log.record('  Whats the deal w   LULA?? ', 'g1', NOW);
    log.record('who is lula', 'g2', NOW);
    const { total, groups } = log.top('g1', 7, NOW);
    expect(total).toBe(1);
    expect(groups[0]!.question).toBe('lula');
  });

  it('lists only the last `days`, and prunes what is older than the retention period', () => {
    const log = new GapLog(openStateDb(':memory:'));
    log.record('old question about lula', 'g', NOW - 100 * DAY);
    log.record('recent question about bolsonaro', 'g', NOW - 2 * DAY);
    expect(log.top('g', 7, NOW).total).toBe(1);
    expect(log.top('g', 365, NOW).total).toBe(2);
    expect(log.prune(90, NOW)).toBe(1);
    expect(log.top('g', 365, NOW).total).toBe(1);
  });
});
