import { describe, expect, it } from 'vitest';
import { becomingKind, OUTCOMES } from '../../src/retrieval/outcome-kinds.js';

describe('OUTCOMES', () => {
  it('holds case-blind patterns without the global flag, which would make exec stateful between questions', () => {
    for (const kind of OUTCOMES) {
      for (const pattern of [kind.asks, kind.reports]) {
        expect(pattern.flags).toContain('i');
        expect(pattern.flags).not.toContain('g');
      }
    }
  });

  it('asks undoing a measure before imposing one, so "did they lift the ban" is not read as a ban', () => {
    const first = (q: string) => OUTCOMES.findIndex((k) => k.asks.test(q));
    expect(first('did they lift the ban')).toBeLessThan(first('was the coach banned'));
    expect(OUTCOMES[first('did they lift the ban')]!.reports.test('The ban was lifted in May.')).toBe(true);
  });
});

describe('becomingKind', () => {
  it('asks a post taken, reported by the same post taken however worded, or by taking office', () => {
    const pm = becomingKind('when did the chancellor actually become pm')!;
    expect(pm.reports.test('Mr Blair became the youngest premier of the century.')).toBe(true);
    expect(pm.reports.test('He was elected prime minister in 1997.')).toBe(true);
    expect(pm.reports.test('He became Britain’s longest-serving chancellor.')).toBe(false);
    expect(becomingKind('did X become president')!.reports.test('Since Mr X took office, jobs were lost.')).toBe(true);
    expect(becomingKind('when did he become famous')).toBeNull();
    // The kind of post is the post checks' own list: a health minister is not any minister.
    expect(becomingKind('when did she become health minister')!.reports.test('She was named trade minister in 2001.')).toBe(false);
    expect(becomingKind('what happened')).toBeNull();
  });
});
