import matter from 'gray-matter';
import type { CorpusWarning } from '../types.js';
import { makeArticle, type ReadResult } from './article.js';

/**
 * The date as the front matter writes it. YAML reads `2021-02-30` as a timestamp and rolls it
 * over to 2 March, so a parsed date is replaced by its written text, which is then checked.
 */
function writtenDate(matter: string, key: string, value: unknown): unknown {
  if (!(value instanceof Date)) return value;
  const line = new RegExp(`^${key}[ \\t]*:[ \\t]*['"]?([^'"#\\n]*?)['"]?[ \\t]*(#.*)?$`, 'mu').exec(matter);
  return line?.[1] || value;
}

/**
 * Reads a `.md` / `.txt` article: optional YAML front matter (title, outlet, published, url),
 * then the body, which is kept exactly as written.
 */
export function readTextArticle(content: string, file: string, id: string): ReadResult {
  let parsed: { data: Record<string, unknown>; content: string; matter: string };
  try {
    // Passing options turns off gray-matter's cache, which would keep every file in memory.
    parsed = matter(content, {});
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { articles: [], warnings: [{ file, reason: `invalid front matter (${detail}), skipped` }] };
  }
  const data = parsed.data;
  const dateKey = data.published !== undefined ? 'published' : 'date';
  const warnings: CorpusWarning[] = [];
  const article = makeArticle(
    { id, file, raw: parsed.content, format: 'text' },
    { title: data.title, outlet: data.outlet ?? data.source, published: writtenDate(parsed.matter, dateKey, data[dateKey]), url: data.url },
    warnings,
  );
  if (!article) return { articles: [], warnings: [{ file, reason: 'no text after the front matter, skipped' }] };
  return { articles: [article], warnings };
}
