import { describe, expect, it } from 'vitest';
import { agreeingFirst } from '../../src/answer/agreeing-first.js';
import { topPassages } from '../../src/answer/top.js';
import type { Stance } from '../../src/retrieval/polarity.js';
import { candidate, ids } from '../support/candidate.js';

describe('agreeingFirst', () => {
  const left = candidate('a#0', 'Neither Maduro nor Guaido have been invited.');
  const other = candidate('b#0', 'Peru hosts the meeting.');
  const asked = candidate('a#1', 'Peru has invited Russia and China.');
  const stances = (text: string): Stance[] => [/not|neither/i.test(text) ? 'opposes' : /invited/.test(text) ? 'agrees' : 'silent'];

  it('moves a passage saying the opposite of what is asked just behind the next that says it', () => {
    expect(ids(agreeingFirst([left, other, asked], stances))).toEqual(['b#0', 'a#1', 'a#0']);
    expect(ids(topPassages([left, asked], 2, 1, { stances }))).toEqual(['a#1']);
    expect(ids(agreeingFirst([left, asked]))).toEqual(['a#0', 'a#1']);
  });

  it('keeps its place when no passage after it says what is asked', () => {
    expect(ids(agreeingFirst([asked, left, other], stances))).toEqual(['a#1', 'a#0', 'b#0']);
    expect(ids(agreeingFirst([left, other], stances))).toEqual(['a#0', 'b#0']);
  });
});
