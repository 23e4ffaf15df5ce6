import { describe, expect, it } from 'vitest';
import { OUTCOMES } from '../../src/retrieval/outcome-kinds.js';

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
