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

  it('counts the names declined questions asked about that the corpus never mentions, however typed', () => {
    const db = openStateDb(':memory:');
    const log = new GapLog(db);
    log.record('what did lula say', 'g', NOW, ['lula']);
    log.record('whats Lula up to', 'g', NOW, ['Lula']);
    log.record('lula and evo morales', 'g', NOW, ['lula', 'evo morales']);
    log.record('weather today', 'g', NOW);
    // A cell a hand edit broke counts as no names, and loses no question.
    db.prepare("UPDATE declined SET missing = 'not json' WHERE question = 'weather today'").run();
    const report = log.top('g', 7, NOW);
    expect(report.total).toBe(4);
    expect(report.missing).toEqual([
      { name: 'lula', count: 3 },
      { name: 'evo morales', count: 1 },
    ]);
  });
});
