import type { LoadedIndex, StoredArticle } from '../index/store.js';
import type { TermStats } from '../retrieval/key-terms.js';
import { cooccur, documentFrequency } from '../index/lexical-prepared.js';
import { idfOf } from '../retrieval/retriever.js';
import { holderInsertions, titleUses, type TitleUse } from '../retrieval/title-holders.js';
import { referentInsertions } from '../retrieval/referents.js';
import { withInsertions, type Insertion } from '../text/insertions.js';
import { affiliationsOf, apposedRoles, withAffiliations, type Affiliated } from '../retrieval/affiliations.js';
import { buildVocabulary } from '../retrieval/vocabulary.js';
import { governmentsHeaded } from '../retrieval/governments.js';
import { bodyHeads } from '../retrieval/body-heads.js';
import type { Passage } from '../corpus/types.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { mainTopics } from './topics.js';
import type { CorpusEntry } from './service.js';

/**
 * What the answer service derives from a {@link LoadedIndex} once, when it loads, rather than
 * for every question: lookups by article, term weights, the sorted source list and topics.
 */
export interface IndexLookups {
  articles: ReadonlyMap<string, StoredArticle>;
  /** Okapi idf of a term in the lexical index; unseen terms get the highest weight. */
  idf: (term: string) => number;
  /** Articles oldest first (undated last). */
  entries: CorpusEntry[];
  topics: string[];
  /** The corpus's own words and name forms, for reading questions and checking quotes carry them. */
  terms: TermStats;
  /**
   * What sets the subject of every passage of an article: its headline, and its year when no
   * passage of the corpus writes that year (a question about 2022 finds the 2022 article, whose
   * text never says "2022"; a year the text writes must stand beside what is asked).
   */
  dateline: (articleId: string) => string;
  /**
   * The {@link dateline} with the article's lede, which names whom and what every passage of it
   * speaks of: "A counterproposal … by Caricom" answers what Caricom proposed for Venezuela in an
   * article opening on Venezuela. Whether a passage answers is judged with it; ranking is not, or
   * every passage of the article would carry what its lede names as well as the lede itself.
   */
  subject: (articleId: string) => string;
  /**
   * A passage's text as read, never as quoted: a post standing alone for someone named earlier
   * in the article is followed by their name ("The Secretary General Luis Almagro is still
   * calling …"), so the checks and the ranker see whom it speaks of.
   */
  readText: (passage: Passage) => string;
  /** The sentence before a passage in its article ('' at its start): what a passage opening on "His statements …" follows. */
  leadOf: (passage: Passage) => string;
}

/** How far before a passage its lead sentence is looked for, in characters: news sentences are shorter. */
const LEAD_REACH = 600;

/** An article's opening sentence: its lede, which names who and what the whole article is about. */
function firstSentence(text: string): string {
  const opening = text.slice(0, LEAD_REACH * 2);
  const first = splitSentences(opening)[0];
  return first === undefined ? '' : opening.slice(first.start, first.end);
}

/** Orders ISO dates and partial dates ("2019-04"); undated articles go last. */
export function byPublished(a: { published: string | null }, b: { published: string | null }): number {
  if (a.published === b.published) return 0;
  if (a.published === null) return 1;
  if (b.published === null) return -1;
  return a.published.localeCompare(b.published);
}

/** Computes the {@link IndexLookups} of an index. */
export function indexLookups(index: Pick<LoadedIndex, 'articles' | 'lexical'>): IndexLookups {
  const entries = index.articles
    .map((a) => ({ articleId: a.id, source: a.source }))
    .sort((a, b) => byPublished(a.source, b.source) || a.source.title.localeCompare(b.source.title));
  const articles = new Map(index.articles.map((a) => [a.id, a]));
  let governments: Map<string, string[][]> | undefined;
  let heads: Map<string, string[][]> | undefined;
  const unwritten = (year: string) => /^\d{4}$/.test(year) && documentFrequency(index.lexical, year) === 0;
  const years = new Map<string, number>();
  for (const a of index.articles) {
    const year = a.source.published?.slice(0, 4) ?? '';
    if (unwritten(year)) years.set(year, (years.get(year) ?? 0) + 1);
  }
  // A name only a headline writes is still in the corpus: "Amex shares up on spin-off news"
  // says "American Express" in its text.
  const headlined = new Map<string, number>();
  for (const a of index.articles) {
    for (const term of new Set(tokenize(a.source.title))) {
      if (documentFrequency(index.lexical, term) === 0) headlined.set(term, (headlined.get(term) ?? 0) + 1);
    }
  }
  const unwrittenShare = (term: string) => years.get(term) ?? headlined.get(term) ?? 0;
  const ledes = new Map<string, string>();
  const ledeOf = (article: StoredArticle) => ledes.get(article.id) ?? ledes.set(article.id, firstSentence(article.text)).get(article.id)!;
  // Read once per article, when a passage of it is first read.
  const uses = new Map<string, TitleUse[]>();
  const usesOf = (article: StoredArticle) => uses.get(article.id) ?? uses.set(article.id, titleUses(article.text)).get(article.id)!;
  // What a reader carries into a passage: a post's holder, the names of a thing its bare noun stands for.
  const carried = new Map<string, Insertion[]>();
  const carriedIn = (article: StoredArticle) =>
    carried.get(article.id) ??
    carried.set(article.id, [...holderInsertions(usesOf(article)), ...referentInsertions(article.text)]).get(article.id)!;
  const people = new Map<string, Affiliated[]>();
  const peopleOf = (article: StoredArticle) =>
    people.get(article.id) ?? people.set(article.id, affiliationsOf([...usesOf(article), ...apposedRoles(article.text)])).get(article.id)!;
  const dateline = (id: string) => {
    const source = articles.get(id)?.source;
    if (source === undefined) return '';
    const year = source.published?.slice(0, 4) ?? '';
    return years.has(year) ? `${source.title} ${year}` : source.title;
  };
  return {
    articles,
    idf: idfOf(index.lexical),
    entries,
    topics: mainTopics(index.articles.map((a) => a.text)),
    terms: {
      vocabulary: buildVocabulary(index.articles.map((a) => `${a.source.title}\n${a.text}`)),
      documentShare: (term) => (documentFrequency(index.lexical, term) || unwrittenShare(term)) / Math.max(1, index.lexical.ids.length),
      cooccur: (a, b) => cooccur(index.lexical, a, b),
      // Read on first use: few questions ask about a leader's government or a body's head, and reading every post costs seconds at scale.
      governments: (surname) => (governments ??= governmentsHeaded(index.articles.map((a) => a.text))).get(surname) ?? [],
      heads: (body) => (heads ??= bodyHeads(index.articles.map((a) => a.text))).get(body) ?? [],
    },
    dateline,
    subject: (id) => {
      const article = articles.get(id);
      return article === undefined ? '' : `${ledeOf(article)}\n${dateline(id)}`;
    },
    readText: (passage) => {
      const article = articles.get(passage.articleId);
      if (article === undefined || article.text.slice(passage.start, passage.end) !== passage.text) return passage.text;
      return withAffiliations(withInsertions(article.text, carriedIn(article), passage.start, passage.end), peopleOf(article));
    },
    leadOf: (passage) => {
      const before = articles.get(passage.articleId)?.text.slice(Math.max(0, passage.start - LEAD_REACH), passage.start) ?? '';
      const last = splitSentences(before).at(-1);
      return last === undefined ? '' : before.slice(last.start, last.end);
    },
  };
}
