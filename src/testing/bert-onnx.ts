import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
// onnx-proto is CommonJS assigning `module.exports = $root`, so Node cannot see named exports.
import onnxProto from 'onnx-proto';
import { mulberry32 } from '../bench/vectors.js';
import { bertGraph } from './bert-graph.js';
import { generatedVocabulary } from './wordpiece-vocab.js';
import { BERT_SPECIAL_TOKENS, bertTokenizerConfig, bertTokenizerJson } from './tiny-onnx.js';

const { onnx } = onnxProto;

/** The shape of a BERT encoder, as in a Hugging Face `config.json`. */
export interface BertShape {
  layers: number;
  hidden: number;
  heads: number;
  intermediate: number;
  vocab: number;
  maxPositions: number;
}

/** sentence-transformers/all-MiniLM-L6-v2 (Xenova/all-MiniLM-L6-v2): the model a transformers install uses. */
export const MINILM_L6_SHAPE: BertShape = { layers: 6, hidden: 384, heads: 12, intermediate: 1536, vocab: 30522, maxPositions: 512 };

/** What {@link createBertModel} wrote. */
export interface BertModel {
  modelId: string;
  shape: BertShape;
  /** Number of weights (floats) in the graph. */
  parameters: number;
  /** Bytes of onnx/model.onnx. */
  bytes: number;
}

/**
 * Writes a transformers.js model folder for a BERT encoder of `shape` with RANDOM weights (seeded)
 * and a generated WordPiece vocabulary of `shape.vocab` entries. Its vectors mean nothing: it
 * exists so that the speed of a real-sized encoder can be measured offline, since the forward
 * pass costs the same whatever the weight values are.
 */
export async function createBertModel(dir: string, modelId: string, shape: BertShape, seed = 7): Promise<BertModel> {
  if (shape.hidden % shape.heads !== 0) throw new Error(`hidden ${shape.hidden} is not a multiple of heads ${shape.heads}`);
  const vocab = generatedVocabulary(shape.vocab, BERT_SPECIAL_TOKENS);
  const random = mulberry32(seed);
  const graph = bertGraph(shape, () => (random() * 2 - 1) * 0.08);
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'citebot-bench',
    opsetImport: [{ domain: '', version: 17 }],
    graph: graph.graph,
  });
  const bytes = onnx.ModelProto.encode(model).finish();

  const root = path.join(dir, ...modelId.split('/'));
  await mkdir(path.join(root, 'onnx'), { recursive: true });
  const config = {
    model_type: 'bert',
    architectures: ['BertModel'],
    vocab_size: shape.vocab,
    hidden_size: shape.hidden,
    num_hidden_layers: shape.layers,
    num_attention_heads: shape.heads,
    intermediate_size: shape.intermediate,
    hidden_act: 'gelu',
    max_position_embeddings: shape.maxPositions,
    type_vocab_size: 2,
    layer_norm_eps: 1e-12,
    pad_token_id: 0,
  };
  await Promise.all([
    writeFile(path.join(root, 'config.json'), JSON.stringify(config, null, 2)),
    writeFile(path.join(root, 'tokenizer.json'), JSON.stringify(bertTokenizerJson(vocab))),
    writeFile(path.join(root, 'tokenizer_config.json'), JSON.stringify(bertTokenizerConfig(shape.maxPositions), null, 2)),
    writeFile(path.join(root, 'onnx', 'model.onnx'), bytes),
  ]);
  return { modelId, shape, parameters: graph.parameters, bytes: bytes.byteLength };
}
