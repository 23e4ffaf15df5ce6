import matter from 'gray-matter';
import { makeArticle, type ReadResult } from './article.js';

/**
 * Reads a `.md` / `.txt` article: optional YAML front matter (title, outlet, published, url),
 * then the body, which is kept exactly as written.
 */
export function readTextArticle(content: string, file: string, id: string): ReadResult {
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    // Passing options turns off gray-matter's cache, which would keep every file in memory.
    parsed = matter(content, {});
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { articles: [], warnings: [{ file, reason: `invalid front matter (${detail}), skipped` }] };
  }
  const data = parsed.data;
  const article = makeArticle(
    { id, file, raw: parsed.content, format: 'text' },
    { title: data.title, outlet: data.outlet ?? data.source, published: data.published ?? data.date, url: data.url },
  );
  if (!article) return { articles: [], warnings: [{ file, reason: 'no text after the front matter, skipped' }] };
  return { articles: [article], warnings: [] };
}
