import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
// onnx-proto is CommonJS assigning `module.exports = $root`, so Node cannot see named exports.
import onnxProto from 'onnx-proto';
// Seeded, so the table and thus every expected vector is reproducible.
import { mulberry32 } from '../bench/vectors.js';

const { onnx } = onnxProto;

/** Options for {@link createTinyBertModel}. */
export interface TinyBertOptions {
  /** Hub-style id `<org>/<name>`; the model is written to `dir/<org>/<name>/`. */
  modelId?: string;
  /** Width of the embedding table, i.e. of `last_hidden_state`. */
  dimensions?: number;
  /** Seed of the PRNG that fills the embedding table. */
  seed?: number;
}

/** What {@link createTinyBertModel} wrote; `table` is row-major `[vocab.length, dimensions]`. */
export interface TinyBertModel {
  modelId: string;
  dimensions: number;
  vocab: string[];
  table: Float32Array;
}

/** BERT's special tokens, ids 0-4 in every vocabulary written here. */
export const BERT_SPECIAL_TOKENS = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'];
const SPECIAL = BERT_SPECIAL_TOKENS;
const WORDS = `. , ' " ? ! - : ; ( ) the a an and or but of to in on at by for from with as is are was were be been
has have had do does did not no it its this that these those he she they we you i his her their our who what when where
why how which said says say told asked ask would will could should can may might must than then there here about after
before over under into out up down more most less new old first last one two three year years day week month today
government president minister ministry official officials state states country countries nation national people police
army military election elections vote voters party parties opposition leader leaders court law crisis talks meeting
deal agreement peace war border trade oil price prices market markets bank economy money million billion percent tax
mexico mexican venezuela venezuelan caracas maduro organization american americas oas united washington brazil cuba
colombia foreign affairs human rights democracy protest protests city capital region north south news report reports
recipe flour sugar butter oven bake minutes cake chocolate egg eggs salt water cup`.split(/\s+/);

/** A Hugging Face tokenizer.json for a lowercasing BERT WordPiece tokenizer over `vocab` (specials first). */
export function bertTokenizerJson(vocab: string[]): unknown {
  const ids = Object.fromEntries(vocab.map((w, i) => [w, i]));
  const special = (id: string) => ({ SpecialToken: { id, type_id: 0 } });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map((content, id) => ({
      id,
      content,
      single_word: false,
      lstrip: false,
      rstrip: false,
      normalized: false,
      special: true,
    })),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [special('[CLS]'), { Sequence: { id: 'A', type_id: 0 } }, special('[SEP]')],
      pair: [
        special('[CLS]'),
        { Sequence: { id: 'A', type_id: 0 } },
        special('[SEP]'),
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((t) => [t, { id: t, ids: [ids[t]], tokens: [t] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab: ids },
  };
}

function modelProto(table: Float32Array, vocabSize: number, dimensions: number): Uint8Array {
  const INT64 = onnx.TensorProto.DataType.INT64;
  const FLOAT = onnx.TensorProto.DataType.FLOAT;
  const valueInfo = (name: string, elemType: number, dims: (string | number)[]) => ({
    name,
    type: {
      tensorType: {
        elemType,
        shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) },
      },
    },
  });
  const model = onnx.ModelProto.create({
    irVersion: 8,
    producerName: 'citebot-test-fixture',
    opsetImport: [{ domain: '', version: 13 }],
    graph: {
      name: 'tiny_bert',
      // attention_mask and token_type_ids are unused, but transformers.js feeds them (and
      // warns about feeds the session does not declare), so they are declared inputs.
      input: [
        valueInfo('input_ids', INT64, ['batch', 'sequence']),
        valueInfo('attention_mask', INT64, ['batch', 'sequence']),
        valueInfo('token_type_ids', INT64, ['batch', 'sequence']),
      ],
      output: [valueInfo('last_hidden_state', FLOAT, ['batch', 'sequence', dimensions])],
      initializer: [
        {
          name: 'embeddings',
          dataType: FLOAT,
          dims: [vocabSize, dimensions],
          // ONNX raw_data is little-endian, like every machine this runs on.
          rawData: new Uint8Array(table.buffer, table.byteOffset, table.byteLength),
        },
      ],
      node: [
        {
          opType: 'Gather',
          input: ['embeddings', 'input_ids'],
          output: ['last_hidden_state'],
          name: 'lookup',
          attribute: [{ name: 'axis', type: onnx.AttributeProto.AttributeType.INT, i: 0 }],
        },
      ],
    },
  });
  return onnx.ModelProto.encode(model).finish();
}

/** tokenizer_config.json of a lowercasing BERT tokenizer; inputs are truncated to `maxLength` tokens. */
export function bertTokenizerConfig(maxLength: number): Record<string, unknown> {
  return {
    tokenizer_class: 'BertTokenizer',
    do_lower_case: true,
    model_max_length: maxLength,
    unk_token: '[UNK]',
    pad_token: '[PAD]',
    cls_token: '[CLS]',
    sep_token: '[SEP]',
    mask_token: '[MASK]',
  };
}

/**
 * Writes a BERT-shaped transformers.js model whose "encoder" is only an embedding lookup, so
 * that tests can run the real feature-extraction pipeline offline and predict its output exactly.
 */
export async function createTinyBertModel(dir: string, opts: TinyBertOptions = {}): Promise<TinyBertModel> {
  const modelId = opts.modelId ?? 'citebot-test/tiny-bert';
  const dimensions = opts.dimensions ?? 16;
  const vocab = [...SPECIAL, ...WORDS];
  const random = mulberry32(opts.seed ?? 42);
  const table = Float32Array.from({ length: vocab.length * dimensions }, () => random() * 2 - 1);

  const root = path.join(dir, ...modelId.split('/'));
  await mkdir(path.join(root, 'onnx'), { recursive: true });
  const config = {
    model_type: 'bert',
    architectures: ['BertModel'],
    vocab_size: vocab.length,
    hidden_size: dimensions,
    num_hidden_layers: 1,
    num_attention_heads: 1,
    intermediate_size: dimensions * 2,
    max_position_embeddings: 512,
    type_vocab_size: 2,
    pad_token_id: 0,
  };
  const tokenizerConfig = bertTokenizerConfig(512);
  await Promise.all([
    writeFile(path.join(root, 'config.json'), JSON.stringify(config, null, 2)),
    writeFile(path.join(root, 'tokenizer.json'), JSON.stringify(bertTokenizerJson(vocab))),
    writeFile(path.join(root, 'tokenizer_config.json'), JSON.stringify(tokenizerConfig, null, 2)),
    writeFile(path.join(root, 'onnx', 'model.onnx'), modelProto(table, vocab.length, dimensions)),
  ]);
  return { modelId, dimensions, vocab, table };
}
