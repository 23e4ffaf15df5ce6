import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTinyBertModel, type TinyBertModel } from '../../src/testing/tiny-onnx.js';

// A child process, because TensorFlow.js and emscripten bind console.log when they load,
// which no spy in this process would see; the child's real stdout sees everything.
let dir: string;
let tiny: TinyBertModel;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'citebot-stdout-'));
  tiny = await createTinyBertModel(dir);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it('loading and embedding with every backend writes nothing to stdout', async () => {
  const script = path.join(import.meta.dirname, '..', 'support', 'embed-quietly.ts');
  const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', script, dir, tiny.modelId]);
  expect(stderr).toContain('use-lite universal-sentence-encoder-lite 512 512');
  expect(stderr).toContain(`transformers ${tiny.modelId} ${tiny.dimensions} ${tiny.dimensions}`);
  expect(stderr).toContain('citebot-test/missing is not available offline; using the embedded Universal Sentence Encoder Lite instead');
  expect(stdout).toBe('');
});
