import { describe, expect, it } from 'vitest';
import { stanceHolder, stanceNames, statesStance } from '../../src/retrieval/stance.js';

const words = (q: string) => q.split(' ').map((folded) => ({ folded }));

describe('stanceNames', () => {
  it('gives the other names of a stance for a stance noun followed by what it is on', () => {
    expect(stanceNames(words('what is mexico policy on venezuela'), 3)).toContain('position');
    expect(stanceNames(words('the posture of mexico on venezuela'), 1)).toContain('stance');
    expect(stanceNames(words('his position on migrants'), 1)).not.toContain('position');
  });

  it('reads a stance noun ending a question after a place as a stance on it ("mexico\'s venezuela policy")', () => {
    expect(stanceNames(words('mexico venezuela policy'), 2)).toContain('position');
    expect(stanceNames(words('the us immigration policy'), 3)).toEqual([]);
  });

  it('leaves a stance noun that names something else alone', () => {
    expect(stanceNames(words('the immigration policy changed'), 2)).toEqual([]);
    expect(stanceNames(words('a view'), 1)).toEqual([]);
  });
});

describe('statesStance', () => {
  it("reads someone's stance, or a stance on something, as stated", () => {
    expect(statesStance('“Mexico’s position will not change,” said Videgaray.')).toBe(true);
    expect(statesStance('He said his nation will maintain its hardline stance against Maduro.')).toBe(true);
    expect(statesStance('The government set out a new policy toward Caracas.')).toBe(true);
  });

  it('does not read a policy merely named as anyone’s stance', () => {
    expect(statesStance('Since the change in immigration policy, Mexico has received hundreds.')).toBe(false);
    expect(statesStance('The view from the summit was clear.')).toBe(false);
  });
});

describe('stanceHolder', () => {
  it('reads the words before the stance or part asked, nearest first, with and without a possessive ending', () => {
    expect(stanceHolder('whats mexicos position on the lima group')).toEqual(['mexicos', 'mexico', 'whats', 'what']);
    expect(stanceHolder("what's chile's official role in all this")).toEqual(['official', 'chile']);
    expect(stanceHolder('what is the us policy toward cuba')).toEqual(['us', 'u', 'the']);
  });

  it('reads nothing when no stance or part is asked', () => {
    expect(stanceHolder('what did mexico say about the lima group')).toEqual([]);
  });
});
