import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cleanOutlet, frontMatter } from '../../scripts/import-corpus.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { ROOT } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const LEDE = 'The river dam opened on Monday after four years of work, the regional water board said.';

describe('scripts/import-corpus', () => {
  it('strips a trailing note from the outlet name', () => {
    expect(cleanOutlet('teleSUR English (inferred from its cross-links; not printed in the text)')).toBe('teleSUR English');
    expect(cleanOutlet('Mexico Daily Post')).toBe('Mexico Daily Post');
    expect(cleanOutlet(null)).toBeNull();
  });

  it('writes front matter the loader reads back, leaving out a missing title', async () => {
    const dir = tempDir('citebot-import-');
    const body = `, , ,\n\n\n${LEDE}`;
    const entry = { file: 'x.txt', title: null, outlet: 'Ledger (a note)', published: '2019-07-04', url: null };
    writeFileSync(path.join(dir, 'x.txt'), frontMatter(entry) + body);
    expect(readFileSync(path.join(dir, 'x.txt'), 'utf8')).not.toContain('title:');
    const [article] = (await loadCorpus(dir)).articles;
    expect(article!.raw).toBe(body);
    expect(article!.source).toMatchObject({ outlet: 'Ledger', published: '2019-07-04', url: null });
  });

  it('refuses to run without a source folder, with a usage line and exit code 2', async () => {
    const run = promisify(execFile)(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/import-corpus.ts')], {
      cwd: tempDir(),
    });
    await expect(run).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('usage: npx tsx scripts/import-corpus.ts SOURCE_DIR [DEST_DIR]'),
    });
  });
});
