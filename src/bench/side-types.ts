/** Result shapes of the side-by-side sections (peer, minilm) in bench/results/latest.json. Times in ms. */
import type { Summary } from './stats.js';
import type { LoadNote } from './types.js';

/** One question set asked of one side over one corpus. Rates in [0, 1] over the answerable items. */
export interface PeerSetResult {
  set: string;
  answerable: number;
  unanswerable: number;
  hit1: number;
  hit5: number;
  mrr: number;
  /** Answerable questions the side refused (the peer never refuses). */
  answerableRefused: number;
  /** Unanswerable questions the side refused. */
  unanswerableRefused: number;
}

/** One side (citebot or the LangChain peer) over one corpus, measured in its own process. */
export interface PeerSideResult {
  side: 'citebot' | 'langchain';
  corpus: string;
  articles: number;
  /** Passages (citebot) or chunks (peer) indexed. */
  units: number;
  modelLoadMs: number;
  /** Cold build: empty caches, model already loaded; reading, splitting, embedding, indexing (citebot also writes its files). */
  buildMs: number;
  /** Per question, after three warm-up questions. */
  latency: Summary;
  /** Resident memory after answering every question, after a full GC. */
  rssMiB: number;
  /** Peak resident memory of the process (build and questions). */
  peakRssMiB: number;
  /** Texts returned over every question, and their mean length in characters. */
  returned: number;
  meanChars: number;
  /** Returned texts not verbatim in their source file, and those holding a line the cleaner drops. */
  notVerbatim: number;
  withChrome: number;
  chromeExamples: string[];
  sets: PeerSetResult[];
  /** Pooled over every answerable question of every set. */
  overall: { n: number; hit1: number; hit5: number; mrr: number };
}

export interface PeerCorpusResult {
  corpus: string;
  citebot: PeerSideResult | null;
  langchain: PeerSideResult | null;
  /** Why a side is missing (its child failed). */
  errors: string[];
}

export interface PeerSection {
  corpora: PeerCorpusResult[];
  notes: string[];
  load: LoadNote;
  durationMs: number;
}

/** Passages per second of one embedder, one text per call and batched; wall and per CPU-second. */
export interface MinilmRate {
  embedder: string;
  single: { wall: Summary; cpu: Summary };
  batched: { batchSize: number; wall: Summary; cpu: Summary };
}

export interface MinilmSection {
  label: string;
  shape: Record<string, number | string>;
  parameters: number;
  modelBytes: number;
  generateMs: number;
  loadMs: number;
  texts: number;
  meanChars: number;
  rates: MinilmRate[];
  /** Tokens computed in the MiniLM batches (padded to each batch's longest text) ÷ the passages' own tokens. */
  paddingRatio?: number;
  /** One question embedded alone, warm. */
  queryLatency: { embedder: string; latency: Summary }[];
  /** Warm `ask` over an index built with the model. */
  ask: { corpus: string; passages: number; buildMs: number; latency: Summary } | null;
  /** BBC cold build estimated from the batched rate on every core. */
  bbcEstimate: { passages: number; cores: number; minutes: number; useLiteMinutes: number } | null;
  notes: string[];
  load: LoadNote;
  durationMs: number;
}
