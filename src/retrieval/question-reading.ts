/**
 * The types of a question as citebot reads it (see key-terms.ts, which builds them): its key
 * terms with the forms that carry each, and what the reading needs to know of the index.
 */
import type { AnswerType } from './answer-type.js';
import type { CorpusVocabulary } from './vocabulary.js';

/** Something a question hinges on: a name or a content word, with the forms that carry it. */
export interface KeyTerm {
  /** As the question wrote it (after spelling correction; an acronym in the corpus's capitals), for "the corpus never mentions …". */
  text: string;
  /** Stemmed forms; alternatives[0] is its own terms, or `STANCE_TERM` (stance.ts) for a stance asked about. */
  alternatives: readonly (readonly string[])[];
  /** A name (person, place, organisation, acronym) rather than a common word. */
  entity: boolean;
  /** A common noun read as who is asked about ("the pope" in "what did the pope say"): shown in lower case, with "the". */
  noun?: boolean;
  /** The corpus contains it, or one of its other forms. */
  inCorpus: boolean;
  /** How much the answer depends on it. */
  weight: number;
  /** Where it stands in the question: its first and last word, counted from 0. */
  words: { first: number; last: number };
  /** Asked about a body's head ("the OAS chief"): the stemmed forms of the one the corpus names heading it (see body-heads.ts). */
  headedBy?: readonly (readonly string[])[];
  /** A common word of the part that only names the story asked about (see topic-part.ts): an article's headline or lede carries it, as it carries a name. */
  topic?: boolean;
}

/** How citebot read a question. */
export interface QuestionAnalysis {
  /** The question with chat shorthand, filler and misspellings resolved: what is searched. */
  searchText: string;
  /** Words corrected against the corpus vocabulary. */
  corrections: { from: string; to: string }[];
  terms: KeyTerm[];
  /** The kind of answer asked for first ('any' when none in particular). */
  answerType: AnswerType;
  /** Every kind asked for, in order: two for "who … and why …". */
  answerTypes: AnswerType[];
  /** Stemmed terms searched beside the question's own: the other names of a stance it asks about. */
  related: string[];
}

/** What the analysis needs to know of the index. */
export interface TermStats {
  vocabulary: CorpusVocabulary;
  /** Share of documents containing a stemmed term (0 when absent). */
  documentShare: (term: string) => number;
  /** True when some document contains both stemmed terms. */
  cooccur: (a: string, b: string) => boolean;
  /** The stemmed forms of the government the person whose last name stems to `surname` heads, as the corpus says it; [] when unknown. */
  governments?: (surname: string) => readonly (readonly string[])[];
  /** The forms of the name of the one head the corpus gives a body, by the body's stemmed name ("oa"); empty when none. */
  heads?: (body: string) => readonly (readonly string[])[];
}
