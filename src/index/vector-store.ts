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
 * HNSW (hnswlib-node, cosine) plus the unit vectors packed in one Float32Array by passage
 * position: diversification reads passage vectors on every question, and hnswlib's getPoint
 * copies through a JavaScript array each time.
 *
 * Graph labels ("slots") are not passage positions: an incremental build keeps the previous
 * build's graph, so a passage keeps its slot across builds, removed passages are marked deleted
 * and new ones take fresh slots (hnswlib reuses the memory of deleted elements for them).
 * `slots[position]` is the graph label of the passage at `position`; searches map back.
 */
export class HnswVectorStore implements VectorStore {
  private readonly positions: Int32Array;

  private constructor(
    private readonly index: hnswlib.HierarchicalNSW,
    private readonly settings: HnswSettings,
    private readonly packed: Float32Array,
    private readonly dimensions: number,
    /** Graph label of each passage position. */
    readonly slots: readonly number[],
    /** Vectors inserted by {@link extend} since the graph was last built from scratch (see graph-plan.ts). */
    readonly inserted: number,
  ) {
    this.positions = new Int32Array(slots.reduce((max, s) => Math.max(max, s + 1), 0)).fill(-1);
    slots.forEach((slot, position) => (this.positions[slot] = position));
    index.setEf(settings.efSearch);
  }

  /** Builds a fresh graph over `vectors`; passage i gets slot i. */
  static build(vectors: readonly Float32Array[], dimensions: number, settings: HnswSettings = DEFAULT_HNSW): HnswVectorStore {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    const options = { maxElements: Math.max(1, vectors.length), m: settings.m, efConstruction: settings.efConstruction };
    index.initIndex({ ...options, randomSeed: 100, allowReplaceDeleted: true });
    vectors.forEach((v, i) => index.addPoint(Array.from(v), i));
    return new HnswVectorStore(
      index,
      settings,
      pack(vectors, dimensions),
      dimensions,
      vectors.map((_, i) => i),
      0,
    );
  }

  /**
   * Loads a graph and its packed vectors (as written by {@link save}), with the slots stored
   * beside them; builds written before slots existed used slot = position.
   */
  static load(
    file: string,
    packedFile: string,
    dimensions: number,
    settings: HnswSettings,
    graph?: { slots: readonly number[]; inserted: number },
  ): HnswVectorStore {
    const index = new hnswlib.HierarchicalNSW('cosine', dimensions);
    index.readIndexSync(file, true);
    const bytes = readFileSync(packedFile);
    const packed = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
    const own = graph?.slots ?? Array.from({ length: index.getCurrentCount() }, (_, i) => i);
    if (packed.length !== own.length * dimensions) throw new Error(`${packedFile} does not match the passages`);
    if (own.length > index.getCurrentCount()) throw new Error(`${file} holds fewer vectors than there are passages`);
    return new HnswVectorStore(index, settings, packed, dimensions, own, graph?.inserted ?? 0);
  }

  /**
   * The next build's store from this one's graph, which it takes over (do not use this store
   * afterwards). `reuse[i]` is the slot already holding passage i's vector, or null for a new
   * vector: slots no passage reuses are marked deleted, new vectors are inserted under fresh labels.
   */
  extend(vectors: readonly Float32Array[], reuse: readonly (number | null)[]): HnswVectorStore {
    const kept = new Set(reuse.filter((s): s is number => s !== null));
    for (const slot of this.slots) if (!kept.has(slot)) this.index.markDelete(slot);
    const fresh = vectors.length - kept.size;
    const elements = this.index.getCurrentCount();
    // New vectors fill deleted elements first (hnswlib's replaceDeleted); only the rest need room.
    const needed = elements + Math.max(0, fresh - (elements - kept.size));
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(needed);
    // Labels never repeat within a graph: a deleted element keeps its label until it is replaced.
    let next = this.index.getIdsList().reduce((max, label) => Math.max(max, label + 1), 0);
    const slots = reuse.map((slot, i) => {
      if (slot !== null) return slot;
      this.index.addPoint(Array.from(vectors[i]!), next, true);
      return next++;
    });
    const inserted = this.inserted + vectors.length - kept.size;
    return new HnswVectorStore(this.index, this.settings, pack(vectors, this.dimensions), this.dimensions, slots, inserted);
  }

  /** Passages searchable (the graph may hold more elements, marked deleted). */
  get size(): number {
    return this.slots.length;
  }

  /** Elements in the graph, deleted ones included. */
  get elements(): number {
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
    return neighbors.map((slot, i) => ({ label: this.positions[slot]!, score: 1 - distances[i]! }));
  }

  vector(label: number): Float32Array {
    return this.packed.subarray(label * this.dimensions, (label + 1) * this.dimensions);
  }
}

function pack(vectors: readonly Float32Array[], dimensions: number): Float32Array {
  const packed = new Float32Array(vectors.length * dimensions);
  vectors.forEach((v, i) => packed.set(v, i * dimensions));
  return packed;
}
