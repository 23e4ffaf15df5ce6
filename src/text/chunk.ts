import type { Passage } from '../corpus/types.js';
import { splitParagraphs, splitSentences, type Span } from './sentences.js';

/** How articles are cut into passages; recorded in the index manifest. */
export interface ChunkerSettings {
  /** A passage grows sentence by sentence up to about this many characters. */
  maxChars: number;
  /** Paragraphs shorter than this are joined with the next one, so a passage reads on its own. */
  minChars: number;
  /** Sentences repeated at the start of the next passage when a long paragraph is cut. */
  overlapSentences: number;
}

/** About three to five news sentences: what a reader takes in at a glance in a chat message. */
export const DEFAULT_CHUNKER: ChunkerSettings = { maxChars: 700, minChars: 200, overlapSentences: 1 };

interface Unit extends Span {
  paragraph: number;
}

/** A cut without a space within this many characters of the bound is made at the bound itself. */
const MIN_WORD_CUT = 0.5;

/** Where a piece of `text` from `start` that may end no later than `limit` ends: after its last word that fits. */
function cutAt(text: string, start: number, limit: number): number {
  for (let i = limit; i > start + (limit - start) * MIN_WORD_CUT; i--) {
    if (/\s/u.test(text[i]!)) return i;
  }
  // No space near the bound (a URL, a run of letters): cut there, but never inside a surrogate pair.
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}

/**
 * Cuts a sentence longer than maxChars into pieces of at most maxChars at word boundaries, so a
 * paragraph without sentence ends still gives passages of a readable size. Each piece is trimmed.
 */
function bounded(text: string, sentence: Span, maxChars: number, out: Span[]): number {
  let cuts = 0;
  let start = sentence.start;
  while (sentence.end - start > maxChars) {
    const end = cutAt(text, start, start + maxChars);
    out.push(trimmed(text, start, end));
    cuts++;
    start = end;
    while (start < sentence.end && /\s/u.test(text[start]!)) start++;
  }
  if (start < sentence.end) out.push({ start, end: sentence.end });
  return cuts;
}

function trimmed(text: string, start: number, end: number): Span {
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Groups sentences into windows no longer than maxChars, repeating `overlap` sentences. */
function windows(units: Unit[], settings: ChunkerSettings): Unit[][] {
  const out: Unit[][] = [];
  let i = 0;
  while (i < units.length) {
    const group: Unit[] = [units[i]!];
    let j = i + 1;
    while (j < units.length && units[j]!.end - group[0]!.start <= settings.maxChars) group.push(units[j++]!);
    out.push(group);
    if (j >= units.length) break;
    // Step back for overlap, but always advance by at least one sentence.
    i = Math.max(i + 1, j - settings.overlapSentences);
  }
  return out;
}

/** Passages of an article, and how many cuts had to be made inside a sentence (see {@link chunkArticle}). */
export interface Chunked {
  passages: Passage[];
  /** Cuts made at a word boundary, or at the size bound, because a sentence was longer than maxChars. */
  forcedCuts: number;
}

/**
 * Cuts an article's cleaned text into passages that respect paragraphs: a passage is a run of
 * whole sentences from one paragraph, or from consecutive short paragraphs. A sentence longer
 * than maxChars is cut at word boundaries (at the bound itself when it has no spaces), so every
 * passage is at most maxChars long. Pure, and linear in the length of the text.
 */
export function chunkArticleCounted(articleId: string, text: string, settings: ChunkerSettings = DEFAULT_CHUNKER): Chunked {
  const paragraphs = splitParagraphs(text);
  // Blocks: a paragraph, or short paragraphs joined until they reach minChars.
  const blocks: Unit[][] = [];
  let current: Unit[] = [];
  let currentChars = 0;
  let forcedCuts = 0;
  paragraphs.forEach((p, index) => {
    const pieces: Span[] = [];
    for (const s of splitSentences(text.slice(p.start, p.end), p.start)) forcedCuts += bounded(text, s, settings.maxChars, pieces);
    const length = p.end - p.start;
    if (current.length > 0 && (currentChars >= settings.minChars || currentChars + length > settings.maxChars)) {
      blocks.push(current);
      current = [];
      currentChars = 0;
    }
    // A loop, not push(...pieces): a paragraph of a million sentences would overflow the call stack.
    for (const piece of pieces) current.push({ ...piece, paragraph: index });
    currentChars += length;
  });
  if (current.length > 0) blocks.push(current);

  const passages: Passage[] = [];
  for (const block of blocks) {
    for (const group of windows(block, settings)) {
      const start = group[0]!.start;
      const end = group[group.length - 1]!.end;
      passages.push({
        id: `${articleId}#${passages.length}`,
        articleId,
        paragraph: group[0]!.paragraph,
        start,
        end,
        text: text.slice(start, end),
      });
    }
  }
  return { passages, forcedCuts };
}

/** The passages of {@link chunkArticleCounted}. */
export function chunkArticle(articleId: string, text: string, settings: ChunkerSettings = DEFAULT_CHUNKER): Passage[] {
  return chunkArticleCounted(articleId, text, settings).passages;
}
