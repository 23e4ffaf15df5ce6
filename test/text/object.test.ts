import { describe, expect, it } from 'vitest';
import { isObject, namesAsSubject } from '../../src/text/object.js';
import { wordsOf } from '../../src/text/words.js';

const objectAt = (sentence: string, word: string) => {
  const words = wordsOf(sentence);
  return isObject(
    sentence,
    words,
    words.findIndex((w) => w.text === word),
  );
};

describe('isObject', () => {
  it('reads a name after a preposition, an infinitive or, as a possessive, a past verb as an object', () => {
    expect(objectAt('Peru voiced support for Juan Guaido and said more.', 'Guaido')).toBe(true);
    expect(objectAt('The US wants to install Guaido now.', 'Guaido')).toBe(true);
    expect(objectAt('Members recognized Guaido’s government and pledged aid.', 'Guaido’s')).toBe(true);
  });

  it('reads a name joined by "and" to an object as an object, and one joined to a subject as a subject', () => {
    expect(objectAt('His sources, allies of Mr Blair and Mr Brown, said he felt undermined.', 'Brown')).toBe(true);
    expect(objectAt('Mr Blair and Mr Brown said they agreed.', 'Brown')).toBe(false);
  });

  it('reads a name after a preposition and an article as an object, not after "to the" as after an infinitive', () => {
    expect(objectAt('The US voiced support for the Lima Group and said more.', 'Group')).toBe(true);
    expect(objectAt('Peru sent invitations to the Lima Group today.', 'Group')).toBe(true);
  });

  it('takes a title as part of the name, but not an acronym before it, which names a body of its own', () => {
    expect(objectAt('US Secretary of State Mike Pompeo said so.', 'Pompeo')).toBe(false);
    expect(objectAt('Representative to the UN Samuel Moncada in a briefing accused Pence.', 'Moncada')).toBe(false);
  });

  it('reads a name opening a sentence, in apposition or after an adjective as a subject', () => {
    expect(objectAt('Guaido said he would stay.', 'Guaido')).toBe(false);
    expect(objectAt('The minister of Peru, Nestor Popolizio, said so.', 'Popolizio')).toBe(false);
    expect(objectAt('One unnamed White House official remarked.', 'House')).toBe(false);
  });
});

describe('namesAsSubject', () => {
  it('is false when every mention of the name is an object', () => {
    expect(namesAsSubject('The 29-year-old finished second to Paula Radcliffe.', new Set(['radcliff']))).toBe(false);
    expect(namesAsSubject('Radcliffe, 31, finished first.', new Set(['radcliff']))).toBe(true);
  });
});
