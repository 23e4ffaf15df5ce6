import type { RankInput } from '../retrieval/rerank.js';
import { agreeingFirst, type StancesOf } from './agreeing-first.js';
import type { PostAsked } from './post-gate.js';
import { measureFirst, wholeSentenceFirst } from './sentence-first.js';

/** What moves passages up in an answer, ahead of the ranker's order. */
export interface TopOrder {
  /** The post a question asks who holds. */
  post?: PostAsked | null;
  /** A measure, a date or a person the question asks for ("person": who, with no more particular order). */
  measure?: 'measure' | 'date' | 'person' | null;
  /** Asked a measure of a kind (a sum, a score): whether a passage gives one of that kind. */
  givesMeasure?: ((text: string) => boolean) | null;
  /** Asked "how many X": whether a passage gives a figure counting X. */
  counts?: ((text: string) => boolean) | null;
  /** Asked what someone said: whether a passage reports them speaking of what is asked. */
  speaks?: ((text: string, carried: readonly boolean[]) => boolean) | null;
  /** Asked what someone said about something in common words: whether they speak of it where they speak (see speaker-gate.ts); these lead. */
  speaksOfTopic?: ((c: RankInput) => boolean) | null;
  /** Asked who someone is: whether a passage introduces them ("opposition leader Juan Guaido"). */
  introduces?: ((text: string) => boolean) | null;
  /** Asked who holds a post, naming no owner: whether a passage names its holder ("Home Secretary Charles Clarke"). */
  holders?: ((text: string) => boolean) | null;
  /** Asked who came by an outcome ("who won best film"): whether a passage reports it. */
  reports?: ((text: string) => boolean) | null;
  /** Asked which places ("which countries"): whether a passage lists several. */
  lists?: ((text: string) => boolean) | null;
  /** How a passage stands to each common word asked about: "have not been invited" opposes "who was invited". */
  stances?: StancesOf | null;
}

/**
 * The `k` passages an answer quotes, from the ranked candidates: in rank order, except that
 * passages naming the post a question asks who holds come first, then, for a question asking a
 * measure or a date, the passages giving it, for "how many X" those whose figure counts X
 * ("eleven of the group's members recognized", not "the first nation to recognize"), for one
 * asking what someone said, those in which they speak, for one asking who someone is, those
 * introducing them, for one asking who holds a post of no one named, those naming its
 * holder, for one asking who came by an outcome, those reporting it, for one asking which
 * places, those listing several, and for any other question one carrying all of it in one
 * sentence (see wholeSentenceFirst); a passage saying the opposite
 * of what is asked goes behind the next that says it; and at most `cap` per article.
 */
export function topPassages<T extends RankInput>(ranked: readonly T[], cap: number, k: number, order: TopOrder = {}): T[] {
  const {
    post = null,
    measure = null,
    givesMeasure = null,
    counts = null,
    speaks = null,
    speaksOfTopic = null,
    introduces = null,
    holders = null,
    reports = null,
    lists = null,
    stances = null,
  } = order;
  const typed =
    measure === 'measure' || measure === 'date'
      ? measureFirst(ranked, measure === 'date', false, givesMeasure ?? undefined)
      : counts !== null
        ? firstWhere(ranked, (c) => counts(c.text))
        : speaks !== null
          ? speakersFirst(ranked, speaks, speaksOfTopic)
          : introduces !== null
            ? introducersFirst(ranked, introduces)
            : holders !== null
              ? firstWhere(ranked, (c) => holders(c.text))
              : reports !== null
                ? firstWhere(ranked, (c) => reports(c.text))
                : lists !== null
                  ? listsFirst(ranked, lists)
                  : measure === 'person'
                    ? measureFirst(ranked, true, true)
                    : wholeSentenceFirst(ranked);
  return capPerArticle(postHoldersFirst(post, agreeingFirst(typed, stances)), cap).slice(0, k);
}

