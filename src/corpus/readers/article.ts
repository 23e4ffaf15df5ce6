import { deriveTitle, readPublished } from '../metadata.js';
import type { CorpusWarning, RawArticle } from '../types.js';

/** What every reader returns: the articles of one file, and what it had to skip. */
export interface ReadResult {
  articles: RawArticle[];
  warnings: CorpusWarning[];
}

/** Metadata as found in a file, before normalisation; any field may be missing or mistyped. */
export interface FoundMetadata {
  title?: unknown;
  outlet?: unknown;
  published?: unknown;
  url?: unknown;
}

/** A trimmed non-empty string, or null for anything else. */
export function optionalString(value: unknown): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Builds a RawArticle from a reader's findings, or null when the body has no text. A missing
 * title is derived from the text, so every quote can name its article. A date that does not
 * exist is dropped, with a warning in `warnings`: the article is shown as undated.
 */
export function makeArticle(
  fields: { id: string; file: string; raw: string; format: RawArticle['format'] },
  found: FoundMetadata,
  warnings: CorpusWarning[],
): RawArticle | null {
  if (fields.raw.trim() === '') return null;
  const outlet = optionalString(found.outlet);
  const title = optionalString(found.title) ?? deriveTitle(fields.raw, outlet) ?? fields.id;
  const { published, invalid } = readPublished(found.published);
  if (invalid !== null) {
    const shown = JSON.stringify(invalid.length > 40 ? `${invalid.slice(0, 40)}…` : invalid);
    warnings.push({ file: fields.file, reason: `the date ${shown} does not exist; the article is shown as undated` });
  }
  return {
    id: fields.id,
    source: { title, outlet, published, url: optionalString(found.url), file: fields.file },
    raw: fields.raw,
    format: fields.format,
  };
}
