import onnxProto from 'onnx-proto';
import type { BertShape } from './bert-onnx.js';

const { onnx } = onnxProto;
const FLOAT = onnx.TensorProto.DataType.FLOAT;
const INT64 = onnx.TensorProto.DataType.INT64;
const { INT, INTS, FLOAT: FLOAT_ATTR } = onnx.AttributeProto.AttributeType;

type Attr = { name: string; type: number; i?: number; ints?: number[]; f?: number };
interface Node {
  opType: string;
  input: string[];
  output: string[];
  name: string;
  attribute: Attr[];
}

/**
 * The ONNX graph (opset 17) of a BERT encoder as exported for sentence-transformers: word,
 * position and token-type embeddings, then per layer multi-head self-attention with the padding
 * mask, a residual and LayerNorm, a GELU (erf) feed-forward, a residual and LayerNorm. Output
 * `last_hidden_state` [batch, sequence, hidden]; transformers.js mean-pools it.
 */
export function bertGraph(shape: BertShape, weight: () => number): { graph: object; parameters: number } {
  const { hidden: h, heads, intermediate, layers } = shape;
  const headSize = h / heads;
  const nodes: Node[] = [];
  const initializer: object[] = [];
  let parameters = 0;
  let n = 0;
  const node = (opType: string, input: string[], attribute: Attr[] = []): string => {
    const output = `${opType.toLowerCase()}_${n++}`;
    nodes.push({ opType, input, output: [output], name: output, attribute });
    return output;
  };
  const tensor = (name: string, dims: number[], fill: (i: number) => number): string => {
    const data = Float32Array.from({ length: dims.reduce((a, b) => a * b, 1) }, (_, i) => fill(i));
    parameters += data.length;
    initializer.push({ name, dataType: FLOAT, dims, rawData: new Uint8Array(data.buffer) });
    return name;
  };
  const ints = (name: string, values: number[], dims = [values.length]): string => {
    initializer.push({ name, dataType: INT64, dims, int64Data: values });
    return name;
  };
  const scalar = (name: string, value: number) => (initializer.push({ name, dataType: FLOAT, dims: [], floatData: [value] }), name);
  const random = (name: string, dims: number[]) => tensor(name, dims, weight);
  const layerNorm = (x: string, name: string) =>
    node(
      'LayerNormalization',
      [x, tensor(`${name}.gamma`, [h], () => 1), tensor(`${name}.beta`, [h], () => 0)],
      [
        { name: 'axis', type: INT, i: -1 },
        { name: 'epsilon', type: FLOAT_ATTR, f: 1e-12 },
      ],
    );
  const dense = (x: string, name: string, from: number, to: number) =>
    node('Add', [node('MatMul', [x, random(`${name}.weight`, [from, to])]), random(`${name}.bias`, [to])]);

  // Embeddings: positions are 0..sequence-1, taken from the shape of input_ids.
  const sequence = node('Gather', [node('Shape', ['input_ids']), ints('one', [1], [])], [{ name: 'axis', type: INT, i: 0 }]);
  const positions = node('Range', [ints('zero', [0], []), sequence, 'one']);
  const embed = (table: string, ids: string) => node('Gather', [table, ids], [{ name: 'axis', type: INT, i: 0 }]);
  let x = node('Add', [
    node('Add', [
      embed(random('word_embeddings', [shape.vocab, h]), 'input_ids'),
      embed(random('token_type_embeddings', [2, h]), 'token_type_ids'),
    ]),
    embed(random('position_embeddings', [shape.maxPositions, h]), positions),
  ]);
  x = layerNorm(x, 'embeddings.norm');

  // Padding mask as an additive bias [batch, 1, 1, sequence]: 0 for tokens, -10000 for padding.
  const maskFloat = node('Cast', [node('Unsqueeze', ['attention_mask', ints('mask_axes', [1, 2])])], [{ name: 'to', type: INT, i: FLOAT }]);
  const maskBias = node('Mul', [node('Sub', [scalar('one_f', 1), maskFloat]), scalar('minus_big', -10000)]);
  const split = ints('split_heads', [0, -1, heads, headSize]);
  const merge = ints('merge_heads', [0, -1, h]);
  const perm = (p: number[]) => [{ name: 'perm', type: INTS, ints: p }];
  const scale = scalar('attention_scale', Math.sqrt(headSize));

  for (let l = 0; l < layers; l++) {
    const p = `layer${l}`;
    const headsOf = (name: string, order: number[]) =>
      node('Transpose', [node('Reshape', [dense(x, `${p}.${name}`, h, h), split])], perm(order));
    const q = headsOf('query', [0, 2, 1, 3]);
    const k = headsOf('key', [0, 2, 3, 1]);
    const v = headsOf('value', [0, 2, 1, 3]);
    const scores = node('Add', [node('Div', [node('MatMul', [q, k]), scale]), maskBias]);
    const context = node('MatMul', [node('Softmax', [scores], [{ name: 'axis', type: INT, i: -1 }]), v]);
    const merged = node('Reshape', [node('Transpose', [context], perm([0, 2, 1, 3])), merge]);
    const attended = layerNorm(node('Add', [dense(merged, `${p}.attention.output`, h, h), x]), `${p}.attention.norm`);
    // GELU as BERT exports it: 0.5 · x · (1 + erf(x / √2)).
    const up = dense(attended, `${p}.intermediate`, h, intermediate);
    const erf = node('Erf', [node('Div', [up, scalar(`${p}.sqrt2`, Math.SQRT2)])]);
    const gelu = node('Mul', [node('Mul', [up, node('Add', [erf, scalar(`${p}.one`, 1)])]), scalar(`${p}.half`, 0.5)]);
    x = layerNorm(node('Add', [dense(gelu, `${p}.output`, intermediate, h), attended]), `${p}.output.norm`);
  }
  nodes.push({ opType: 'Identity', input: [x], output: ['last_hidden_state'], name: 'output', attribute: [] });

  const io = (name: string, elemType: number, dims: (string | number)[]) => ({
    name,
    type: { tensorType: { elemType, shape: { dim: dims.map((d) => (typeof d === 'string' ? { dimParam: d } : { dimValue: d })) } } },
  });
  const ids = (name: string) => io(name, INT64, ['batch', 'sequence']);
  return {
    graph: {
      name: 'bert',
      input: [ids('input_ids'), ids('attention_mask'), ids('token_type_ids')],
      output: [io('last_hidden_state', FLOAT, ['batch', 'sequence', h])],
      initializer,
      node: nodes,
    },
    parameters,
  };
}
