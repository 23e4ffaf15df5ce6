import { readFileSync, writeFileSync } from 'node:fs';
import hnswlib from 'hnswlib-node';

/** Settings of the HNSW graph; recorded in the manifest. */
export interface HnswSettings {
  /** Links per node: more is better recall and more memory. */
  m: number;
  /** Candidate list size while building. */
  efConstruction: number;
  /** Candidate list size while searching (raised to k when k is larger). */
  efSearch: number;
}

// efSearch 128: bench/REPORT.md measured recall@10 0.972 at ef 64 and 0.989 at ef 128 on 100k
// vectors, still over 100x faster than brute force.
export const DEFAULT_HNSW: HnswSettings = { m: 16, efConstruction: 200, efSearch: 128 };

/** A nearest-neighbour hit: `label` is the passage's position in the passage list. */
export interface VectorHit {
  label: number;
  /** Cosine similarity, in [-1, 1]. */
  score: number;
}

/** Nearest-neighbour search over unit vectors. Hand-written fakes stand in for it in unit tests. */
export interface VectorStore {
  readonly size: number;
  search(query: Float32Array, k: number): VectorHit[];
  /** The stored vector of a passage (for diversity between results). */
  vector(label: number): Float32Array;
}

/**
 * HNSW (hnswlib-node) in cosine space, plus the unit vectors packed in one Float32Array:
 * diversification reads passage vectors on every question, and hnswlib's getPoint copies
 * through a JavaScript array each time.
 */
export class HnswVectorStore implements VectorStore {
  private constructor(
    private readonly index: hnswlib.HierarchicalNSW,
    private readonly settings: HnswSettings,
    private readonly packed: Float32Array,
    private readonly dimensions: number,
  ) {}

  /** Builds a graph over `vectors`; label i is vectors[i]. */
  static build(vectors: readonly Float32Array[], dimensions: number, settings: HnswSettings = DEFAULT_HNSW): HnswVectorStore {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    index.initIndex({ maxElements: Math.max(1, vectors.length), m: settings.m, efConstruction: settings.efConstruction, randomSeed: 100 });
    const packed = new Float32Array(vectors.length * dimensions);
    vectors.forEach((v, i) => {
      index.addPoint(Array.from(v), i);
      packed.set(v, i * dimensions);
    });
    index.setEf(settings.efSearch);
    return new HnswVectorStore(index, settings, packed, dimensions);
  }

  /** Loads a graph and its packed vectors (as written by {@link save}). */
  static load(file: string, packedFile: string, dimensions: number, settings: HnswSettings): HnswVectorStore {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    index.readIndexSync(file);
    index.setEf(settings.efSearch);
    const bytes = readFileSync(packedFile);
    const packed = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    if (packed.length !== index.getCurrentCount() * dimensions) throw new Error(`${packedFile} does not match the graph`);
    return new HnswVectorStore(index, settings, packed, dimensions);
  }

  get size(): number {
    return this.index.getCurrentCount();
  }

  save(file: string, packedFile: string): void {
    this.index.writeIndexSync(file);
    writeFileSync(packedFile, Buffer.from(this.packed.buffer, this.packed.byteOffset, this.packed.byteLength));
  }

  search(query: Float32Array, k: number): VectorHit[] {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    this.index.setEf(Math.max(this.settings.efSearch, n));
    const { neighbors, distances } = this.index.searchKnn(Array.from(query), n);
    return neighbors.map((label, i) => ({ label, score: 1 - distances[i]! }));
  }

  vector(label: number): Float32Array {
    return this.packed.subarray(label * this.dimensions, (label + 1) * this.dimensions);
  }
}
