import type { CorpusWarning, RawArticle } from '../types.js';
import { makeArticle, optionalString, type ReadResult } from './article.js';

/** Bad lines reported one by one per file; the rest are counted, so one broken dump cannot flood the log. */
const MAX_LINE_WARNINGS = 20;

type Parsed = { ok: true; record: Record<string, unknown>; controls: boolean } | { ok: false; reason: string };

/**
 * C0 control characters other than tab and newline, and DEL. JSON escapes (`\u0000`, `\u001b`)
 * let them into strings that files on disk could not carry (a NUL makes a file binary), and
 * no article prints them.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/gu;

/** The record with control characters removed from its string fields, and whether there were any. */
function withoutControls(record: Record<string, unknown>): { record: Record<string, unknown>; controls: boolean } {
  let controls = false;
  const cleaned = Object.fromEntries(
    Object.entries(record).map(([key, value]) => {
      const cleaned = typeof value === 'string' ? value.replace(CONTROLS, '') : value;
      if (cleaned !== value) controls = true;
      return [key, cleaned];
    }),
  );
  return { record: cleaned, controls };
}

function parseLine(line: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { ok: false, reason: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, reason: 'not a JSON object' };
  const { record, controls } = withoutControls(value as Record<string, unknown>);
  if (typeof record.text !== 'string' || record.text.trim() === '') return { ok: false, reason: 'no "text" field' };
  return { ok: true, record, controls };
}

/**
 * Reads a JSON Lines file with one article per line: `{id, title, source, date, url, text}`
 * (`source` is the outlet, `date` the publication date). A bad line is skipped with a warning
 * naming its line number; the other lines still load.
 */
export function readJsonlArticles(content: string, file: string, stem: string): ReadResult {
  const articles: RawArticle[] = [];
  const bad: string[] = [];
  const dated: CorpusWarning[] = [];
  const withControls: number[] = [];
  const lines = content.split('\n');
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    const lineNo = index + 1;
    const parsed = parseLine(line);
    if (!parsed.ok) return void bad.push(`line ${lineNo}: ${parsed.reason}`);
    const { record } = parsed;
    if (parsed.controls) withControls.push(lineNo);
    // Without an id the line number keeps the article addressable and stable.
    const id = optionalString(record.id) ?? `${stem}-${lineNo}`;
    const article = makeArticle(
      { id, file: `${file}#${id}`, raw: record.text as string, format: 'jsonl' },
      { title: record.title, outlet: record.source ?? record.outlet, published: record.date ?? record.published, url: record.url },
      dated,
    );
    if (article) articles.push(article);
  });
  const warnings = bad.slice(0, MAX_LINE_WARNINGS).map((reason) => ({ file, reason: `${reason}, skipped` }));
  if (bad.length > MAX_LINE_WARNINGS) {
    warnings.push({ file, reason: `${bad.length - MAX_LINE_WARNINGS} more bad lines skipped` });
  }
  if (withControls.length > 0) {
    const where = withControls.length === 1 ? `line ${withControls[0]}` : `${withControls.length} lines (first: line ${withControls[0]})`;
    warnings.unshift({ file, reason: `control characters (such as NUL or ESC) removed from ${where}` });
  }
  return { articles, warnings: [...dated, ...warnings] };
}
