import type { Answer, QuotedPassage } from '../../src/answer/types.js';
import type { ArticleSource } from '../../src/corpus/types.js';
import { answeredWith } from '../../src/testing/answers.js';

/** Hand-made answers for the pure renderers' tests (CLI text and JSON, Discord). */
export const source = (overrides: Partial<ArticleSource> = {}): ArticleSource => ({
  title: 'A title',
  outlet: 'Outlet',
  published: '2019-04-11',
  url: null,
  file: 'a.txt',
  ...overrides,
});

/** One quote covering the whole of `quote`, from `src`. */
export const passage = (quote: string, src = source()): QuotedPassage => ({
  quote,
  score: 1,
  source: src,
  articleId: src.file,
  passageId: `${src.file}#0`,
  start: 0,
  end: quote.length,
  gaps: [],
});

/** An answered question with these quotes. */
export const answer = (passages: QuotedPassage[], question = 'What happened?'): Answer => answeredWith(passages, question);

/** A Spanish question no engine could translate: refused, with one passage that shares its names. */
export const unreadAnswer = (): Answer => ({
  ...answer([], '¿Qué dijo Maduro?'),
  answerable: false,
  language: 'es',
  untranslated: { reason: 'no-engine', detail: 'the apertium command' },
  related: [passage('Maduro spoke.')],
});
