import type { Retrieved } from './retriever.js';
import type { PassageSupport } from './support.js';

/**
 * The signals one passage is ranked by, beyond one BM25 list and one cosine: how much of the
 * question's key terms it carries (names and common words apart, in two sentences and in one),
 * whether it holds the kind of answer asked for, whether its article's title speaks to the
 * question, whether it is the article's lead, and whether its best sentence opens with a name asked about.
 */
export const RANK_FEATURES = [
  'fused',
  'dense',
  'lexical',
  'share',
  'entityShare',
  'typed',
  'title',
  'lead',
  'content',
  'sentence',
  'opens',
  'predicate',
] as const;
export type RankFeature = (typeof RANK_FEATURES)[number];

/** A linear model over {@link RANK_FEATURES}, fitted by `npm run calibrate` (logistic, passage-level labels). */
export interface RankerModel {
  weights: Record<RankFeature, number>;
  fittedOn: string;
}

/** What is known of one candidate passage when it is ranked. */
export interface RankInput {
  retrieved: Retrieved;
  /** The passage's text as read (see IndexLookups.readText): what its support and every check read. */
  text: string;
  support: PassageSupport;
  /** Support of the passage's article title. */
  titleShare: number;
  /** First passage of its article. */
  lead: boolean;
}

/** The feature vector of each candidate, in {@link RANK_FEATURES} order; scores are scaled within the list. */
export function rankFeatures(inputs: readonly RankInput[]): number[][] {
  const max = (pick: (i: RankInput) => number) => Math.max(1e-9, ...inputs.map(pick));
  const maxFused = max((i) => i.retrieved.score);
  const maxLexical = max((i) => i.retrieved.lexical ?? 0);
  return inputs.map((i) => [
    i.retrieved.score / maxFused,
    i.retrieved.dense ?? 0,
    (i.retrieved.lexical ?? 0) / maxLexical,
    i.support.share,
    i.support.entityShare,
    i.support.typed ? 1 : 0,
    i.titleShare,
    i.lead ? 1 : 0,
    i.support.contentShare,
    i.support.sentenceShare,
    i.support.opensWithName ? 1 : 0,
    i.support.sentenceContent,
  ]);
}

/** The model's score for one feature vector. */
export function rankScore(features: readonly number[], model: RankerModel): number {
  return RANK_FEATURES.reduce((sum, name, i) => sum + model.weights[name] * features[i]!, 0);
}

/** Candidates re-ordered by the model, best first (stable for equal scores). */
export function rerank<T extends RankInput>(inputs: readonly T[], model: RankerModel): (T & { rankScore: number })[] {
  const features = rankFeatures(inputs);
  return inputs
    .map((input, i) => ({ ...input, rankScore: rankScore(features[i]!, model), order: i }))
    .sort((a, b) => b.rankScore - a.rankScore || a.order - b.order)
    .map(({ order: _order, ...rest }) => rest as unknown as T & { rankScore: number });
}
