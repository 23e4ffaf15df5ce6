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

  it('says an emoji-only or punctuation-only question has no words, rather than that it is empty', () => {
    for (const input of ['🤔🤔', '?!…', '\u200b👍\u200b']) {
      expect(() => validateQuestion(input)).toThrow('The question has no words in it, only symbols or punctuation.');
    }
    expect(() => validateQuestion('  ')).toThrow('The question is empty.');
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
