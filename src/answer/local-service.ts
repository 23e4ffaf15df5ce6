import type { Embedder } from '../embed/types.js';
import type { Logger } from '../logger.js';
import { abstainFeatures, isAnswerable, type AbstainFeatures, type AbstainModel } from '../retrieval/abstain.js';
import { ABSTAIN_MODEL } from '../retrieval/abstain-model.js';
import { DEFAULT_RETRIEVAL, retrieve, type Retrieved, type RetrievalSettings } from '../retrieval/retriever.js';
import { tokenize } from '../text/tokenize.js';
import { composeAnswer } from './compose.js';
import { validateQuestion } from './question.js';
import type { LoadedIndex } from '../index/store.js';
import type { IndexLookups } from './lookups.js';
import type { AnswerService, CorpusEntry, Digest } from './service.js';
import type { Answer } from './types.js';

/** The index in service, what was derived from it once, and the embedder of its model. */
export interface CurrentIndex {
  index: LoadedIndex;
  lookups: IndexLookups;
  embedder: Embedder;
}

/** Supplies the current index; may swap in a rebuilt one between calls. */
export interface IndexProvider {
  current(): Promise<CurrentIndex>;
}

/** Options of the local service; defaults are the measured best (see README, Retrieval). */
export interface LocalServiceOptions {
  retrieval?: Partial<RetrievalSettings>;
  abstain?: AbstainModel;
  logger?: Logger;
}

/** Answers from a local index: the one implementation every front end uses. */
export class LocalAnswerService implements AnswerService {
  private readonly retrieval: RetrievalSettings;
  private readonly abstain: AbstainModel;

  constructor(private readonly provider: IndexProvider, options: LocalServiceOptions = {}) {
    this.retrieval = { ...DEFAULT_RETRIEVAL, ...options.retrieval };
    this.abstain = options.abstain ?? ABSTAIN_MODEL;
  }

  async ask(input: string, options: { k?: number; context?: string } = {}): Promise<Answer> {
    const question = validateQuestion(input);
    // A follow-up ("and what did Peru do?") is searched together with the question it follows.
    const query = options.context ? `${validateQuestion(options.context, 'earlier question')} ${question}` : question;
    const { lookups, retrieved, features } = await this.analyse(query, options.k);
    return composeAnswer({
      question,
      retrieved,
      articles: lookups.articles,
      queryTerms: new Set(tokenize(query)),
      idf: lookups.idf,
      answerable: retrieved.length > 0 && isAnswerable(features, this.abstain),
    });
  }

  /** Retrieval and the abstention features for a query (also what calibration fits on). */
  async analyse(query: string, k?: number): Promise<{ index: LoadedIndex; lookups: IndexLookups; retrieved: Retrieved[]; features: AbstainFeatures }> {
    const { index, lookups, embedder } = await this.provider.current();
    const settings = { ...this.retrieval, k: k ?? this.retrieval.k };
    // The question is embedded in every mode: abstention reads its similarity even when ranking is lexical.
    const vector = (await embedder.embed([query]))[0]!;
    const retrieved = retrieve(index, query, vector, settings);
    const features = abstainFeatures(
      query,
      retrieved.slice(0, 3).map((r) => r.passage.text),
      Math.max(0, ...retrieved.map((r) => r.dense ?? 0)),
      lookups.idf,
    );
    return { index, lookups, retrieved, features };
  }

  async digest(topic: string, options: { since?: string; k?: number } = {}): Promise<Digest> {
    const { lookups } = await this.provider.current();
    const answer = await this.ask(topic, { k: options.k ?? 10 });
    const since = options.since;
    const groups = lookups.entries
      .filter((e) => !since || (e.source.published !== null && e.source.published.slice(0, since.length) >= since))
      .map((e) => ({ articleId: e.articleId, source: e.source, quotes: answer.passages.filter((p) => p.articleId === e.articleId) }))
      .filter((g) => g.quotes.length > 0)
      .map((g) => ({ ...g, quotes: [...g.quotes].sort((a, b) => a.start - b.start) }));
    return { topic: answer.question, groups };
  }

  async sources(): Promise<CorpusEntry[]> {
    return (await this.provider.current()).lookups.entries;
  }

  async topics(): Promise<string[]> {
    return (await this.provider.current()).lookups.topics;
  }
}
