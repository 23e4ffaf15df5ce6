import type { KeyTerm, QuestionAnalysis } from '../retrieval/key-terms.js';
import { askedOutcome, type AskedOutcome } from '../retrieval/outcome.js';
import { reportsOutcome } from '../retrieval/outcome-report.js';
import { LIGHT_VERBS } from '../retrieval/question-words.js';
import { surfaceWords } from '../retrieval/surface-words.js';
import { mostNaming, type HeadPassage } from './gates.js';

/** A decisive outcome asked about that no passage naming its subject reports. */
export interface UnreportedOutcome {
  /** The word the question asks the outcome with ("convicted"). */
  word: string;
  /** The names of the question the corpus mentions. */
  names: KeyTerm[];
}

/**
 * Asked whether a decisive outcome came about ("did X get convicted", "did A beat B"), and no
 * candidate naming the most of the question's names reports an outcome of that kind: returns
 * the word asked with and the names, or null. A trial, a bid or a charge reported before its
 * outcome shares every name yet answers nothing. Every candidate is read, not only the best: any
 * of them may hold the verdict.
 */
export function outcomeUnreported(reading: QuestionAnalysis, pool: readonly HeadPassage[]): UnreportedOutcome | null {
  const asked = askedOutcome(reading.searchText);
  if (asked === null) return null;
  const naming = mostNaming(pool);
  if (naming.length === 0) return null;
  const { names, reports } = readOutcome(reading, asked);
  if (naming.some((p) => reports(p.text))) return null;
  // A name read twice ("blu-ray" as typed and as the corpus writes it) is named once.
  const once = names.filter((t, i) => names.findIndex((o) => o.text.toLowerCase() === t.text.toLowerCase()) === i);
  return { word: asked.word, names: once };
}

/** The words before a name that make it where something happened: "in sheffield", "at the oas". */
const SETTING = /(?:^|\s)(?:in|at)(?:\s+the)?$/;

/** The names a question asks an outcome of, and whether a passage reports it of them. */
function readOutcome(
  reading: QuestionAnalysis,
  asked: AskedOutcome,
): { names: KeyTerm[]; subjects: KeyTerm[]; reports: (text: string) => boolean } {
  const names = reading.terms.filter((t) => t.entity && t.inCorpus);
  // Who the question makes the outcome's subject: the names asked before its word ("amlo" in "is amlo going to visit caracas"),
  // but where it happened ("rem gig in sheffield … what did they end up playing"), which need only stand in the sentence.
  const at = reading.searchText.toLowerCase().indexOf(asked.word.toLowerCase());
  const words = surfaceWords(reading.searchText);
  const setting = (t: KeyTerm) =>
    SETTING.test(
      words
        .slice(Math.max(0, t.words.first - 2), t.words.first)
        .map((w) => w.folded)
        .join(' '),
    );
  const subjects = names.filter((t) => {
    const i = reading.searchText.toLowerCase().indexOf(t.text.toLowerCase());
    return i >= 0 && i < at && !setting(t);
  });
  const objects = subjects.length === 0 ? askedObjects(reading, asked.word) : [];
  const kinds = subjects.length === 0 ? askedKinds(reading, asked.word) : [];
  return { names, subjects, reports: (text) => reportsOutcome(text, names, subjects, asked.reportsAt, objects, kinds) };
}

/**
 * Asked who came by an outcome ("who won best film at the baftas") or whether it came about
 * ("is Venezuela quitting the OAS?", with or without its question mark), whether a passage reports it ("The Aviator was declared
 * best film", "Venezuela has already begun the process of leaving the bloc"), for those passages
 * to lead; null for any other question.
 */
export function reportsAsked(reading: QuestionAnalysis): ((text: string) => boolean) | null {
  const asked = askedOutcome(reading.searchText, true);
  if (asked === null) return null;
  const { reports } = readOutcome(reading, asked);
  return reports;
}

/**
 * Asked who came by an outcome ("who won the hartlepool by-election"), the common words after
 * its word say what of: a report must write them beside it. "Losing away to Hartlepool" names
 * the town and a loss, and says nothing of the by-election. The names asked need only stand in
 * the passage: "Jamie Foxx won best actor" follows "the 2005 Bafta film awards".
 */
function askedObjects(reading: QuestionAnalysis, word: string): KeyTerm[] {
  const at = wordAt(reading, word);
  if (at < 0) return [];
  return reading.terms.filter((t) => !t.entity && t.inCorpus && t.words.first > at && !LIGHT_VERBS.has(t.text.toLowerCase()));
}

/**
 * Asked which one came by an outcome ("which comedy bit won the tv moments poll"), the common
 * words before its word say what kind of winner: a report writing one beside it answers ("a
 * Little Britain sketch won the comedy prize"), whatever it calls the contest.
 */
function askedKinds(reading: QuestionAnalysis, word: string): KeyTerm[] {
  const at = wordAt(reading, word);
  const which = surfaceWords(reading.searchText).findIndex((w) => w.folded === 'which' || w.folded === 'what');
  if (at < 0 || which < 0 || which > at) return [];
  return reading.terms.filter((t) => !t.entity && t.inCorpus && t.words.first > which && t.words.first < at);
}

/** Where the outcome's word stands in the question, as a word index; -1 when not found. */
function wordAt(reading: QuestionAnalysis, word: string): number {
  const first = word.toLowerCase().split(/\s+/)[0]!;
  return surfaceWords(reading.searchText).findIndex((w) => w.folded === first);
}
