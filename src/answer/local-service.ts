import type { Embedder } from '../embed/types.js';
import type { Logger } from '../logger.js';
import { abstainFeatures, isAnswerable, type AbstainFeatures, type AbstainModel } from '../retrieval/abstain.js';
import { ABSTAIN_MODEL } from '../retrieval/abstain-model.js';
import { holdsAnswerType } from '../retrieval/answer-type.js';
import { analyseQuestion, type QuestionAnalysis } from '../retrieval/key-terms.js';
import { RANKER_MODEL } from '../retrieval/ranker-model.js';
import { rerank, type RankerModel, type RankInput } from '../retrieval/rerank.js';
import { DEFAULT_RETRIEVAL, retrieve, type Retrieved, type RetrievalSettings } from '../retrieval/retriever.js';
import { missingNames, supportOf, type PassageSupport } from '../retrieval/support.js';
import { tokenize } from '../text/tokenize.js';
import { composeAnswer } from './compose.js';
import { describeGap, describeUnansweredParts } from './gap.js';
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

/** How many candidates the ranker sees before the top k are kept. */
const CANDIDATE_POOL = 20;
/** How much key-term share and the asked-for kind of fact weigh against idf overlap (a few idf units each). */
const SENTENCE_SHARE_BONUS = 8;
const SENTENCE_TYPE_BONUS = 3;

/** Everything the service worked out for one question. */
export interface Analysis {
  index: LoadedIndex;
  lookups: IndexLookups;
  reading: QuestionAnalysis;
  /** What was searched: the read question, after any earlier question it follows. */
  query: string;
  /** The whole candidate pool, in retrieval order, with what ranking read of each. */
  candidates: RankInput[];
  /** The top k, best first. */
  retrieved: Retrieved[];
  features: AbstainFeatures;
  answerable: boolean;
  missing: string[];
  /** What the corpus lacks: why it cannot answer, or which part of a two-part question it leaves open. */
  gap: string | null;
  /** When not answerable: top passages that carry a name the question asks about. */
  related: Retrieved[];
}

/** Options of the local service; defaults are the measured best (see README, Retrieval). */
export interface LocalServiceOptions {
  retrieval?: Partial<RetrievalSettings>;
  abstain?: AbstainModel;
  ranker?: RankerModel;
  logger?: Logger;
}

/** Answers from a local index: the one implementation every front end uses. */
export class LocalAnswerService implements AnswerService {
  private readonly retrieval: RetrievalSettings;
  private readonly abstain: AbstainModel;
  private readonly ranker: RankerModel;

  constructor(
    private readonly provider: IndexProvider,
    options: LocalServiceOptions = {},
  ) {
    this.retrieval = { ...DEFAULT_RETRIEVAL, ...options.retrieval };
    this.abstain = options.abstain ?? ABSTAIN_MODEL;
    this.ranker = options.ranker ?? RANKER_MODEL;
  }

  async ask(input: string, options: { k?: number; context?: string } = {}): Promise<Answer> {
    const question = validateQuestion(input);
    // A follow-up ("and what did Peru do?") is searched together with the question it follows.
    const context = options.context ? validateQuestion(options.context, 'earlier question') : undefined;
    const a = await this.analyse(question, options.k, context);
    return composeAnswer({
      question,
      retrieved: a.retrieved,
      articles: a.lookups.articles,
      queryTerms: new Set(tokenize(a.query)),
      idf: a.lookups.idf,
      answerable: a.answerable,
      readAs: a.reading.searchText.toLowerCase() !== question.toLowerCase() ? a.reading.searchText : null,
      gap: a.gap,
      missing: a.missing,
      related: a.related,
      // The quote cut from each passage is the sentence that carries the question's key terms
      // (and the kind of fact asked for), not merely the one sharing most words with it.
      sentenceBonus: (sentence) => {
        const support = supportOf(a.reading.terms, sentence, a.reading.answerType);
        return SENTENCE_SHARE_BONUS * support.share + (support.typed && a.reading.answerType !== 'any' ? SENTENCE_TYPE_BONUS : 0);
      },
    });
  }

  /**
   * Reads the question, retrieves a pool of candidates, re-ranks them by what they carry of
   * the question (hybrid mode), and decides whether the best of them answer it. Also what
   * calibration fits on: it returns every candidate with its rank features.
   */
  async analyse(question: string, k?: number, context?: string): Promise<Analysis> {
    const { index, lookups, embedder } = await this.provider.current();
    const reading = analyseQuestion(question, lookups.terms);
    const query = context ? `${context} ${reading.searchText}` : reading.searchText;
    const want = k ?? this.retrieval.k;
    // The question is embedded in every mode: abstention reads its similarity even when ranking is lexical.
    const vector = (await embedder.embed([query]))[0]!;
    // The pool is not capped per article: the ranker must see every strong passage of the
    // right article; the cap applies to what is finally shown.
    const size = Math.max(want, CANDIDATE_POOL);
    const pool = retrieve(index, query, vector, { ...this.retrieval, k: size, perArticleCap: size });
    const candidates: RankInput[] = pool.map((r) => {
      const title = lookups.articles.get(r.passage.articleId)?.source.title ?? '';
      return {
        retrieved: r,
        support: supportOf(reading.terms, r.passage.text, reading.answerType, title),
        titleShare: supportOf(reading.terms, title, 'any').share,
        lead: r.passage.id.endsWith('#0'),
      };
    });
    const ranked = this.retrieval.mode === 'hybrid' ? rerank(candidates, this.ranker) : candidates;
    const top = capPerArticle(ranked, this.retrieval.perArticleCap).slice(0, want);
    const head = top.slice(0, 3).map((c) => ({ text: c.retrieved.passage.text, support: c.support }));
    const features = abstainFeatures(
      query,
      head,
      Math.max(0, ...top.map((c) => c.retrieved.dense ?? 0)),
      lookups.idf,
      reading.terms.some((t) => t.entity),
    );
    const missing = missingNames(reading.terms).map((t) => t.text);
    const answerable = top.length > 0 && missing.length === 0 && isAnswerable(features, this.abstain);
    const best = head.reduce<PassageSupport | null>((b, h) => (b === null || h.support.share > b.share ? h.support : b), null);
    return {
      index,
      lookups,
      reading,
      query,
      candidates,
      retrieved: top.map((c) => c.retrieved),
      features,
      answerable,
      missing,
      gap: answerable
        ? describeUnansweredParts(reading.answerTypes, (type) => head.some((h) => holdsAnswerType(h.text, type)))
        : describeGap(reading.terms, reading.answerType, best),
      related: answerable
        ? []
        : top.filter((c) => c.support.carried.some((on, i) => on && reading.terms[i]!.entity)).map((c) => c.retrieved),
    };
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

/** Keeps rank order, dropping passages past the `cap`-th of their article. */
function capPerArticle<T extends RankInput>(ranked: readonly T[], cap: number): T[] {
  const seen = new Map<string, number>();
  return ranked.filter((c) => {
    const n = (seen.get(c.retrieved.passage.articleId) ?? 0) + 1;
    seen.set(c.retrieved.passage.articleId, n);
    return n <= cap;
  });
}
