import { describe, expect, it } from 'vitest';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { deniesAsked, stancesToAsked } from '../../src/retrieval/polarity.js';
import { tokenize } from '../../src/text/tokenize.js';
import { keyTerm } from '../support/key-terms.js';

const reading = (searchText: string): QuestionAnalysis => ({
  searchText,
  corrections: [],
  terms: [keyTerm('peru', { entity: true }), keyTerm('invit', { at: 3 }), keyTerm('meet', { at: 7 })],
  answerType: 'any',
  answerTypes: ['any'],
  related: [],
});

/** The stances of passages to `question`, each passage's carried terms read from its words. */
function stances(question: string) {
  const r = reading(question);
  const read = stancesToAsked(r);
  return (
    read &&
    ((text: string) =>
      read(
        text,
        r.terms.map((t) => tokenize(text).includes(t.alternatives[0]![0]!)),
      ))
  );
}

const LEFT_OUT =
  'Neither the representatives of Maduro, nor those of Guaido have been invited to the August gathering, with Popolizio saying their presence would polarize the meeting.';
const ASKED = 'Peru has invited Russia, China, Turkey, Cuba and the US to the next meeting.';

describe('stancesToAsked', () => {
  it('reads a passage denying each time a word the question asks about as opposing it, and one writing it without a negator as agreeing', () => {
    const stanceOf = stances('who did peru invite to the lima group meeting')!;
    expect(stanceOf(LEFT_OUT)).toEqual(['opposes', 'agrees']);
    expect(stanceOf(ASKED)).toEqual(['agrees', 'agrees']);
    expect(stanceOf('Peru did not invite Maduro. Peru invited Russia.')).toEqual(['agrees', 'silent']);
    expect(stanceOf('Peru said nothing of it.')).toEqual(['silent', 'silent']);
  });

  it('reads a question asking after a preposition, as a machine translation writes it', () => {
    expect(stances('To who invited Peru to the meeting')!(LEFT_OUT)[0]).toBe('opposes');
  });

  it('reads the words a question denies the other way round', () => {
    expect(stances('who was not invited')!(ASKED)).toEqual(['opposes']);
    expect(stances('who was not invited')!(LEFT_OUT)).toEqual(['agrees']);
    expect(stances("who wasn't invited")!(ASKED)).toEqual(['opposes']);
  });

  it('keeps a negator to its own clause and "not only" affirming', () => {
    const stanceOf = stances('who did peru invite')!;
    expect(stanceOf('There was no vote; Peru invited Russia.')[0]).toBe('agrees');
    expect(stanceOf('Peru not only invited Russia but also China.')[0]).toBe('agrees');
    expect(stanceOf('Peru has never before invited so many countries.')[0]).toBe('opposes');
  });

  it('reads nothing into a yes-or-no question or a negation touching no word asked about', () => {
    expect(stances('did peru invite maduro')).toBeNull();
    expect(stances('why is there no end in sight for peru')).toBeNull();
    expect(stances('who has no invitation')).toBeNull();
  });

  it('reads only the words of the opening wh-question, not of a yes-or-no question after it', () => {
    // "invit" is word 3 and "meet" word 7: "who is peru? did it invite them to the meeting".
    expect(stances('who is peru? did it invite them to the meeting')).toBeNull();
    expect(stances('who did peru invite to the meeting?')!(LEFT_OUT)).toEqual(['opposes', 'agrees']);
  });

  it('reads "no" and "without" as denying a noun, whose absence may be what is asked', () => {
    const stanceOf = stances('what happened to the invitation')!;
    expect(stanceOf('The meeting ended without an invitation.')[0]).toBe('agrees');
    expect(stanceOf('There was no invitation.')[0]).toBe('agrees');
  });
});

describe('deniesAsked', () => {
  it('tells a question denying a word it asks about from one affirming it', () => {
    expect(deniesAsked(reading('who was not invited to the meeting'))).toBe(true);
    expect(deniesAsked(reading('who was invited to the meeting'))).toBe(false);
  });
});
