import type { Embedder } from '../embed/types.js';
import type { ServedIndex } from '../index/search-backend.js';
import { abstainFeatures, isAnswerable, type AbstainFeatures, type AbstainModel } from '../retrieval/abstain.js';
import { holdsAnswerType } from '../retrieval/holds-answer.js';
import { asksNow } from '../retrieval/tense.js';
import { withArticleDates } from './fact-gate.js';
import type { HeadPassage } from './gates.js';
import { failsAny, runChecks } from './checks.js';
import { postAsked } from './post-gate.js';
import { reportsAsked } from './outcome-gate.js';
import { topPassages } from './top.js';
import { topOrder } from './order.js';
import { withoutRepeats } from './distinct.js';
import { countsAsked } from './fact-gate.js';
import { recallSpeakers } from './speaker-recall.js';
import { analyseQuestion, type QuestionAnalysis } from '../retrieval/key-terms.js';
import { followedNames } from '../retrieval/follow-up.js';
import { rerank, type RankerModel, type RankInput } from '../retrieval/rerank.js';
import { retrieve, type Retrieved, type RetrievalSettings } from '../retrieval/retriever.js';
import { askedMeasure } from '../retrieval/measure.js';
import { givenBy, missingNames, supportOf } from '../retrieval/support.js';
import type { Language } from '../text/language.js';
import { tokenize } from '../text/tokenize.js';
import { describeAsOf, describeRefusal, describeUnansweredParts, joinLines } from './gap.js';
import type { IndexLookups } from './lookups.js';

/** How many candidates the ranker sees before the top k are kept. */
const CANDIDATE_POOL = 40;

