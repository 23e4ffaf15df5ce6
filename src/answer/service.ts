import type { ArticleSource } from '../corpus/types.js';
import type { Answer, QuotedPassage } from './types.js';

/** Quotes from one article in a digest. */
export interface DigestGroup {
  articleId: string;
  source: ArticleSource;
  quotes: QuotedPassage[];
}

/** Key passages on a topic, grouped by article, oldest article first. */
export interface Digest {
  topic: string;
  groups: DigestGroup[];
}

/** Options of {@link AnswerService.ask}. */
export interface AskOptions {
  k?: number;
  context?: string;
  locale?: string | null;
  /** Add a machine translation of each quote when the question is not in English (needs a translation engine). */
  translateQuotes?: boolean;
}

/** One article of the corpus, as listed by `/sources`. */
export interface CorpusEntry {
  articleId: string;
  source: ArticleSource;
}

/**
 * What every front end (CLI, Discord) calls. Implementations validate input and throw
 * {@link import('../errors.js').CitebotError} (QUESTION_EMPTY, QUESTION_TOO_LONG, INDEX_*) for expected failures.
 */
export interface AnswerService {
  /**
   * Answers a question; `context` is an earlier question in the same conversation, used to
   * resolve follow-ups; `locale` is the asker's locale ("es-ES", "pt-BR"), a hint to the question's language.
   */
  ask(question: string, options?: AskOptions): Promise<Answer>;
  /** Key passages on a topic, optionally only from articles published on or after `since` (ISO date). */
  digest(topic: string, options?: { since?: string; k?: number }): Promise<Digest>;
  /** Every article in the index, oldest first. */
  sources(): Promise<CorpusEntry[]>;
  /** Main subjects of the corpus, for autocomplete and suggestions. */
  topics(): Promise<string[]>;
}
