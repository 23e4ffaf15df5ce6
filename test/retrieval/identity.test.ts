import { describe, expect, it } from 'vitest';
import { introducesAsked } from '../../src/retrieval/identity.js';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { keyTerm } from '../support/key-terms.js';

const reading = (searchText: string, common = false): QuestionAnalysis => ({
  searchText,
  corrections: [],
  terms: [
    keyTerm('guaido', { entity: true, alternatives: [['guaido'], ['juan', 'guaido']] }),
    ...(common ? [keyTerm('coup', { at: 4 })] : []),
  ],
  answerType: 'person',
  answerTypes: ['person'],
  related: [],
});

describe('introducesAsked', () => {
  const introduces = introducesAsked(reading('whos guaido'))!;

  it('reads a name written in full with a description, a title or an aside as an introduction', () => {
    expect(introduces('Pompeo wants to replace him with US-backed opposition leader Juan Guaido.')).toBe(true);
    expect(introduces('The Venezuelan National Assembly President Juan Guaido spoke.')).toBe(true);
    expect(introduces('Juan Guaido, the opposition leader, spoke.')).toBe(true);
    expect(introduces('It named its envoy, Juan Guaido, on Monday.')).toBe(true);
  });

  it('does not read a surname alone, a name after an honorific or after a verb as one', () => {
    expect(introduces('The US was the first nation to recognize Guaido.')).toBe(false);
    expect(introduces('I think Mr Guaido has a point.')).toBe(false);
    expect(introduces('They recognized Juan Guaido on Monday.')).toBe(false);
  });

  it('asks nothing of a question that is not only who someone is', () => {
    expect(introducesAsked(reading('what did guaido say'))).toBeNull();
    expect(introducesAsked(reading('who is guaido and what coup', true))).toBeNull();
    const body = {
      ...reading('who is the lima group'),
      terms: [keyTerm('lima', { entity: true }), keyTerm('group', { entity: true, at: 1 })],
    };
    expect(introducesAsked(body)).toBeNull();
  });
});
