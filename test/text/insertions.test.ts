import { describe, expect, it } from 'vitest';
import { carriedWords, withInsertions, withoutCarried } from '../../src/text/insertions.js';

describe('withInsertions', () => {
  it('puts each insertion inside the range in, in offset order', () => {
    const text = 'The meeting will focus on aid. It ends.';
    expect(
      withInsertions(
        text,
        [
          { at: 29, text: ' [Lima Group]' },
          { at: 11, text: ' X' },
        ],
        0,
        text.length,
      ),
    ).toBe('The meeting X will focus on aid [Lima Group]. It ends.');
  });

  it('reads only the range, and leaves out insertions at its start or past its end', () => {
    const text = 'One. Two. Three.';
    const at = [
      { at: 5, text: ' [a]' },
      { at: 8, text: ' [b]' },
      { at: 15, text: ' [c]' },
    ];
    expect(withInsertions(text, at, 5, 9)).toBe('Two [b].');
  });

  it('keeps the order of insertions at one offset', () => {
    expect(
      withInsertions(
        'ab',
        [
          { at: 1, text: '1' },
          { at: 1, text: '2' },
        ],
        0,
        2,
      ),
    ).toBe('a12b');
  });
});

describe('withoutCarried', () => {
  it('removes the words carried in, and nothing else', () => {
    const read = `The meeting will focus on aid${carriedWords(['August', 'Lima Group'])}.`;
    expect(read).toBe('The meeting will focus on aid [August Lima Group].');
    expect(withoutCarried(read)).toBe('The meeting will focus on aid.');
    expect(withoutCarried('No brackets (here).')).toBe('No brackets (here).');
  });
});
