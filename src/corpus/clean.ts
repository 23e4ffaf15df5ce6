import { createHash } from 'node:crypto';
import { findRepeatedHeadline, isCaptionTwin, repeatsNeighbour, topChromeRule } from './cleaning/context-rules.js';
import { matchLineRule, TRAILING_ATTRIBUTION, type DocumentFacts } from './cleaning/line-rules.js';
import { dropChromeRuns } from './cleaning/runs.js';
import { dominantScript, isTitleCase, normalizeForCompare, wordsOf } from './cleaning/signals.js';
import { splitUnits, type Unit } from './cleaning/units.js';
import type { Article, ArticleSource, RawArticle } from './types.js';

/** What the cleaner knows about the article besides its text. */
export interface CleanContext {
  /** The headline shown separately; a copy of it at the top of the body is dropped. */
  title?: string | null;
  /** The outlet; lines that are just its name, or captions signed with it, are dropped. */
  outlet?: string | null;
}

/** A line removed as page chrome, with the rule that removed it (for debugging and tests). */
export interface DroppedLine {
  line: string;
  rule: string;
}

/** Cleaned text: kept paragraphs joined by a blank line, each byte for byte as in the raw text. */
export interface CleanResult {
  text: string;
  paragraphs: string[];
  dropped: DroppedLine[];
  /**
   * Offsets in `text` (each the end of a kept paragraph) after which the raw text has something
   * that was removed before the next kept paragraph: a quote reaching across one is not one span
   * of the source. Ascending.
   */
  gaps: number[];
}

/**
 * Site names: the outlet, plus any name that signs two or more lines (" - Name" captions, or a
 * line that is just "- Name"), so a site is recognised even when the metadata does not name it.
 */
function siteNamesOf(units: Unit[], outlet: string | null | undefined): Set<string> {
  const counts = new Map<string, number>();
  for (const { text } of units) {
    const signed = TRAILING_ATTRIBUTION.exec(text)?.[1] ?? /^[-–—|]\s*(.{2,60})$/u.exec(text)?.[1];
    // A site name is a short proper name ("Daily Planet"), not a table value ("- Nil") or a
    // credit that ends a sentence, and it signs a caption-length line or stands alone; short
    // "Date - Place - Venue" lines are listings, not captions.
    if (!signed || wordsOf(signed).length > 5 || !isTitleCase(signed) || /[.!?]$/u.test(signed)) continue;
    if (wordsOf(text).length - wordsOf(signed).length < 8 && !/^[-–—|]/u.test(text)) continue;
    const name = normalizeForCompare(signed);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const names = new Set([...counts].filter(([name, n]) => n >= 2 && name !== '').map(([name]) => name));
  const own = outlet ? normalizeForCompare(outlet) : '';
  if (own !== '') names.add(own);
  return names;
}

/**
 * Removes page chrome (headline copy, taglines, captions, credits, cross-links, newsletter and
 * comment widgets, datelines, sign-offs, lines in a foreign script) with general rules. Every
 * kept paragraph is an exact substring of `raw`. Pure.
 */
export function cleanText(raw: string, context: CleanContext = {}): CleanResult {
  const units = splitUnits(raw);
  const doc: DocumentFacts = {
    script: dominantScript(raw),
    siteNames: siteNamesOf(units, context.outlet),
  };
  const rules: (string | null)[] = units.map((u) => matchLineRule(u.text, doc));

  const headline = findRepeatedHeadline(units, context.title ?? undefined, rules);
  for (let i = 0; i <= headline; i++) rules[i] = i === headline ? 'headline' : (rules[i] ?? 'before-headline');

  // Normalised once: comparing neighbours would otherwise normalise each line three times.
  const normalized = units.map((u) => normalizeForCompare(u.text));
  units.forEach((_, i) => {
    if (rules[i] !== null) return;
    if (repeatsNeighbour(units, i, normalized)) rules[i] = 'repeated-line';
    else if (isCaptionTwin(units, i, normalized)) rules[i] = 'caption-twin';
    else rules[i] = topChromeRule(units, i, rules);
  });
  dropChromeRuns(units, rules);

  const paragraphs: string[] = [];
  const dropped: DroppedLine[] = [];
  const gaps: number[] = [];
  let at = 0;
  let previous: Unit | null = null;
  units.forEach((unit, i) => {
    const rule = rules[i];
    if (rule) {
      dropped.push({ line: unit.text, rule });
      return;
    }
    // Proven against the raw text, not inferred from the rules: only whitespace between two kept
    // paragraphs means they are contiguous there.
    if (previous && raw.slice(previous.end, unit.start).trim() !== '') gaps.push(at - 2);
    paragraphs.push(unit.text);
    at += unit.text.length + 2;
    previous = unit;
  });
  return { text: paragraphs.join('\n\n'), paragraphs, dropped, gaps };
}

/** Canonical JSON of a source: fixed key order, so the hash does not depend on how it was built. */
function sourceJson(source: ArticleSource): string {
  const { title, outlet, published, url, file } = source;
  return JSON.stringify({ title, outlet, published, url, file });
}

/**
 * sha256 (hex) of cleaned text, its gaps and source metadata: unchanged articles keep their
 * vectors, and removing a chrome line between two paragraphs still counts as a change.
 */
export function contentHash(text: string, source: ArticleSource, gaps: readonly number[] = []): string {
  const hash = createHash('sha256').update(text).update('\u0000').update(sourceJson(source));
  if (gaps.length > 0) hash.update('\u0000').update(gaps.join(','));
  return hash.digest('hex');
}

/** Cleans one article read from disk. Pure. */
export function cleanArticle(raw: RawArticle): Article {
  const { text, gaps } = cleanText(raw.raw, { title: raw.source.title, outlet: raw.source.outlet });
  return { ...raw, text, gaps, contentHash: contentHash(text, raw.source, gaps) };
}
