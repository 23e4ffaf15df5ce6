import { describe, expect, it } from 'vitest';
import { rewriteChatPhrases } from '../../src/text/chat-phrases.js';

describe('rewriteChatPhrases', () => {
  it('reads "what is he been doing" as "what has he been doing"', () => {
    expect(rewriteChatPhrases('what is he been doing in the us')).toBe('what has he been doing in the us');
    expect(rewriteChatPhrases('who is been picked')).toBe('who has been picked');
    expect(rewriteChatPhrases('what is he doing')).toBe('what is he doing');
  });

  it('reads "what is it cost" as "what does it cost", and leaves "what is it about"', () => {
    expect(rewriteChatPhrases('what is it cost')).toBe('what does it cost');
    expect(rewriteChatPhrases('what is it about')).toBe('what is it about');
  });

  it('writes the first place as news does, "number one", but leaves "no 1" (no one) alone', () => {
    expect(rewriteChatPhrases('whats the no.1 pick in the uk')).toBe('whats the number one pick in the uk');
    expect(rewriteChatPhrases('is he still the #1 seed or no1')).toBe('is he still the number one seed or number one');
    expect(rewriteChatPhrases('no 1 knows')).toBe('no 1 knows');
  });

  it('spells out a photo op, a percentage and a prime minister, but not a time', () => {
    expect(rewriteChatPhrases("what % did thailand's pm say at the photo op")).toBe(
      "what percentage did thailand's prime minister say at the photo opportunity",
    );
    expect(rewriteChatPhrases('is it at 5 pm')).toBe('is it at 5 pm');
  });

  it('reads a span from "october 21" to a month as from 2021, and keeps days', () => {
    expect(rewriteChatPhrases('october 21 through august')).toBe('october 2021 through august');
    expect(rewriteChatPhrases('july 30 to august 6')).toBe('july 30 to august 6');
  });

  it('writes a place under ten in words, a size as no name, and drops a closing "tho" or "stuff"', () => {
    expect(rewriteChatPhrases('who came 2nd behind them')).toBe('who came second behind them');
    expect(rewriteChatPhrases('on july 2nd')).toBe('on july 2nd');
    expect(rewriteChatPhrases('an 8x10 print')).toBe('an 8 by 10 print');
    expect(rewriteChatPhrases('the visa stuff tho?')).toBe('the visa?');
  });

  it('drops "thing" closing a clause after what it stands for, not after a word asking which thing', () => {
    expect(rewriteChatPhrases('why was no one invited to the lima group thing')).toBe('why was no one invited to the lima group');
    expect(rewriteChatPhrases('is the visa thing over?')).toBe('is the visa thing over?');
    expect(rewriteChatPhrases('was it the same thing?')).toBe('was it the same thing?');
    expect(rewriteChatPhrases('what is the first thing')).toBe('what is the first thing');
  });

  it('reads "btw" before a pair as "between", and as "by the way" before a question', () => {
    expect(rewriteChatPhrases('which country switched btw the 2016 and 2017 votes')).toBe(
      'which country switched between the 2016 and 2017 votes',
    );
    expect(rewriteChatPhrases('any talks btw peru & chile')).toBe('any talks between peru & chile');
    expect(rewriteChatPhrases('btw who won and why')).toBe('btw who won and why');
  });

  it('reads a year joined by a hyphen to a month cut short as a span to that month', () => {
    expect(rewriteChatPhrases('arrested october 2021-aug 2022')).toBe('arrested october 2021 to august 2022');
    expect(rewriteChatPhrases('the 2-0 win in 2004')).toBe('the 2-0 win in 2004');
  });
});
