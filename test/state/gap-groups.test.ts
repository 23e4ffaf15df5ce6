import { describe, expect, it } from 'vitest';
import { groupQuestions, normaliseQuestion } from '../../src/state/gap-groups.js';

describe('normaliseQuestion', () => {
  it('resolves chat shorthand, folds case and drops trailing punctuation', () => {
    expect(normaliseQuestion('Whats up w/ Bolsonaro??')).toBe(normaliseQuestion('what is up with bolsonaro'));
  });
});

describe('groupQuestions', () => {
  it('groups phrasings that share their stemmed terms, counts them, and puts the most asked first', () => {
    const groups = groupQuestions([
      'why did peru leave the lima group',
      'peru leaving lima group',
      'why did peru leave the lima group',
      'what did lula say about maduro',
      'what did lula say about maduro',
      'lula said what about maduro',
      'who won the world cup',
    ]);
    expect(groups.map((g) => [g.question, g.count])).toEqual([
      ['what did lula say about maduro', 3],
      ['why did peru leave the lima group', 3],
      ['who won the world cup', 1],
    ]);
    expect(groups[1]!.variants).toEqual(['peru leaving lima group']);
  });

  it('keeps unrelated questions that share one word apart', () => {
    expect(groupQuestions(['peru election results', 'peru football team coach']).length).toBe(2);
  });
});
