import { describe, expect, it } from 'vitest';
import { askedMonth, asksNow, asksOutcome, onlyPlanned, publishedBefore, reportsResult } from '../../src/retrieval/tense.js';

describe('asksOutcome', () => {
  it('reads questions about how something turned out', () => {
    expect(asksOutcome('what did the minister say after meeting the envoy')).toBe(true);
    expect(asksOutcome('was the summit called off in the end')).toBe(true);
    expect(asksOutcome('what did the minister do in the capital')).toBe(true);
    expect(asksOutcome('how many countries showed up to the summit')).toBe(true);
    expect(asksOutcome('which leaders attended the summit')).toBe(true);
    expect(asksOutcome('what was the outcome of the summit')).toBe(true);
    expect(asksOutcome('what came of the proposal')).toBe(true);
    expect(asksOutcome('what came out of the summit in november')).toBe(true);
    expect(asksOutcome('how did the july 30 vote go')).toBe(true);
    expect(asksOutcome('how did the talks end?')).toBe(true);
    expect(asksOutcome('how did the vote on casinos go, what was the margin')).toBe(true);
    expect(asksOutcome('how did the talks end and who walked out')).toBe(true);
    expect(asksOutcome('how did the envoy go to the summit')).toBe(false);
  });

  it('leaves questions about plans or the present alone', () => {
    expect(asksOutcome('who is the minister meeting on friday')).toBe(false);
    expect(asksOutcome('what will the summit focus on')).toBe(false);
    // An intent, which a preview does state.
    expect(asksOutcome('what did the minister want from the envoy')).toBe(false);
    expect(asksOutcome('did the minister meet the envoy or what')).toBe(true);
    // What was said or decided at a meeting is its outcome.
    expect(asksOutcome("what did chile's president tell the envoy")).toBe(true);
    expect(asksOutcome('what did the two leaders discuss')).toBe(true);
  });

  it('leaves a past plan alone, which a preview answers ("what was X going to do")', () => {
    expect(asksOutcome('what was the minister going to do in the capital')).toBe(false);
    expect(asksOutcome('what were they supposed to sign')).toBe(false);
    expect(asksOutcome('What the minister was to do in the capital')).toBe(false);
    expect(asksOutcome('what was the minister doing when the summit happened')).toBe(true);
  });
});

describe('asksOutcome, in Spanish and Portuguese as typed', () => {
  it('reads the tense from the question as typed, with or without accents, when the translation loses it', () => {
    // A machine translation turned "o que aconteceu" into "what became".
    expect(asksOutcome('what became in the meeting', { text: 'o que aconteceu na reuniao', language: 'pt' })).toBe(true);
    expect(asksOutcome('minister gathered with the envoy', { text: 'el ministro se reunió con el enviado', language: 'es' })).toBe(true);
    expect(asksOutcome('minister gathered with the envoy', { text: 'el ministro se reunio con el enviado', language: 'es' })).toBe(true);
    expect(asksOutcome('what said the minister', { text: 'o que o ministro disse', language: 'pt' })).toBe(true);
    expect(asksOutcome('What the minister in the capital', { text: 'o que o ministro fez na capital', language: 'pt' })).toBe(true);
    expect(asksOutcome('What the minister in the capital', { text: 'que hizo el ministro en la capital', language: 'es' })).toBe(true);
  });

  it('leaves plans alone in either language', () => {
    expect(asksOutcome('what will the summit focus on', { text: 'de que tratara la cumbre', language: 'es' })).toBe(false);
    expect(asksOutcome('when is the meeting', { text: 'quando e a reuniao', language: 'pt' })).toBe(false);
  });
});

describe('onlyPlanned', () => {
  it('tells a preview from a report', () => {
    expect(onlyPlanned('The minister will meet the envoy on Friday to discuss trade.')).toBe(true);
    expect(onlyPlanned('The envoy is expected to attend the upcoming summit.')).toBe(true);
    expect(onlyPlanned('The minister said he will meet the envoy.')).toBe(false);
    expect(onlyPlanned('The summit ended without a deal.')).toBe(false);
  });
});

describe('asksNow', () => {
  it('reads questions about how things stand today, in English or as typed in Spanish or Portuguese', () => {
    expect(asksNow('is the minister still in office')).toBe(true);
    expect(asksNow('whats the envoy up to these days')).toBe(true);
    expect(asksNow('Minister still is in office?', { text: 'o ministro ainda está no cargo?', language: 'pt' })).toBe(true);
    expect(asksNow('Who leads the talks?', { text: '¿quién dirige actualmente las conversaciones?', language: 'es' })).toBe(true);
  });

  it('leaves questions about the past or plans alone', () => {
    expect(asksNow('who was the minister in 2019')).toBe(false);
    expect(asksNow('when will the summit take place')).toBe(false);
  });
});

describe('reportsResult', () => {
  it('finds a sentence that says how something came out', () => {
    expect(reportsResult('The council failed to reach a consensus.')).toBe(true);
    expect(reportsResult('The motion passed with 20 votes.')).toBe(true);
    expect(reportsResult('The council will meet on Friday.')).toBe(false);
  });
});

describe('askedMonth', () => {
  it('finds a month the question names, with the year it gives', () => {
    expect(askedMonth('what happened at the August meeting')).toEqual({ month: 8, year: null });
    expect(askedMonth('what happened in june 2017')).toEqual({ month: 6, year: 2017 });
    expect(askedMonth('what did they agree on 6 August, 2019')).toEqual({ month: 8, year: 2019 });
  });

  it('does not take "may" the verb for the month', () => {
    expect(askedMonth('what may happen next')).toBeNull();
    expect(askedMonth('what happened in May 2019')).toEqual({ month: 5, year: 2019 });
  });

  it('reads a month cut short only beside a day: alone it may be a word or a name', () => {
    expect(askedMonth('what happened at the aug 6 meeting')).toEqual({ month: 8, year: null });
    expect(askedMonth('what was agreed on the 6th of sept')).toEqual({ month: 9, year: null });
    expect(askedMonth('what did jan egeland say')).toBeNull();
  });
});

describe('publishedBefore', () => {
  it("compares an article's date with the month asked about, in the article's year when none is given", () => {
    expect(publishedBefore('2019-07-04', { month: 8, year: null })).toBe(true);
    expect(publishedBefore('2019-08', { month: 8, year: null })).toBe(false);
    expect(publishedBefore('2019-07', { month: 3, year: 2020 })).toBe(true);
    expect(publishedBefore('2019', { month: 8, year: null })).toBe(false);
    expect(publishedBefore(null, { month: 8, year: null })).toBe(false);
  });
});
