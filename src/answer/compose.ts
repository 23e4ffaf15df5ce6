import type { Language } from '../text/language.js';
import type { StoredArticle } from '../index/store.js';
import { mergeOverlapping } from '../retrieval/quote-merge.js';
import { isVerbatim, selectQuote, type QuoteSelection, type QuoteSettings, type SentenceJudge } from '../retrieval/quotes.js';
import type { Retrieved } from '../retrieval/retriever.js';
import { phrasesFor } from './phrases.js';
import { withoutRepeatedQuotes } from './distinct.js';
import type { Answer, QuotedPassage, Untranslated } from './types.js';

/** Everything composition needs, as plain data. */
export interface ComposeInput {
  question: string;
  /** Passages in rank order. */
  retrieved: readonly Retrieved[];
  articles: ReadonlyMap<string, StoredArticle>;
  queryTerms: ReadonlySet<string>;
  idf: (term: string) => number;
  answerable: boolean;
  quoteSettings?: QuoteSettings;
  /** How sentences are judged when a quote is cut from a passage (see selectQuote). */
  sentences?: SentenceJudge;
  /** The question as searched, when reading it changed it. */
  readAs?: string | null;
  /** The question's language (default English) and why it was not translated, if it was not. */
  language?: Language;
  untranslated?: Untranslated | null;
  /** When not answerable: the line that says what is missing. */
  gap?: string | null;
  missing?: string[];
  /**
   * When not answerable: the passages close enough to show as related (they carry a name the
   * question asks about). Default: none, so an off-topic question shows no quotes at all.
   */
  related?: readonly Retrieved[];
}

/**
 * Where cleaning removed text inside a span, as offsets into its quote. Passages join short
 * paragraphs and merging joins touching quotes, so any quote may reach across a removed line.
 */
function gapsWithin(article: StoredArticle, span: { start: number; end: number }): number[] {
  return article.gaps.filter((g) => g > span.start && g < span.end).map((g) => g - span.start);
}

/** A quote cut from one ranked passage, in article offsets, before quotes of an article merge. */
interface Cut extends QuoteSelection {
  score: number;
  articleId: string;
  passageId: string;
}

/** Turns ranked passages into verbatim quotes: one per passage, merged per article where they overlap, each checked. */
function quotesOf(input: ComposeInput): QuotedPassage[] {
  const { retrieved, articles } = input;
  const cuts: Cut[] = [];
  for (const r of retrieved) {
    const article = articles.get(r.passage.articleId);
    if (!article) continue;
    const span = selectQuote(
      article.text,
      r.passage,
      input.queryTerms,
      input.idf,
      input.quoteSettings,
      input.sentences,
      article.source.title,
    );
    cuts.push({ ...span, score: r.score, articleId: article.id, passageId: r.passage.id });
  }
  // Merge per article, keeping the rank of each article's best quote.
  const merged: QuotedPassage[] = [];
  for (const q of cuts) {
    if (merged.some((m) => m.articleId === q.articleId)) continue;
    const article = articles.get(q.articleId)!;
    const ofArticle = cuts.filter((o) => o.articleId === q.articleId);
    for (const s of mergeOverlapping(article.text, ofArticle)) {
      // Quotes are in rank order: the first one inside the span is its best.
      const best = ofArticle.find((o) => o.start >= s.start && o.end <= s.end)!;
      const whole = best.start === s.start && best.end === s.end;
      const focus = whole ? {} : { focus: { start: best.start - s.start, end: best.end - s.start } };
      const skipped = s.skipped.length === 0 ? {} : { skipped: s.skipped.map((k) => ({ start: k.start - s.start, end: k.end - s.start })) };
      const quote = article.text.slice(s.start, s.end);
      const { score, articleId, passageId, start, end } = s;
      merged.push({
        quote,
        score,
        source: article.source,
        articleId,
        passageId,
        start,
        end,
        gaps: gapsWithin(article, s),
        ...skipped,
        ...focus,
      });
    }
  }
  return withoutRepeatedQuotes(merged.filter((q) => isVerbatim(articles.get(q.articleId)!.text, q.quote, q)));
}

/**
 * Turns ranked passages into an answer. When the corpus has no answer, the closest passages
 * become `related` (shown as related text, never as the answer), with the line saying what is
 * missing, and the article titles become suggestions. Pure.
 */
export function composeAnswer(input: ComposeInput): Answer {
  const { question, retrieved, articles } = input;
  const readAs = input.readAs ?? null;
  const missing = input.missing ?? [];
  if (!input.answerable) {
    const titles = [...new Set(retrieved.map((r) => articles.get(r.passage.articleId)?.source.title).filter((t): t is string => !!t))];
    return {
      question,
      answerable: false,
      passages: [],
      suggestions: titles.slice(0, 3),
      readAs,
      language: input.language ?? 'en',
      untranslated: input.untranslated ?? null,
      gap: input.gap ?? phrasesFor(input.language).noPassage,
      missing,
      related: quotesOf({ ...input, retrieved: (input.related ?? []).slice(0, 3) }),
    };
  }
  const passages = quotesOf(input);
  const answerable = passages.length > 0;
  return {
    question,
    answerable,
    passages,
    suggestions: [],
    readAs,
    language: input.language ?? 'en',
    untranslated: input.untranslated ?? null,
    gap: answerable ? (input.gap ?? null) : phrasesFor(input.language).noPassage,
    missing,
    related: [],
  };
}
