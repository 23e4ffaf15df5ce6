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

  it('does not read "in the end" after a ban as ending it', () => {
    const first = (q: string) => OUTCOMES.findIndex((k) => k.asks.test(q));
    const appeal = 'did she win her appeal against the 8 year ban in the end';
    expect(OUTCOMES[first(appeal)]!.reports.test('She won her appeal.')).toBe(true);
    expect(first(appeal)).not.toBe(first('was the ban ended in may'));
  });

  const kindOf = (q: string) => OUTCOMES.find((k) => k.asks.test(q))!;

  it('reads a purchase asked as reported by a sale to someone, not by sales', () => {
    const bought = kindOf('who bought the stake');
    expect(bought.reports.test("The sale of the 33% stake to Spain's Ferrovial for £146m.")).toBe(true);
    expect(bought.reports.test('It sold its shares to a rival.')).toBe(true);
    expect(bought.reports.test('Sales rose 5% and it sold 2m copies.')).toBe(false);
  });

  it('reads a win asked as reported by a prize earned or received', () => {
    const won = kindOf('which film won at the cesars');
    expect(won.reports.test("L'Esquive earned a Cesar prize for its director.")).toBe(true);
    expect(won.reports.test('She received the best actress award.')).toBe(true);
    expect(won.reports.test('She earned praise from critics.')).toBe(false);
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