/** Everything worked out for one question. */
export interface Analysis {
  index: ServedIndex;
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

/** How a translated question is searched and answered. */
export interface AnalyseOptions {
  /** Words for the lexical leg only (see QuestionReading.alsoSearch); they never judge the answer. */
  alsoSearch?: string;
  /** The language the question was asked in: the gap line is written in it. */
  language?: Language;
  /** The question as typed, when `question` is its English reading: its tense is read there too. */
  original?: string;
}

/** What analysis runs on and with. */
export interface AnalysisContext {
  index: ServedIndex;
  lookups: IndexLookups;
  embedder: Embedder;
  retrieval: RetrievalSettings;
  abstain: AbstainModel;
  ranker: RankerModel;
}

/**
 * Reads the question, retrieves a pool of candidates, re-ranks them by what they carry of the
 * question (hybrid mode), and decides whether the best of them answer it. Also what
 * calibration fits on: it returns every candidate with its rank features.
 */
export async function analyse(
  ctx: AnalysisContext,
  question: string,
  k?: number,
  context?: string,
  options: AnalyseOptions = {},
): Promise<Analysis> {
  const { alsoSearch = '', language = 'en', original } = options;
  const typed = original === undefined ? undefined : { text: original, language };
  const { index, lookups, embedder, retrieval } = ctx;
  const reading = analyseQuestion(question, lookups.terms, original);
  const query = context ? `${context} ${reading.searchText}` : reading.searchText;
  const want = k ?? retrieval.k;
  // The question is embedded in every mode: abstention reads its similarity even when ranking is lexical.
  const vector = (await embedder.embed([query]))[0]!;
  // The pool is not capped per article: the ranker must see every strong passage of the
  // right article; the cap applies to what is finally shown. In hybrid mode the ranker orders
  // the pool, so MMR's diversity (λ < 1) would only cost time; the single legs keep it.
  const size = Math.max(want, CANDIDATE_POOL);
  const mmrLambda = retrieval.mode === 'hybrid' ? 1 : retrieval.mmrLambda;
  const own = tokenize(query);
  const extra = [...tokenize(alsoSearch), ...reading.related].filter((t) => !own.includes(t));
  const pool = await retrieve(index, query, vector, { ...retrieval, k: size, perArticleCap: size, mmrLambda }, [...own, ...new Set(extra)]);
  // A follow-up is ranked by the names of the question it follows as well (after its own terms, whose order checks read).
  const rankTerms = context ? [...reading.terms, ...followedNames(context, reading, lookups.terms)] : reading.terms;
  const candidateOf = (r: Retrieved): RankInput => {
    const title = lookups.articles.get(r.passage.articleId)?.source.title ?? '';
    const text = lookups.readText(r.passage);
    return {
      retrieved: r,
      text,
      support: supportOf(rankTerms, text, reading.answerType, lookups.dateline(r.passage.articleId), reading.searchText),
      titleShare: supportOf(rankTerms, title, 'any').share,
      lead: r.passage.id.endsWith('#0'),
    };
  };
  const found = pool.map(candidateOf);
  // Asked what someone said, passages in which they speak join the pool if it has none.
  const recalled = retrieval.mode === 'hybrid' ? await recallSpeakers(index, reading, vector, retrieval, found, candidateOf) : [];
  const candidates = [...found, ...recalled];
  const ranked = retrieval.mode === 'hybrid' ? rerank(candidates, ctx.ranker) : candidates;
  // A candidate as the checks read it; the sentence before it only when a check asks for it.
  const readAt = (c: RankInput): HeadPassage => ({
    text: c.text,
    support: c.support,
    get lead() {
      return lookups.leadOf(c.retrieved.passage);
    },
  });
  // Asked who holds a country's post: read once, for the order of the quotes and for the refusal.
  const post = postAsked(reading);
  const measure = askedMeasure(reading.searchText);
  const order = topOrder(reading, post, readAt);
  // Whether it answers is judged on the best passages as ranked; the passages whose figure
  // counts what "how many" asks, or that report the outcome "who won" asks, then lead the answer.
  // Moving them up must not let a passage carrying less of the question answer for the rest.
  const judged = topPassages(ranked, retrieval.perArticleCap, want, order);
  const counts = countsAsked(reading);
  const reports = reportsAsked(reading);
  // What is shown quotes a text once, however often the corpus holds it.
  const distinct = withoutRepeats(ranked);
  const top =
    counts === null && reports === null && distinct === ranked
      ? judged
      : topPassages(distinct, retrieval.perArticleCap, want, { ...order, counts, reports });
  // Judged with the article's lede as well as its headline: it names what every passage of it speaks of.
  const head = judged.slice(0, 3).map((c) => ({
    text: c.text,
    support: supportOf(reading.terms, c.text, reading.answerType, lookups.subject(c.retrieved.passage.articleId), reading.searchText),
    published: lookups.articles.get(c.retrieved.passage.articleId)?.source.published,
  }));
  const features = abstainFeatures(
    query,
    head,
    Math.max(0, ...judged.map((c) => c.retrieved.dense ?? 0)),
    lookups.idf,
    reading.terms.some((t) => t.entity),
  );
  const missing = missingNames(reading.terms).map((t) => t.text);
  // Every candidate is read for a speaker, a post's holder or an outcome, not only the best: any of them may answer.
  // The sentence before each is read only by a question asking what someone said about something.
  const read = candidates.map(readAt);
  const checks = runChecks({ reading, head, pool: read, post, typed, followsUp: Boolean(context) });
  const answerable = top.length > 0 && missing.length === 0 && !failsAny(checks) && isAnswerable(features, ctx.abstain);
  const given = givenBy(reading.terms);
  const bestHead = head.reduce<HeadPassage | null>((b, h) => (b === null || h.support.share > b.support.share ? h : b), null);
  const best = bestHead && withArticleDates(reading, bestHead);
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
      ? joinLines(
          describeUnansweredParts(reading.answerTypes, (type) => head.some((h) => holdsAnswerType(h.text, type, given)), language),
          // Asked how things stand now: say how old the newest quoted article is.
          asksNow(question, typed)
            ? describeAsOf(
                top.map((c) => lookups.articles.get(c.retrieved.passage.articleId)?.source.published),
                language,
              )
            : null,
        )
      : describeRefusal({ ...checks, missing, reading, measure, best: checks.noFact && best ? { ...best, typed: false } : best }, language),
    related: answerable ? [] : top.filter((c) => c.support.carried.some((on, i) => on && rankTerms[i]!.entity)).map((c) => c.retrieved),
  };
}
