/**
 * The benchmark's peer: the hybrid retriever a TypeScript developer would assemble with
 * LangChain.js from its documentation, over the same corpus files and the same USE-Lite vectors.
 * Nothing here is tuned: default splitter, HNSWLib with its defaults, BM25Retriever, and an
 * EnsembleRetriever with equal weights.
 */
import { readFileSync } from 'node:fs';
import { BM25Retriever } from '@langchain/community/retrievers/bm25';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import { EnsembleRetriever } from '@langchain/classic/retrievers/ensemble';
import type { Document } from '@langchain/core/documents';
import { Embeddings } from '@langchain/core/embeddings';
import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import type { Embedder } from '../embed/types.js';
import type { ReturnedText } from './returned-check.js';

/** The project's embedder as a LangChain `Embeddings`, so both sides search the same vectors. */
export class EmbedderEmbeddings extends Embeddings {
  constructor(private readonly embedder: Embedder) {
    super({});
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return (await this.embedder.embed(texts)).map((v) => Array.from(v));
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.embedder.embed([text]);
    return Array.from(vector!);
  }
}

/** One corpus document as the peer reads it: the raw file, or one JSON Lines record's text. */
export interface PeerSource {
  articleId: string;
  text: string;
}

/** Passages per answer, as citebot's TOP_K. */
export const PEER_K = 5;

/** A built peer: ask it a question, get its top {@link PEER_K} chunks. */
export interface LangChainPeer {
  chunks: number;
  ask(question: string): Promise<ReturnedText[]>;
}

/** Splits, embeds and indexes the sources as the LangChain.js documentation shows. */
export async function buildLangChainPeer(sources: readonly PeerSource[], embedder: Embedder): Promise<LangChainPeer> {
  const splitter = new RecursiveCharacterTextSplitter(); // defaults: chunkSize 1000, chunkOverlap 200
  const docs: Document[] = await splitter.createDocuments(
    sources.map((s) => s.text),
    sources.map((s) => ({ articleId: s.articleId })),
  );
  const vectorStore = await HNSWLib.fromDocuments(docs, new EmbedderEmbeddings(embedder));
  const bm25 = BM25Retriever.fromDocuments(docs, { k: PEER_K });
  const ensemble = new EnsembleRetriever({ retrievers: [vectorStore.asRetriever(PEER_K), bm25], weights: [0.5, 0.5] });
  return {
    chunks: docs.length,
    ask: async (question) =>
      (await ensemble.invoke(question))
        .slice(0, PEER_K)
        .map((d) => ({ text: d.pageContent, articleId: String((d.metadata as { articleId: string }).articleId) })),
  };
}

/** Reads a corpus file the way a LangChain loader does: the whole file as one document. */
export const rawFileSource = (articleId: string, file: string): PeerSource => ({ articleId, text: readFileSync(file, 'utf8') });
