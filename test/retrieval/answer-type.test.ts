import { describe, expect, it } from 'vitest';
import { answerTypeOf, answerTypesOf } from '../../src/retrieval/answer-type.js';

describe('answerTypeOf', () => {
  it('reads the kind of answer from the question words', () => {
    expect(answerTypeOf('how many votes did they need')).toBe('number');
    expect(answerTypeOf('how tall is the tower')).toBe('number');
    expect(answerTypeOf('what was the inflation rate in 2019')).toBe('number');
    expect(answerTypeOf("what was italy's growth in 2004")).toBe('number');
    expect(answerTypesOf('whats the price of oil and how much is it now')).toEqual(['number']);
    expect(answerTypeOf('what did the rating agency say')).toBe('any');
    expect(answerTypeOf('what year was the summit')).toBe('date');
    expect(answerTypeOf('whos the ambassador')).toBe('any');
    expect(answerTypeOf('who is the ambassador')).toBe('person');
    expect(answerTypeOf('which countries opposed it')).toBe('place');
    expect(answerTypeOf('why did it fail')).toBe('reason');
    expect(answerTypeOf('what did the minister say')).toBe('any');
  });

  it('reads a date asked by its name with no question word, but not "did they set a date"', () => {
    expect(answerTypeOf('pompeo trip dates?')).toBe('date');
    expect(answerTypeOf('date of the lima group meeting')).toBe('date');
    expect(answerTypeOf('did they set a date')).toBe('any');
    expect(answerTypeOf('is the list up to date')).toBe('any');
  });
});

describe('answerTypesOf', () => {
  it('lists every kind a two-part question asks for, in order', () => {
    expect(answerTypesOf('who did peru invite and why')).toEqual(['person', 'reason']);
    expect(answerTypesOf('when is the meeting and where')).toEqual(['date', 'place']);
    expect(answerTypesOf('what did the minister say')).toEqual([]);
  });

  it('reads "who" with no question word or verb before it as asking: chat writes "chelsea at pompey who scored"', () => {
    expect(answerTypesOf('chelsea at pompey who scored and when')).toEqual(['person', 'date']);
    expect(answerTypesOf('what did the man who left say')).toEqual([]);
  });

  it('reads "what was the turnout" and "whats the total" as asking a figure', () => {
    expect(answerTypeOf('what was the turnout for the vote')).toBe('number');
    expect(answerTypeOf('whats the total us aid for venezuela')).toBe('number');
    expect(answerTypeOf('what is the actual vote count on the agenda')).toBe('number');
    expect(answerTypeOf('what was the margin')).toBe('number');
    expect(answerTypeOf('what are the countries that count')).toBe('any');
  });

  it('reads a price named in a fragment as asking a figure, and not one after a verb', () => {
    expect(answerTypesOf('mac mini price uk/us and when can u buy it')).toEqual(['number', 'date']);
    expect(answerTypeOf('psp price in japan?')).toBe('number');
    expect(answerTypeOf('did the oil price rise')).toBe('any');
  });

  it('reads a question word after a question mark as asking', () => {
    expect(answerTypesOf('lee sued marvel and won? what percentage does he get')).toEqual(['any', 'number']);
  });

  it('puts first a part that asks for no kind before the part that asks for one', () => {
    expect(answerTypesOf('what is wrong with kewell and when is he back')).toEqual(['any', 'date']);
    expect(answerTypesOf('did uefa approve the pitches? from when')).toEqual(['any', 'date']);
    expect(answerTypeOf('did uefa approve the pitches? from when')).toBe('any');
    // A topic before its count asks nothing of its own, nor does a phrase inside one part.
    expect(answerTypesOf('mittal job cuts - how many and by when')).toEqual(['number', 'date']);
    expect(answerTypeOf('what is the date of the meeting and who went')).toBe('any');
    expect(answerTypesOf('when was the vote and why')).toEqual(['date', 'reason']);
  });

  it('reads a question word only where it asks: first, after "and" or a comma, a preposition, or "I wonder"', () => {
    expect(answerTypesOf('what did colombia say when venezuela attacked')).toEqual([]);
    expect(answerTypesOf('what did the man who replaced her say')).toEqual([]);
    expect(answerTypesOf('in which year did it start')).toEqual(['date']);
    expect(answerTypesOf('the summit, where was it')).toEqual(['place']);
    expect(answerTypesOf('any idea why they left')).toEqual(['reason']);
    expect(answerTypesOf('what is the number of refugees')).toEqual(['number']);
  });
});
