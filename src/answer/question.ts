import { CitebotError } from '../errors.js';

/** Longest question accepted: long enough for a pasted paragraph, short enough to embed quickly. */
export const MAX_QUESTION_CHARS = 2000;

/**
 * Trims a question and refuses one that is empty or too long. Markdown and mentions inside it
 * are left alone here: they only matter when something is rendered, and rendering escapes them.
 */
export function validateQuestion(input: string, what = 'question'): string {
  const question = input.replace(/\s+/g, ' ').trim();
  const example = 'Ask something, for example: What is Mexico’s policy on Venezuela?';
  if (question === '') throw new CitebotError('QUESTION_EMPTY', `The ${what} is empty.`, { hint: example });
  // Emoji, punctuation or symbols only: not empty, but nothing in it can be searched for.
  if (!/[\p{L}\p{N}]/u.test(question)) {
    throw new CitebotError('QUESTION_EMPTY', `The ${what} has no words in it, only symbols or punctuation.`, { hint: example });
  }
  if (question.length > MAX_QUESTION_CHARS) {
    throw new CitebotError('QUESTION_TOO_LONG', `The ${what} is ${question.length} characters long; the limit is ${MAX_QUESTION_CHARS}.`, {
      hint: 'Ask it in a sentence or two.',
    });
  }
  return question;
}
