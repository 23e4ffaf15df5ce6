import { describe, expect, it } from 'vitest';
import { givesSumOf, namedSum } from '../../src/retrieval/sums.js';

const MONEY = /[$£€]\s?\d/;

describe('namedSum', () => {
  it('reads the noun naming the sum a question asks for', () => {
    expect(namedSum('whats the revenue of yukos')).toBe('revenue');
    expect(namedSum('what was his salary at man utd')).toBe('salary');
    expect(namedSum('what did chelsea pay for drogba')).toBe('pay');
  });

  it('reads a sum asked in a later part of the question', () => {
    expect(namedSum('did they launch the phone? and what does it cost')).toBe('cost');
    expect(namedSum('who bought it, what was the price')).toBe('price');
  });

  it('reads no sum named as what something is about or what was said of it', () => {
    expect(namedSum('what did brown say about the budget')).toBeNull();
    expect(namedSum('what was the budget debate about')).toBeNull();
    expect(namedSum('who won the match')).toBeNull();
  });
});

describe('givesSumOf', () => {
  it('needs a sum beside a word of its kind in one sentence: a tax bill is no revenue', () => {
    const bill = 'Yukos was hit with a bill of more than $27bn in back taxes. Its revenue fell.';
    expect(givesSumOf('revenue', bill, MONEY)).toBe(false);
    expect(givesSumOf('revenue', 'Yukos reported revenue of $20bn last year.', MONEY)).toBe(true);
    expect(givesSumOf('earnings', 'The $499 Mac was the most important Mac made by Apple.', MONEY)).toBe(false);
    expect(givesSumOf('earnings', 'Google said it made a net profit of $52m.', MONEY)).toBe(true);
    expect(givesSumOf('salary', 'He earns £50,000 a week at the club.', MONEY)).toBe(true);
    expect(givesSumOf('salary', 'United paid £27m for Rooney.', MONEY)).toBe(false);
  });

  it('takes any sum for a price, and for a sum no noun names', () => {
    expect(givesSumOf('price', 'Drogba, Chelsea’s £24m striker, is injured.', MONEY)).toBe(true);
    expect(givesSumOf('pay', 'Drogba, Chelsea’s £24m striker, is injured.', MONEY)).toBe(true);
    expect(givesSumOf(null, 'It cost $5.', MONEY)).toBe(true);
  });
});
