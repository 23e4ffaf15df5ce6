import { readFileSync } from 'node:fs';
import { CitebotError } from '../errors.js';

/**
 * A labelled question: judged by evidence strings in quotes, or by the article it must come
 * from. A question in Spanish or Portuguese may carry `english`, the same question in English,
 * so the eval can ask both and compare.
 */
export type QaItem =
  | { kind: 'evidence'; id: string; question: string; evidence: string[]; answerable: boolean; english?: string }
  | { kind: 'doc'; id: string; question: string; docId: string; answer: string | null };

/** Reads a QA file in either documented JSON Lines shape; malformed lines are errors, with line numbers. */
export function readQa(file: string): QaItem[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new CitebotError('CORPUS_NOT_FOUND', `Cannot read the QA file ${file}.`, { hint: 'Pass --qa with a JSON Lines file.', cause });
  }
  const items: QaItem[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const row = JSON.parse(line) as Record<string, unknown>;
    const id = String(row.id ?? row.question_id ?? `line-${i + 1}`);
    if (typeof row.question !== 'string') throw new Error(`${file}:${i + 1}: no "question"`);
    if (typeof row.doc_id === 'string') {
      items.push({ kind: 'doc', id, question: row.question, docId: row.doc_id, answer: typeof row.answer === 'string' ? row.answer : null });
    } else if (Array.isArray(row.evidence)) {
      const english = typeof row.english === 'string' ? { english: row.english } : {};
      items.push({ kind: 'evidence', id, question: row.question, evidence: row.evidence.map(String), answerable: row.answerable !== false, ...english });
    } else {
      throw new Error(`${file}:${i + 1}: needs "evidence" or "doc_id"`);
    }
  });
  return items;
}
