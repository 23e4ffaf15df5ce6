import { describe, expect, it } from 'vitest';
import { baseOfPast } from '../../src/text/irregular.js';

describe('baseOfPast', () => {
  it('gives the base of an irregular past, and leaves any other word as it is', () => {
    expect(baseOfPast('held')).toBe('hold');
    expect(baseOfPast('Met')).toBe('meet');
    expect(baseOfPast('visited')).toBe('visited');
  });
});
