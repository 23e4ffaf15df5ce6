import { describe, expect, it } from 'vitest';
import { inHeadlineCase } from '../../src/text/headline.js';

const line = (text: string) =>
  text.split(' ').map((w, i, all) => ({
    folded: w.toLowerCase().replace(/\W/g, ''),
    capital: /^\p{Lu}/u.test(w),
    opening: i === 0 || /[.!?]$/.test(all[i - 1]!),
  }));

describe('inHeadlineCase', () => {
  it('tells a headline-case line from a sentence-case one', () => {
    expect(inHeadlineCase(line('Pompeo Begins Latin America Tour Intent on Boosting Coalition'))).toBe(true);
    expect(inHeadlineCase(line('Peru invites China and Russia to the Lima Group meeting'))).toBe(false);
  });

  it('does not take a line of names, with too few common words to judge, for a headline', () => {
    expect(inHeadlineCase(line('Luis Alfonso de Alba'))).toBe(false);
    expect(inHeadlineCase(line('Foreign Minister Luis Videgaray'))).toBe(false);
    expect(inHeadlineCase(line('The Organization of American States met. Foreign Minister Ana Vidal spoke.'))).toBe(false);
  });
});
