import { normalizeChat } from '../text/chat.js';
import { tokenize } from '../text/tokenize.js';

/** Declined questions that ask about the same thing, most asked first. */
export interface GapGroup {
  /** The phrasing asked most often in the group. */
  question: string;
  /** Times any question of the group was declined. */
  count: number;
  /** Other phrasings in the group, most asked first. */
  variants: string[];
}

/** Two questions belong together when this share of their terms (Jaccard) is the same. */
const SAME_TOPIC = 0.5;

/** How a declined question is stored: chat shorthand and filler resolved, one line, lower case. */
export function normaliseQuestion(question: string): string {
  return normalizeChat(question)
    .replace(/\s+/g, ' ')
    .replace(/[?!.\s]+$/u, '')
    .trim()
    .toLowerCase();
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const term of a) if (b.has(term)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/**
 * Groups questions by their search terms (the BM25 tokenizer: stemmed, stopwords out), so
 * "why did peru leave the lima group" and "peru leaving lima group?" count as one topic.
 * Greedy, most frequent phrasing first: each question joins the first group whose leading
 * phrasing it resembles, else starts its own.
 */
export function groupQuestions(questions: readonly string[], limit = 10): GapGroup[] {
  const counts = new Map<string, number>();
  for (const q of questions) counts.set(q, (counts.get(q) ?? 0) + 1);
  const phrasings = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const groups: { terms: Set<string>; members: [string, number][] }[] = [];
  for (const [text, count] of phrasings) {
    const terms = new Set(tokenize(text));
    const home = groups.find((g) => (terms.size === 0 ? g.members[0]![0] === text : jaccard(g.terms, terms) >= SAME_TOPIC));
    if (home) home.members.push([text, count]);
    else groups.push({ terms, members: [[text, count]] });
  }
  return groups
    .map((g) => ({
      question: g.members[0]![0],
      count: g.members.reduce((n, [, c]) => n + c, 0),
      variants: g.members.slice(1).map(([t]) => t),
    }))
    .sort((a, b) => b.count - a.count)
    .slice(0, limit);
}
