import type { QuestionAnalysis } from '../retrieval/key-terms.js';
import type { TypedQuestion } from '../retrieval/tense.js';
import { factMissing, yearMissing } from './fact-gate.js';
import { noSubject, previewOnly, type HeadPassage } from './gates.js';
import { speakerSilent, type SilentSpeaker } from './speaker-gate.js';
import { outcomeUnreported, type UnreportedOutcome } from './outcome-gate.js';
import { postUnnamed, type PostAsked, type UnnamedPost } from './post-gate.js';
import { holderApart } from './stance-gate.js';
import { nameUnwritten, type NamelessPerson } from './name-gate.js';
import { choiceUnsaid, type UnchosenChoice } from './choice-gate.js';

/** What the checks found that the best passages cannot answer; each is false or null when it did not. */
export interface Checks {
  /** The question names nothing to look for, and follows no earlier question. */
  vague: boolean;
  /** A figure, a date or a year it hinges on is not in the best passages. */
  noFact: boolean;
  /** The best passages only look ahead to what it asks how it turned out. */
  preview: boolean;
  /** Asked what someone said, and the passages only speak about them. */
  silent: SilentSpeaker | null;
  /** Asked who holds a country's post, or what a property of it is, and no passage names it beside the country. */
  unnamed: UnnamedPost | null;
  /** Asked whether a decisive outcome came about, and no passage naming its subject reports one. */
  unreported: UnreportedOutcome | null;
  /** Asked the name of someone described, and no passage naming the most of the question names them. */
  nameless: NamelessPerson | null;
  /** Asked someone's stance or part, and no passage names them with what it is on. */
  apart: boolean;
  /** Asked which of two things is so, and no best passage naming the subject carries either. */
  unchosen: UnchosenChoice | null;
}

/** What the checks read. */
export interface CheckInput {
  reading: QuestionAnalysis;
  /** The best passages, in quoting order. */
  head: readonly HeadPassage[];
  /** Every candidate: a speaker, a post's holder or an outcome may stand in any of them. */
  pool: readonly HeadPassage[];
  post: PostAsked | null;
  typed?: TypedQuestion | undefined;
  /** The question follows an earlier one, which says what it is about. */
  followsUp: boolean;
}

/** Runs every check of what the best passages can answer. Pure. */
export function runChecks({ reading, head, pool, post, typed, followsUp }: CheckInput): Checks {
  return {
    // Asked on its own, a question naming nothing ("what happened") has no answer to find.
    vague: !followsUp && noSubject(reading),
    noFact: factMissing(reading, head) || yearMissing(reading, head),
    preview: previewOnly(reading, head, typed),
    silent: speakerSilent(reading, pool),
    unnamed: postUnnamed(reading, post, pool),
    unreported: outcomeUnreported(reading, pool),
    nameless: nameUnwritten(reading, pool, head),
    apart: holderApart(reading, pool),
    unchosen: choiceUnsaid(reading, head),
  };
}

/** True when some check found the best passages cannot answer. */
export function failsAny(c: Checks): boolean {
  return (
    c.vague ||
    c.noFact ||
    c.preview ||
    c.silent !== null ||
    c.unnamed !== null ||
    c.unreported !== null ||
    c.nameless !== null ||
    c.apart ||
    c.unchosen !== null
  );
}
