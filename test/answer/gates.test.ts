import { describe, expect, it } from 'vitest';
import { noSubject, previewOnly } from '../../src/answer/gates.js';
import type { KeyTerm } from '../../src/retrieval/key-terms.js';
import { tokenize } from '../../src/text/tokenize.js';
import { keyTerm } from '../support/key-terms.js';
import { headPassage, readingOf } from '../support/gate-inputs.js';

const reading = readingOf;
const head = headPassage;

describe('noSubject', () => {
  const term = (text: string, entity = false) => keyTerm(text, { entity });
  const withTerms = (...terms: KeyTerm[]) => ({ ...reading('q'), terms });

  it('finds a question with no name and only light words, or none at all', () => {
    expect(noSubject(withTerms(term('happened')))).toBe(true);
    expect(noSubject(withTerms(term('news'), term('update')))).toBe(true);
    expect(noSubject(withTerms())).toBe(true);
  });

  it('leaves a question naming someone, or asking about a thing, alone', () => {
    expect(noSubject(withTerms(term('happened'), term('Guaido', true)))).toBe(false);
    expect(noSubject(withTerms(term('news'), term('inflation')))).toBe(false);
  });
});

describe('previewOnly', () => {
  const asked = reading('what did the envoy say after meeting the minister');
  it('finds an outcome question whose best naming passages only look ahead', () => {
    expect(previewOnly(asked, [head('The envoy will meet the minister on Friday.', 1, 1, true)], undefined)).toBe(true);
    expect(previewOnly(asked, [head('The envoy said the talks went well.', 1, 1, true)], undefined)).toBe(false);
  });

  it('reads only the passages naming the most of what is asked about', () => {
    const passages = [head('The envoy will meet the minister on Friday.', 1, 1, true), head('Talks were held last year.', 0.2, 0, true)];
    expect(previewOnly(asked, passages, undefined)).toBe(true);
  });

  it('reads every best passage of an article published before the month asked about as looking ahead', () => {
    const august = reading('what happened at the august meeting');
    const told = (published: string) => ({ ...head('The minister told reporters about the August 6 meeting.', 1, 1, true), published });
    expect(previewOnly(august, [told('2019-07-04')], undefined)).toBe(true);
    expect(previewOnly(august, [told('2019-07-04'), told('2019-08-20')], undefined)).toBe(false);
    expect(previewOnly(reading('what happened at the meeting'), [told('2019-07-04')], undefined)).toBe(false);
    // A month in what is spoken of is the topic: a July article may report what was said about August.
    const about = reading('what did the minister say about the august meeting');
    expect(previewOnly(about, [told('2019-07-04')], undefined)).toBe(false);
    expect(previewOnly(reading('what did the minister say after the august meeting'), [told('2019-07-04')], undefined)).toBe(true);
  });

  it('finds "did X do Y" answered only by passages where Y stands ahead, but not by a light verb', () => {
    const resubmit = {
      ...reading('did the envoy resubmit the proposal'),
      terms: [keyTerm('resubmit', { alternatives: [tokenize('resubmit')] })],
    };
    expect(previewOnly(resubmit, [head('The envoy said he will resubmit the proposal.', 1, 1, true)], undefined)).toBe(true);
    expect(previewOnly(resubmit, [head('The envoy resubmitted the proposal on Monday.', 1, 1, true)], undefined)).toBe(false);
    // "for resubmitting" is what the date is for: the act asked about is giving one ("did not set a date").
    const forResubmitting = {
      ...reading('did the envoy give a date for resubmitting'),
      terms: [keyTerm('resubmitting', { alternatives: [tokenize('resubmitting')], at: 7 })],
    };
    expect(previewOnly(forResubmitting, [head('The envoy said he will resubmit the proposal.', 1, 1, true)], undefined)).toBe(false);
    // In a clause the question holds, it is what was said: the act asked about is saying.
    const sayWhen = {
      ...reading('did the envoy say when he will resubmit'),
      terms: [keyTerm('resubmit', { alternatives: [tokenize('resubmit')], at: 7 })],
    };
    expect(previewOnly(sayWhen, [head('The envoy said he will resubmit the proposal.', 1, 1, true)], undefined)).toBe(false);
    // Asked for is not done: "asked the US to restore relations" does not say they were restored.
    const restore = { ...reading('did the us restore relations'), terms: [keyTerm('restore', { alternatives: [tokenize('restore')] })] };
    const asked = [head('The president asked the United States government this Friday to restore relations.', 1, 1, true)];
    expect(previewOnly(restore, asked, undefined)).toBe(true);
    // Unless the question asks about the asking.
    const askedTo = {
      ...reading('did the president ask the us to restore relations'),
      terms: [keyTerm('restore', { alternatives: [tokenize('restore')], at: 7 })],
    };
    expect(previewOnly(askedTo, asked, undefined)).toBe(false);
    const get = { ...reading('did anyone get hurt'), terms: [keyTerm('get', { alternatives: [tokenize('get')] })] };
    expect(previewOnly(get, [head('Customers would get new cords.', 1, 1, true)], undefined)).toBe(false);
  });

  it('leaves a question about plans alone, and reads a translated question as typed', () => {
    const plans = [head('The envoy will meet the minister on Friday.', 1, 1, true)];
    expect(previewOnly(reading('who will the envoy meet'), plans, undefined)).toBe(false);
    expect(
      previewOnly(reading('envoy gathered with minister'), plans, { text: 'el enviado se reunió con el ministro', language: 'es' }),
    ).toBe(true);
  });
});
