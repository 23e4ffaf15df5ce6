/**
 * How the side-by-side benchmark judges what a retriever returned, the same way for citebot and
 * its peer. Pure.
 */
import { normalizeForMatch } from '../eval/score.js';
import type { QaItem } from '../eval/qa.js';

/** One returned text: what it says and the article it came from. */
export interface ReturnedText {
  text: string;
  articleId: string;
  /** Offsets in `text` where its source removed something (citebot marks these); the parts must be verbatim one by one. */
  gaps?: readonly number[];
}

/** The article a returned text is checked against. */
export interface SourceArticle {
  /** What the corpus file holds for it: the whole file, or the record's text for JSON Lines. */
  raw: string;
  /** citebot's cleaned text of it (src/corpus/clean.ts): the real paragraphs, without page chrome. */
  cleaned: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The parts of a text between its gaps, in order. */
export function partsOf(text: string, gaps: readonly number[] = []): string[] {
  const cuts = [0, ...gaps, text.length];
  return cuts
    .slice(1)
    .map((end, i) => text.slice(cuts[i], end))
    .filter((p) => p.trim() !== '');
}

/** True when every part of the text is, up to whitespace, a substring of its source file. */
export function isVerbatim(returned: ReturnedText, source: SourceArticle): boolean {
  const raw = squash(source.raw);
  return partsOf(returned.text, returned.gaps).every((part) => raw.includes(squash(part)));
}

/**
 * Lines of the text that are not in the article's cleaned text: front matter, menus, share
 * buttons, captions, cross-links, or anything else the project's cleaner drops. A line cut by a
 * chunk boundary still counts as clean when what is left of it is in the cleaned text.
 */
export function chromeLines(returned: ReturnedText, source: SourceArticle): string[] {
  const cleaned = squash(source.cleaned);
  return returned.text
    .split('\n')
    .map(squash)
    .filter((line) => line !== '' && !cleaned.includes(line));
}

/** 1-based rank of the first returned text holding one of the item's evidence phrases, or null. */
export function evidenceRank(item: QaItem, returned: readonly ReturnedText[]): number | null {
  const i = returned.findIndex((r) =>
    item.kind === 'doc' ? r.articleId === item.docId : item.evidence.some((e) => normalizeForMatch(r.text).includes(normalizeForMatch(e))),
  );
  return i < 0 ? null : i + 1;
}

/** Hit@1, hit@5 and MRR over answerable items' ranks (null: missed or refused). */
export function rankMetrics(ranks: readonly (number | null)[]): { n: number; hit1: number; hit5: number; mrr: number } {
  const n = ranks.length;
  const share = (k: number) => (n === 0 ? Number.NaN : ranks.filter((r) => r !== null && r <= k).length / n);
  const mrr = n === 0 ? Number.NaN : ranks.reduce<number>((s, r) => s + (r === null ? 0 : 1 / r), 0) / n;
  return { n, hit1: share(1), hit5: share(5), mrr };
}
