import type { Answer, QuotedPassage } from '../answer/types.js';

/**
 * An answered English question with these quotes and nothing else set: the one builder the
 * fake answer service, the renderers' tests and the benchmarks start from.
 */
export function answeredWith(passages: QuotedPassage[], question = 'What happened?'): Answer {
  return {
    question,
    answerable: true,
    passages,
    suggestions: [],
    readAs: null,
    language: 'en',
    untranslated: null,
    gap: null,
    missing: [],
    related: [],
  };
}
