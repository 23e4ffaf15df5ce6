import { describe, expect, it } from 'vitest';
import { datesAsked } from '../../src/retrieval/dated.js';
import { keyTerm } from '../support/key-terms.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('datesAsked', () => {
  const meeting = keyTerm('meeting', { at: 5, alternatives: [tokenize('meeting')] });
  const lima = keyTerm('lima', { entity: true, at: 3 });

  it('is true when a date stands within three words of a common word asked about', () => {
    expect(datesAsked('Peru invited 100 countries to the August 6 meeting of the Lima Group.', [lima, meeting])).toBe(true);
    expect(datesAsked('The meeting on Friday was cancelled.', [meeting])).toBe(true);
    expect(datesAsked('The 2018 meeting was held.', [meeting])).toBe(true);
  });

  it('is false for a date beside something else, for the modal "may", and for names alone', () => {
    const far = 'After the botched coup attempt in April, Guaido supporter Peru has invited Russia to the next Lima Group meet-up.';
    expect(datesAsked(far, [lima, meeting])).toBe(false);
    expect(datesAsked('The meeting may go ahead.', [meeting])).toBe(false);
    expect(datesAsked('The Lima Group met in April.', [lima])).toBe(false);
  });

  it('is false for a date a comma parts from the word, and for a date carried in from earlier', () => {
    const group = keyTerm('group', { at: 4, alternatives: [tokenize('group')] });
    expect(datesAsked('Established in 2017, the Lima Group consists of Latin American countries.', [lima, group])).toBe(false);
    expect(datesAsked('Their presence would polarize the meeting [August Lima Group].', [meeting])).toBe(false);
  });
});
