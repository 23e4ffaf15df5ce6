import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateDataSet } from '../../src/eval/data-sets.js';
import { tempDir } from '../support/temp.js';

/** A data folder holding only the BBC file, in the documented layout. */
function dataDirWithBbc(): string {
  const dir = tempDir('citebot-data-');
  mkdirSync(path.join(dir, 'bbc-news'));
  writeFileSync(path.join(dir, 'bbc-news', 'bbc-news.jsonl'), '{}\n');
  return dir;
}

describe('locateDataSet', () => {
  it('finds a data set at its place in the data folder', () => {
    const dir = dataDirWithBbc();
    expect(locateDataSet('bbc', { dataDir: dir, flag: '--data-dir DIR' })).toEqual({ found: true, file: path.join(dir, 'bbc-news', 'bbc-news.jsonl') });
  });

  it('says to set DATA_DIR or pass the flag when no folder is given', () => {
    const where = locateDataSet('realtimeqaQuestions', { flag: '--negatives FILE' });
    expect(where.found).toBe(false);
    expect(!where.found && where.reason).toBe(
      'RealTime QA questions not supplied: set DATA_DIR to a folder holding realtimeqa/realtimeqa-qa.jsonl, or pass --negatives FILE',
    );
  });

  it('names the missing file when the folder lacks that data set', () => {
    const dir = dataDirWithBbc();
    const where = locateDataSet('reuters', { dataDir: dir, flag: '--data-dir DIR' });
    expect(!where.found && where.reason).toContain(`${path.join(dir, 'reuters21578', 'reuters21578.jsonl')} does not exist`);
  });

  it('prefers a file named by a flag over the data folder, and reports it when it is missing', () => {
    const dir = dataDirWithBbc();
    const file = path.join(dir, 'bbc-news', 'bbc-news.jsonl');
    expect(locateDataSet('realtimeqaQuestions', { dataDir: '/nowhere', explicitFile: file, flag: '--negatives FILE' })).toEqual({ found: true, file });
    const missing = locateDataSet('realtimeqaQuestions', { dataDir: dir, explicitFile: path.join(dir, 'gone.jsonl'), flag: '--negatives FILE' });
    expect(!missing.found && missing.reason).toMatch(/gone\.jsonl does not exist \(given with --negatives FILE\)$/);
  });
});
