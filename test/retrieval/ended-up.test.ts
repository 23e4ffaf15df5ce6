import { describe, expect, it } from 'vitest';
import { endedUpKind } from '../../src/retrieval/ended-up.js';

describe('endedUpKind', () => {
  it('asks the verb after "end up", reported by any form of it, its irregular past or its noun', () => {
    const ran = endedUpKind('did el guerrouj end up running the world cross country')!;
    expect(ran.asks.exec('did el guerrouj end up running the world cross country')?.[0]).toBe('running');
    expect(ran.reports.test('El Guerrouj ran a brave race.')).toBe(true);
    expect(ran.reports.test('He runs again in March.')).toBe(true);
    expect(endedUpKind('what did they end up agreeing')!.reports.test('They signed an agreement.')).toBe(true);
    expect(endedUpKind('did the fa end up banning henry')!.reports.test('Henry was banned for three games.')).toBe(true);
    expect(endedUpKind('did lufthansa end up suing')!.reports.test('Lufthansa sued the government.')).toBe(true);
    expect(endedUpKind('what did the report end up saying')!.reports.test('The report said little.')).toBe(true);
  });

  it('reports no other verb, nor a word that only looks like a form of it', () => {
    const won = endedUpKind('how many awards did sideways end up winning')!;
    expect(won.reports.test('The film was nominated.')).toBe(false);
    expect(won.reports.test('They drank fine wines.')).toBe(false);
  });

  it('asks nothing without "end up" and a verb, nor with a light verb', () => {
    expect(endedUpKind('did el guerrouj run')).toBeNull();
    expect(endedUpKind('who ended up with it')).toBeNull();
    expect(endedUpKind('how long did they end up getting')).toBeNull();
  });
});
