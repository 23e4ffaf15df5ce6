import { describe, expect, it } from 'vitest';
import { MAX_QUESTION_CHARS, validateQuestion } from '../../src/answer/question.js';
import { codeOf } from '../support/error-code.js';

describe('validateQuestion', () => {
  it('collapses whitespace and trims', () => {
    expect(validateQuestion('  What   is\n\tthis? ')).toBe('What is this?');
  });

  it('refuses an empty, blank or punctuation-only question', () => {
    expect(codeOf(() => validateQuestion(''))).toBe('QUESTION_EMPTY');
    expect(codeOf(() => validateQuestion(' \n\t '))).toBe('QUESTION_EMPTY');
    expect(codeOf(() => validateQuestion('?!…'))).toBe('QUESTION_EMPTY');
  });

  it('refuses an enormous question and says how long it was', () => {
    const long = 'why '.repeat(MAX_QUESTION_CHARS);
    expect(codeOf(() => validateQuestion(long))).toBe('QUESTION_TOO_LONG');
    expect(() => validateQuestion(long)).toThrow(/characters long/);
  });

  it('leaves markdown and mentions to the renderer', () => {
    expect(validateQuestion('**Mexico** @everyone')).toBe('**Mexico** @everyone');
  });
});
