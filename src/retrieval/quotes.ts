import { splitSentences, type Span } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';

/** Where a quote sits in its article's cleaned text. */
export interface QuoteSpan {
  start: number;
  end: number;
}

/** Knobs for quote selection. */
export interface QuoteSettings {
  /** A quote grows by a neighbouring sentence while it stays under this length. */
  maxChars: number;
  /** A best sentence shorter than this always takes a neighbour, so it reads on its own. */
  minChars: number;
  /**
   * The longest sentence taken as a quote's other part (see {@link selectQuote}); 0 never takes one.
   */
  otherPartChars: number;
}

/** A quote cut from a passage: its span, and the ranges inside it left out (shown as a gap). */
export interface QuoteSelection extends QuoteSpan {
  /** Article offsets of text inside the span that is not shown; empty when the quote is contiguous. */
  skipped: QuoteSpan[];
}

/** How a caller judges a passage's sentences for the question, beyond the words they share with it. */
export interface SentenceJudge {
  /** Added to a sentence's score when the quote's first part is chosen; `headline` is its article's (see storyFirst). */
  bonus?: (sentence: string, headline: string) => number;
  /** The question names its story first, then asks: the headline's words tell no sentence from another. */
  storyFirst?: boolean;
  /**
   * The share, in [0, 1], of what the question hinges on that `sentence` carries and `shown` (the
   * quote's text so far) lacks: a reason to show that sentence too. Without it, no other part.
   */
  adds?: (shown: string, sentence: string) => number;
}

// A quote's other part must add at least this share of what the question hinges on: one stray
// word shared with the question is no answer to its other part.
const OTHER_PART_SHARE = 0.15;

export const DEFAULT_QUOTES: QuoteSettings = { maxChars: 480, minChars: 140, otherPartChars: 240 };

// A sentence that leans on the one before it: a pronoun or connective, or a quote's continuation.
const LEANS_BACK =
  /^(?:[“"‘']?\s*)(?:But|And|However|Yet|Still|Also|He|She|It|They|This|That|These|Those|His|Her|Its|Their|Such|The official|Later|Then|Meanwhile)\b|^[a-z(]/;

/** Sum of idf over the distinct query terms a sentence contains. */
function overlap(sentence: string, query: ReadonlySet<string>, idf: (term: string) => number): number {
  let score = 0;
  for (const term of new Set(tokenize(sentence))) if (query.has(term)) score += idf(term);
  return score;
}

/**
 * Picks the sentence or two of a passage that answer the query, as offsets into the article
 * text: the best-matching sentence, widened by a neighbour when it is short, leans on the
 * sentence before it, or the neighbour matches too. When another sentence of the passage carries
 * question words these lack ("what was stolen and is there a reward"), it is the quote's other
 * part, with the text between skipped. Pure; every part is whole sentences.
 */
export function selectQuote(
  articleText: string,
  passage: QuoteSpan,
  queryTerms: ReadonlySet<string>,
  idf: (term: string) => number,
  settings: QuoteSettings = DEFAULT_QUOTES,
  judge: SentenceJudge = {},
  headline = '',
): QuoteSelection {
  const sentences: Span[] = splitSentences(articleText.slice(passage.start, passage.end), passage.start);
  if (sentences.length <= 1) return { start: passage.start, end: passage.end, skipped: [] };
  // Asked about a story named first ("winn dixie going bust - who do they owe the most money
  // to"), what its headline says every sentence of the article speaks of: its words tell no
  // sentence from another, and the sentence on the creditors is the answer, not the one
  // repeating the bankruptcy. A question about the headline's subject itself ("when was the
  // Lima Group created") still wants the sentence naming it.
  const story = judge.storyFirst ? new Set(tokenize(headline)) : new Set<string>();
  const asked = new Set([...queryTerms].filter((t) => !story.has(t)));
  const query = asked.size > 0 ? asked : queryTerms;
  const title = judge.storyFirst ? headline : '';
  // The judge's bonus lets the caller favour the sentence that carries what the question hinges on.
  const scores = sentences.map((s) => {
    const text = articleText.slice(s.start, s.end);
    return overlap(text, query, idf) + (judge.bonus?.(text, title) ?? 0);
  });
  let best = 0;
  scores.forEach((s, i) => {
    if (s > scores[best]!) best = i;
  });
  let first = best;
  let last = best;
  const length = () => sentences[last]!.end - sentences[first]!.start;
  const text = (i: number) => articleText.slice(sentences[i]!.start, sentences[i]!.end);
  // Widen: first back if this sentence leans on the previous one, then toward the better neighbour.
  while (first > 0 && LEANS_BACK.test(text(first)) && sentences[first]!.end - sentences[first - 1]!.start <= settings.maxChars) first--;
  for (;;) {
    const before = first > 0 ? scores[first - 1]! : -1;
    const after = last < sentences.length - 1 ? scores[last + 1]! : -1;
    if (before < 0 && after < 0) break;
    const takeAfter = after > before || (after === before && after >= 0);
    const nextLength = takeAfter ? sentences[last + 1]!.end - sentences[first]!.start : sentences[last]!.end - sentences[first - 1]!.start;
    const wanted = length() < settings.minChars || Math.max(before, after) > 0;
    if (!wanted || nextLength > settings.maxChars) break;
    if (takeAfter) last++;
    else first--;
  }
  const other = judge.adds
    ? otherPart(
        sentences.map((_, i) => text(i)),
        first,
        last,
        judge.adds,
        settings.otherPartChars,
      )
    : null;
  if (other === null) return { start: sentences[first]!.start, end: sentences[last]!.end, skipped: [] };
  const from = Math.min(first, other);
  const to = Math.max(last, other);
  // A neighbour just extends the quote; a sentence further away leaves the text between unshown.
  const skipped =
    other < first - 1
      ? [{ start: sentences[other]!.end, end: sentences[first]!.start }]
      : other > last + 1
        ? [{ start: sentences[last]!.end, end: sentences[other]!.start }]
        : [];
  return { start: sentences[from]!.start, end: sentences[to]!.end, skipped };
}

/**
 * The sentence outside `first..last` that adds the most of what the question hinges on, when it
 * adds enough and is short enough to show too; else null.
 */
function otherPart(
  texts: readonly string[],
  first: number,
  last: number,
  adds: (shown: string, sentence: string) => number,
  maxChars: number,
): number | null {
  const shown = texts.slice(first, last + 1).join(' ');
  let best: number | null = null;
  let bestGain = OTHER_PART_SHARE;
  texts.forEach((t, i) => {
    if ((i >= first && i <= last) || t.length > maxChars) return;
    const gain = adds(shown, t);
    if (gain >= bestGain && (best === null || gain > bestGain)) [best, bestGain] = [i, gain];
  });
  return best;
}

/** True when `quote` is exactly the article text at its offsets: the last check before showing it. */
export function isVerbatim(articleText: string, quote: string, span: QuoteSpan): boolean {
  return quote.length > 0 && articleText.slice(span.start, span.end) === quote;
}