/**
 * Asked what someone said, the passages reporting them speaking come first, in rank order:
 * "what did Colombia say when Venezuela went after them" is answered by "Colombia, for example,
 * stressed that …", not by the attack that ranks higher. Of those, the ones where they speak of
 * what is asked lead: "what did AMLO think of the visa plan" is answered by "The Mexican
 * president considered that … 'a first step'", after the sentence on the plan, not by "His
 * statements come after the plan …". Pure.
 */
export function speakersFirst<T extends RankInput>(
  ranked: readonly T[],
  speaks: NonNullable<TopOrder['speaks']>,
  ofTopic: TopOrder['speaksOfTopic'] = null,
): readonly T[] {
  const speaking = (c: T) => speaks(c.text, c.support.carried);
  const first = firstWhere(ranked, speaking);
  return ofTopic === null ? first : firstWhere(first, ofTopic);
}

/**
 * Asked only who someone is, the passages introducing them come first, in rank order: "whos
 * guaido" is answered by "US-backed opposition leader Juan Guaido", not by "the first nation to
 * recognize Guaido". Pure.
 */
export function introducersFirst<T extends RankInput>(ranked: readonly T[], introduces: NonNullable<TopOrder['introduces']>): readonly T[] {
  return firstWhere(ranked, (c) => introduces(c.text));
}

/**
 * Asked which places, the passages listing several that name everything the best-ranked names
 * come first, in rank order: "which countries is Pompeo visiting" is answered by "Pompeo will
 * travel to Colombia, Chile, Peru, and Paraguay", not by "will be visiting several partnering
 * countries". Pure.
 */
export function listsFirst<T extends RankInput>(ranked: readonly T[], lists: (text: string) => boolean): readonly T[] {
  const best = ranked[0]?.support.entityShare ?? 0;
  // And carry every word the best-ranked all carry: "the EU software patent" is not answered by
  // the countries the EU watches for counterfeit goods.
  const agreed = (ranked[0]?.support.carried ?? []).flatMap((_, i) =>
    ranked.slice(0, SHARED_BY).every((c) => c.support.carried[i]) ? [i] : [],
  );
  return firstWhere(ranked, (c) => c.support.entityShare >= best - 1e-9 && agreed.every((i) => c.support.carried[i]) && lists(c.text));
}

/** How many best-ranked passages say what every answer must carry. */
const SHARED_BY = 3;

/** The passages for which `on` holds, then the others, each in rank order. */
function firstWhere<T>(ranked: readonly T[], on: (c: T) => boolean): readonly T[] {
  const yes = ranked.map(on);
  return [...ranked.filter((_, i) => yes[i]), ...ranked.filter((_, i) => !yes[i])];
}

/**
 * Asked who holds a country's post, the passages naming that post beside the country come first,
 * in rank order: "who is the president of Venezuela" is answered by "Venezuelan President Nicolas
 * Maduro", not by the best-ranked passage about a Mexican president. Of those, the post as asked
 * goes before another of its rank: "who is the leader of the opposition in Venezuela" is
 * answered by "Venezuelan opposition leader Juan Guaido" before "representatives of the
 * opposition" of Venezuela. Any other question keeps the ranker's order.
 */
export function postHoldersFirst<T extends RankInput>(post: PostAsked | null, ranked: readonly T[]): readonly T[] {
  if (post === null) return ranked;
  const tier = ranked.map((c) => {
    const m = post.mentions({ text: c.text, support: c.support });
    return m.asked ? 0 : m.owner ? 1 : 2;
  });
  return [0, 1, 2].flatMap((t) => ranked.filter((_, i) => tier[i] === t));
}

/** Keeps rank order, dropping passages past the `cap`-th of their article. */
export function capPerArticle<T extends RankInput>(ranked: readonly T[], cap: number): T[] {
  const seen = new Map<string, number>();
  return ranked.filter((c) => {
    const n = (seen.get(c.retrieved.passage.articleId) ?? 0) + 1;
    seen.set(c.retrieved.passage.articleId, n);
    return n <= cap;
  });
}
