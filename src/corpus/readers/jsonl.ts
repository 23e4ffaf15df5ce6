import type { RawArticle } from '../types.js';
import { makeArticle, optionalString, type ReadResult } from './article.js';

/** Bad lines reported one by one per file; the rest are counted, so one broken dump cannot flood the log. */
const MAX_LINE_WARNINGS = 20;

type Parsed = { ok: true; record: Record<string, unknown> } | { ok: false; reason: string };

function parseLine(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not a JSON object' };
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string' || record.text.trim() === '') return { ok: false, reason: 'no "text" field' };
  return { ok: true, record };
}

/**
 * Reads a JSON Lines file with one article per line: `{id, title, source, date, url, text}`
 * (`source` is the outlet, `date` the publication date). A bad line is skipped with a warning
 * naming its line number; the other lines still load.
 */
export function readJsonlArticles(content: string, file: string, stem: string): ReadResult {
  const articles: RawArticle[] = [];
  const bad: string[] = [];
  const lines = content.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNo = index + 1;
    const parsed = parseLine(line);
    if (!parsed.ok) return void bad.push(`line ${lineNo}: ${parsed.reason}`);
    const { record } = parsed;
    // Without an id the line number keeps the article addressable and stable.
    const id = optionalString(record.id) ?? `${stem}-${lineNo}`;
    const article = makeArticle(
      { id, file: `${file}#${id}`, raw: record.text as string, format: 'jsonl' },
      { title: record.title, outlet: record.source ?? record.outlet, published: record.date ?? record.published, url: record.url },
    );
    if (article) articles.push(article);
  });
  const warnings = bad.slice(0, MAX_LINE_WARNINGS).map((reason) => ({ file, reason: `${reason}, skipped` }));
  if (bad.length > MAX_LINE_WARNINGS) {
    warnings.push({ file, reason: `${bad.length - MAX_LINE_WARNINGS} more bad lines skipped` });
  }
  return { articles, warnings };
}
