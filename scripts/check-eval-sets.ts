/**
 * Checks hand-written question sets against the corpora they are scored on:
 *
 *   npx tsx scripts/check-eval-sets.ts eval/*.jsonl [--corpus corpus] [--extra FILE.jsonl ...]
 *
 * - every line parses and has an id, a question, an evidence list and `answerable`;
 * - ids are unique across all the files given;
 * - every evidence string of an answerable item occurs in the CLEANED text of some article
 *   (whitespace collapsed, case-sensitive), since the bot can only quote cleaned text; with a
 *   "doc" field it must occur in that article;
 * - every "missing" term occurs in NO article's raw text (case-insensitive, whole word): raw,
 *   not cleaned, so a term hidden in a caption still counts as present.
 * Exits 1 when anything fails, listing each failure with its file and line.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { cleanArticle } from '../src/corpus/clean.js';
import { loadCorpus } from '../src/corpus/load.js';
import { runCli } from '../src/cli/run.js';

interface Doc {
  id: string;
  raw: string;
  clean: string;
}

const collapse = (s: string) => s.replace(/\s+/gu, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
// \b is ASCII-only; letters and digits on either side (any script) make it part of a longer word.
const wordPattern = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(collapse(term))}(?![\\p{L}\\p{N}])`, 'iu');

/** Articles as the bot loads them: a duplicate is skipped by the loader, so it cannot be a "doc". */
async function loadDocs(paths: string[]): Promise<{ docs: Doc[]; skipped: number }> {
  const docs: Doc[] = [];
  let skipped = 0;
  for (const p of paths) {
    const { articles, warnings } = await loadCorpus(p);
    skipped += warnings.length;
    for (const a of articles) docs.push({ id: a.id, raw: collapse(a.raw), clean: collapse(cleanArticle(a).text) });
  }
  return { docs, skipped };
}

const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Problems with one item; `seen` carries ids across files. */
function checkItem(row: Record<string, unknown>, docs: Doc[], seen: Map<string, string>, where: string): string[] {
  const problems: string[] = [];
  const id = row.id;
  if (typeof id !== 'string' || id === '') return ['no string "id"'];
  if (seen.has(id)) problems.push(`duplicate id "${id}" (first at ${seen.get(id)})`);
  else seen.set(id, where);
  if (typeof row.question !== 'string' || row.question.trim() === '') problems.push('no "question"');
  if (typeof row.answerable !== 'boolean') problems.push('"answerable" is not true/false');
  if (!strings(row.evidence)) return [...problems, '"evidence" is not a list of strings'];
  if (row.answerable === true) {
    if (row.evidence.length === 0) problems.push('answerable but no evidence');
    const pool = typeof row.doc === 'string' ? docs.filter((d) => d.id === row.doc) : docs;
    if (typeof row.doc === 'string' && pool.length === 0)
      problems.push(`doc "${row.doc}" is not loaded from the corpora given (absent, or skipped as a duplicate)`);
    for (const e of row.evidence) {
      if (!pool.some((d) => d.clean.includes(collapse(e)))) problems.push(`evidence not found verbatim in cleaned text: "${e}"`);
    }
  } else if (row.evidence.length > 0) {
    problems.push('unanswerable item with evidence');
  }
  if (row.missing !== undefined) {
    if (!strings(row.missing)) return [...problems, '"missing" is not a list of strings'];
    for (const term of row.missing) {
      const found = docs.find((d) => wordPattern(term).test(d.raw));
      if (found) problems.push(`"missing" term "${term}" occurs in ${found.id}`);
    }
  }
  return problems;
}

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { corpus: { type: 'string', multiple: true }, extra: { type: 'string', multiple: true, default: [] } },
  });
  if (positionals.length === 0) {
    process.stderr.write('Usage: npx tsx scripts/check-eval-sets.ts FILE.jsonl ... [--corpus DIR] [--extra FILE.jsonl ...]\n');
    return 2;
  }
  const corpora = [...(values.corpus ?? ['corpus']), ...values.extra];
  const { docs, skipped } = await loadDocs(corpora);
  process.stdout.write(`corpora: ${corpora.join(', ')} (${docs.length} articles loaded, ${skipped} skipped by the loader)\n`);
  const seen = new Map<string, string>();
  let failures = 0;
  for (const file of positionals) {
    const lines = readFileSync(file, 'utf8').split('\n');
    let items = 0;
    let bad = 0;
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${file}:${i + 1}`;
      let problems: string[];
      try {
        const row: unknown = JSON.parse(line);
        problems =
          row !== null && typeof row === 'object' ? checkItem(row as Record<string, unknown>, docs, seen, where) : ['not an object'];
      } catch (error) {
        problems = [`does not parse: ${(error as Error).message}`];
      }
      items += 1;
      if (problems.length > 0) bad += 1;
      for (const p of problems) process.stdout.write(`  FAIL ${where}: ${p}\n`);
    });
    failures += bad;
    process.stdout.write(`${bad === 0 ? 'ok  ' : 'FAIL'} ${file}: ${items} items, ${bad} failing\n`);
  }
  process.stdout.write(failures === 0 ? 'all items pass\n' : `${failures} failing item(s)\n`);
  return failures === 0 ? 0 : 1;
});
