import { describe, expect, it } from 'vitest';
import { nextTo, wordsOf } from '../../src/text/words.js';

describe('wordsOf', () => {
  it('splits at spaces, commas, brackets and quotes, with where each word stands and its stem', () => {
    const sentence = 'Almagro, the head, said "no" to Guaido’s (new) plan.';
    const words = wordsOf(sentence);
    expect(words.map((w) => w.text)).toEqual(['Almagro', 'the', 'head', 'said', 'no', 'to', 'Guaido’s', 'new', 'plan.']);
    expect(words[6]!.stem).toBe('guaido');
    expect(sentence.slice(words[2]!.start, words[2]!.end)).toBe('head');
  });
});

describe('nextTo', () => {
  it('tells words parted by spaces alone from words a comma or a bracket parts', () => {
    const sentence = 'Juan Guaido, the leader (then) spoke';
    const words = wordsOf(sentence);
    expect(nextTo(sentence, words, 0)).toBe(true);
    expect(nextTo(sentence, words, 1)).toBe(false);
    expect(nextTo(sentence, words, 3)).toBe(false);
    expect(nextTo(sentence, words, words.length - 1)).toBe(false);
  });
});
