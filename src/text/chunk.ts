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

/**
 * Cuts an article's cleaned text into passages that respect paragraphs: a passage is a run of
 * whole sentences from one paragraph, or from consecutive short paragraphs. Pure.
 */
export function chunkArticle(articleId: string, text: string, settings: ChunkerSettings = DEFAULT_CHUNKER): Passage[] {
  const paragraphs = splitParagraphs(text);
  // Blocks: a paragraph, or short paragraphs joined until they reach minChars.
  const blocks: Unit[][] = [];
  let current: Unit[] = [];
  let currentChars = 0;
  paragraphs.forEach((p, index) => {
    const sentences = splitSentences(text.slice(p.start, p.end), p.start).map((s) => ({ ...s, paragraph: index }));
    const length = p.end - p.start;
    if (current.length > 0 && (currentChars >= settings.minChars || currentChars + length > settings.maxChars)) {
      blocks.push(current);
      current = [];
      currentChars = 0;
    }
    current.push(...sentences);
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
  return passages;
}
