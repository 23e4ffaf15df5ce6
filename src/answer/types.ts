import type { ArticleSource } from '../corpus/types.js';
import type { Language } from '../text/language.js';

/** A range of a quote's text, by offsets (end exclusive). */
export interface QuoteFocus {
  start: number;
  end: number;
}

/** One verbatim quote and where it comes from. */
export interface QuotedPassage {
  /** Exact substring of the article's cleaned text (and so of the corpus file). */
  quote: string;
  /** Relevance score of the passage the quote came from; higher is better. */
  score: number;
  source: ArticleSource;
  articleId: string;
  passageId: string;
  /** Offsets of `quote` in the article's cleaned text. */
  start: number;
  end: number;
  /**
   * Offsets in `quote` where the article's cleaning removed text (a cross-link, a caption): the
   * two sides are not contiguous in the corpus file, so front ends mark the gap (see quote-parts).
   */
  gaps: number[];
  /**
   * Ranges of `quote` not shown: the sentences between two parts of a passage that each answer
   * part of the question. Front ends show a gap mark in their place (see quote-parts); absent
   * when the whole quote is shown.
   */
  skipped?: QuoteFocus[];
  /**
   * Where in `quote` the best-ranked passage of this block stands, when the block also holds
   * passages that touch it (offsets in `quote`, end exclusive): front ends emphasise it, so a
   * block that opens with lower-ranked context still shows the reader where the answer is.
   */
  focus?: QuoteFocus;
  /**
   * A machine translation of `quote` into the asker's language, when one was asked for: shown
   * under the quote, labelled as a machine translation, never in its place.
   */
  translation?: string;
}

/** A question not in English that was searched as typed: no engine is installed, or it failed. */
export interface Untranslated {
  reason: 'no-engine' | 'failed';
  /** What is missing or what failed, for the log and the command line ("install: apt-get …"). */
  detail: string;
}

/** citebot's answer to one question. */
export interface Answer {
  question: string;
  /** False when nothing in the corpus answers; `passages` is then empty. */
  answerable: boolean;
  passages: QuotedPassage[];
  /** When not answerable: subjects the corpus does cover, to suggest instead. */
  suggestions: string[];
  /**
   * The question as searched, when chat shorthand or a misspelling changed it, or its English
   * reading when it was asked in Spanish or Portuguese; else null.
   */
  readAs: string | null;
  /** The language the question was asked in; front ends answer in it. */
  language: Language;
  /** Why a question not in English was searched as typed; else null. */
  untranslated: Untranslated | null;
  /**
   * One plain line saying what the corpus lacks: when not answerable, why ("The corpus never
   * mentions Lula."); when answered, the part of a two-part question no quote answers, or null.
   */
  gap: string | null;
  /** Names in the question that the corpus never mentions, in any form. */
  missing: string[];
  /**
   * When not answerable: the closest passages, to be shown as related text, never as the
   * answer. Empty when nothing in the corpus comes close.
   */
  related: QuotedPassage[];
}
