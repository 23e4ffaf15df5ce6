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

export const DEFAULT_HNSW: HnswSettings = { m: 16, efConstruction: 200, efSearch: 64 };

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

/** HNSW (hnswlib-node) in cosine space. */
export class HnswVectorStore implements VectorStore {
  private constructor(private readonly index: hnswlib.HierarchicalNSW, private readonly settings: HnswSettings) {}

  /** Builds a graph over `vectors`; label i is vectors[i]. */
  static build(vectors: readonly Float32Array[], dimensions: number, settings: HnswSettings = DEFAULT_HNSW): HnswVectorStore {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    index.initIndex({ maxElements: Math.max(1, vectors.length), m: settings.m, efConstruction: settings.efConstruction, randomSeed: 100 });
    vectors.forEach((v, i) => index.addPoint(Array.from(v), i));
    index.setEf(settings.efSearch);
    return new HnswVectorStore(index, settings);
  }

  static load(file: string, dimensions: number, settings: HnswSettings): HnswVectorStore {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    index.readIndexSync(file);
    index.setEf(settings.efSearch);
    return new HnswVectorStore(index, settings);
  }

  get size(): number {
    return this.index.getCurrentCount();
  }

  save(file: string): void {
    this.index.writeIndexSync(file);
  }

  search(query: Float32Array, k: number): VectorHit[] {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    this.index.setEf(Math.max(this.settings.efSearch, n));
    const { neighbors, distances } = this.index.searchKnn(Array.from(query), n);
    return neighbors.map((label, i) => ({ label, score: 1 - distances[i]! }));
  }

  vector(label: number): Float32Array {
    return Float32Array.from(this.index.getPoint(label));
  }
}
