import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TransformersEmbedder } from '../../src/embed/transformers.js';
import { createBertModel, MINILM_L6_SHAPE, type BertShape } from '../../src/testing/bert-onnx.js';
import { BERT_SPECIAL_TOKENS } from '../../src/testing/tiny-onnx.js';
import { generatedVocabulary } from '../../src/testing/wordpiece-vocab.js';
import { tempDir } from '../support/temp.js';

const TINY: BertShape = { layers: 2, hidden: 16, heads: 4, intermediate: 32, vocab: 600, maxPositions: 64 };

/** Weights of a BERT encoder without pooler: embeddings + their norm, then per layer Q/K/V/O, the feed-forward and two norms. */
const bertParameters = ({ layers, hidden: h, intermediate: i, vocab, maxPositions }: BertShape) =>
  (vocab + maxPositions + 2) * h + 2 * h + layers * (4 * (h * h + h) + (h * i + i) + (i * h + h) + 4 * h);

describe('createBertModel', () => {
  it('writes a model that the transformers.js embedder loads and that gives unit vectors of the hidden width', async () => {
    const dir = tempDir();
    const model = await createBertModel(dir, 'bench/tiny-bert', TINY);
    expect(model.parameters).toBe(bertParameters(TINY));
    const embedder = new TransformersEmbedder({ modelId: model.modelId, modelsDir: dir, allowRemoteModels: false });
    expect(await embedder.describe()).toEqual({ backend: 'transformers', modelId: 'bench/tiny-bert', dimensions: 16 });
    const [long, short] = await embedder.embed(['The minister said the talks in Cancun would go on next week.', 'short']);
    expect(Math.hypot(...long!)).toBeCloseTo(1, 5);
    // Attention masks the padding: a text alone gets the vector it gets beside a longer one.
    const [alone] = await embedder.embed(['short']);
    Array.from(alone!).forEach((x, i) => expect(x).toBeCloseTo(short![i]!, 5));
    expect(Array.from(long!)).not.toEqual(Array.from(short!));
  });

  it('writes a tokenizer whose vocabulary has exactly the configured size, special tokens first', async () => {
    const dir = tempDir();
    await createBertModel(dir, 'bench/tiny-bert', TINY);
    const tokenizer = JSON.parse(readFileSync(path.join(dir, 'bench', 'tiny-bert', 'tokenizer.json'), 'utf8')) as {
      model: { vocab: Record<string, number> };
    };
    expect(Object.keys(tokenizer.model.vocab)).toHaveLength(600);
    expect(tokenizer.model.vocab['[CLS]']).toBe(2);
  });
});

describe('generatedVocabulary', () => {
  it('fills MiniLM-L6 vocabulary size with distinct tokens, covering common words and every ASCII character', () => {
    const vocab = generatedVocabulary(MINILM_L6_SHAPE.vocab, BERT_SPECIAL_TOKENS);
    expect(vocab).toHaveLength(30522);
    expect(new Set(vocab).size).toBe(30522);
    expect(vocab.slice(0, 5)).toEqual(BERT_SPECIAL_TOKENS);
    for (const token of ['the', 'minister', 'a', '##z', '7', '##s']) expect(vocab).toContain(token);
  });
});
