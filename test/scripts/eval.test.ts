import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { npmScript } from '../support/compiled.js';
import { SEED_CORPUS } from '../support/paths.js';
import { tempDir } from '../support/temp.js';

const run = promisify(execFile);

/** `npm run eval`, compiled, on a two-question set over the seed corpus in a folder of its own. */
describe('npm run eval', () => {
  it('skips an extra corpus that is not on this machine, says so, and scores without it', async () => {
    const dir = tempDir('citebot-eval-');
    const qa = path.join(dir, 'qa.jsonl');
    writeFileSync(
      qa,
      [
        {
          id: 'q1',
          question: 'Which countries will Pompeo visit on his trip to Latin America?',
          evidence: ['Colombia, Chile, Peru, and Paraguay'],
          answerable: true,
        },
        {
          id: 'q2',
          question: 'Quais países o Pompeo vai visitar?',
          english: 'Which countries will Pompeo visit on his trip to Latin America?',
          evidence: ['Colombia, Chile, Peru, and Paraguay'],
          answerable: true,
        },
      ]
        .map((q) => JSON.stringify(q))
        .join('\n'),
    );
    const { command, args } = npmScript('eval');
    const env = {
      ...process.env,
      EMBEDDER: 'use-lite',
      ALLOW_REMOTE_MODELS: 'false',
      CORPUS_PATH: SEED_CORPUS,
      INDEX_DIR: path.join(dir, 'index'),
      LOG_LEVEL: 'silent',
    };
    const { stdout, stderr } = await run(
      command,
      [...args, '--qa', qa, '--mode', 'hybrid', '--extra-corpus', path.join(dir, 'missing.jsonl'), '--in-english', '--json'],
      {
        env,
        cwd: dir,
      },
    );
    expect(stderr).toMatch(/extra corpus .*missing\.jsonl not found: skipped/);
    const metrics = JSON.parse(stdout.trim().split('\n').at(-1)!) as { n: number; hit5: number };
    expect(metrics.n).toBe(2);
    expect(metrics.hit5).toBe(1);
  }, 60_000);
});
