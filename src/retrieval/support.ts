import type { AnswerType } from './answer-type.js';
import { holdsAnswerType } from './holds-answer.js';
import type { KeyTerm } from './key-terms.js';
import { askedMeasure, givesLength, lacksMeasure, SUM_TERM, writesSum } from './measure.js';
import { carriedBy, NO_TITLE, sentencesNaming } from './naming.js';
import { splitSentences, type Span } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { STANCE_TERM, statesStance } from './stance.js';
import { daysWritten } from './days.js';
import { datesAsked } from './dated.js';

/** How far one passage carries what a question hinges on. */
export interface PassageSupport {
  /** Per key term (same order): the passage contains it or one of its other forms. */
  carried: boolean[];
  /** Weighted share of all key terms carried, in [0, 1] (1 when the question has none). */
  share: number;
  /** Share of the names carried (0 when the question names nothing: nothing named is carried). */
  entityShare: number;
  /** The passage holds the kind of fact asked for (a number for "how many" …). */
  typed: boolean;
  /** Weighted share of the common words (not names) carried: the predicate a question hinges on ("replaced", "cancelled"). */
  contentShare: number;
  /**
   * Proximity: the weighted share of key terms that one sentence carries on its own (the best
   * such sentence), without the headline's help. An answer states its subject and its fact together.
   */
  sentenceShare: number;
  /** That best sentence opens with a name the question asks about: news sentences about X start with X. */
  opensWithName: boolean;
  /**
   * The most of the common words (not names) one sentence carries: the predicate asked about
   * ("will focus on") stands in the answering sentence, while its subject may be named only
   * in the headline or a sentence before.
   */
  sentenceContent: number;
  /**
   * Judged with a question asking a measure, a date or a person: the weighted share of key terms
   * carried by the best sentence giving it (with the headline's names). Absent otherwise.
   */
  typedShare?: number;
  /** Judged with a question asking a date: a sentence giving one dates a common word asked about ("the August 6 meeting"). */
  datesAsked?: boolean;
}

/** The weighted share of the terms `pick` keeps that `carried` marks, or `none` when it keeps none. */
export const weightedShare = (terms: readonly KeyTerm[], carried: readonly boolean[], pick: (t: KeyTerm) => boolean, none: number) => {
  let total = 0;
  let got = 0;
  terms.forEach((t, i) => {
    if (!pick(t)) return;
    total += t.weight;
    if (carried[i]) got += t.weight;
  });
  return total === 0 ? none : got / total;
};

function supportOfWindow(
  terms: readonly KeyTerm[],
  present: ReadonlySet<string>,
  text: string,
  type: AnswerType,
  named: ReadonlySet<string>,
  given: (head: string) => boolean,
): PassageSupport {
  const carried = carriedBy(terms, present, named);
  return {
    carried,
    share: weightedShare(terms, carried, () => true, 1),
    entityShare: weightedShare(terms, carried, (t) => t.entity, 0),
    typed: holdsAnswerType(text, type, given),
    contentShare: weightedShare(terms, carried, (t) => !t.entity, 1),
    sentenceShare: 0,
    opensWithName: false,
    sentenceContent: 0,
  };
}

/**
 * Whether a name's head word is one of the question's key terms: a name the question gives, not
 * one it asks for. A question made only of names ("who is Samuel Moncada") asks who they are,
 * which a sentence naming them answers, so it gives none.
 */
export function givenBy(terms: readonly KeyTerm[]): (head: string) => boolean {
  if (terms.every((t) => t.entity)) return () => false;
  // Built on first use: only "who" and "where" questions ask, and supports are judged by the thousand.
  let asked: Set<string> | undefined;
  return (head) => {
    asked ??= new Set(terms.flatMap((t) => t.alternatives.flat()));
    return tokenize(head).some((t) => asked!.has(t));
  };
}

/** How many leading terms of a sentence count as its opening (after stopwords are dropped). */
const OPENING_TERMS = 3;

/** The best single sentence's share of the key terms, whether it opens with a name asked about, and the most common words one sentence carries. */
function bestSentence(
  terms: readonly KeyTerm[],
  tokens: readonly string[][],
): { sentenceShare: number; opensWithName: boolean; sentenceContent: number } {
  let best = { sentenceShare: 0, opensWithName: false };
  let sentenceContent = 0;
  for (const sentence of tokens) {
    const carried = carriedBy(terms, new Set(sentence), NO_TITLE);
    sentenceContent = Math.max(
      sentenceContent,
      weightedShare(terms, carried, (t) => !t.entity, 0),
    );
    const share = weightedShare(terms, carried, () => true, 1);
    if (share <= best.sentenceShare) continue;
    const opening = new Set(sentence.slice(0, OPENING_TERMS));
    const opens = terms.some((t) => t.entity && t.alternatives.some((form) => form.length > 0 && opening.has(form[0]!)));
    best = { sentenceShare: share, opensWithName: opens };
  }
  return { ...best, sentenceContent };
}

/**
 * Which key terms a passage carries, judged on its best window of two neighbouring sentences:
 * what a question hinges on must stand together, as it would in a quote that answers it, not
 * scattered over a long passage (a number three sentences away from the subject is not the
 * number asked for). Names in the article's `title` count as carried by every passage of it:
 * a news article's headline sets its subject, and its passages say "the meeting" for the
 * meeting the headline names. With the `question`, the kind of fact asked for is read more
 * closely: a measure it asks (see measure.ts), or a date, must be given in a sentence speaking
 * of what it asks about (see naming.ts), and there the headline is no subject: "Pompeo Begins
 * Latin America Tour … Anti-Maduro Coalition" does not make "the 2019 APEC conference" tell how
 * long Maduro has been president. Each sentence is tokenised once. Pure.
 */
export function supportOf(terms: readonly KeyTerm[], text: string, type: AnswerType, title = '', question = ''): PassageSupport {
  const named = new Set(tokenize(title));
  const { sentences, tokens } = sentenceTerms(text);
  const given = givenBy(terms);
  const window = bestWindow(terms, text, type, named, given, sentences, tokens);
  // Most questions ask neither: their passages are not read again. Asked who, the sentence
  // naming someone the question does not is read for how much of it it carries.
  if (question === '' || (type !== 'date' && type !== 'person' && askedMeasure(question) === null))
    return { ...window, ...bestSentence(terms, tokens) };
  // A measure the question asks for is the fact it needs (a price is money, "how long" a length,
  // which may be a span of days), and so is a date, given where a name it asks about stands:
  // "Jean Reno earned 3.55m Euros" says nothing of what the film he plays in made, nor "the
  // talks began on March 24" of when WOLA was founded.
  const names = terms.filter((t) => t.entity);
  const passage = { text, sentences, tokens, title: named };
  const found =
    names.length === 0
      ? sentences.map((s, index) => ({ index, text: text.slice(s.start, s.end) }))
      : sentencesNaming(
          names,
          passage,
          askedMeasure(question) === 'age',
          terms.filter((t) => !t.entity),
        );
  // A measure given where a name asked stands is given, wherever the words of the question cluster:
  // "Japan's economy grew by just 0.1%" answers "how fast did japan's economy grow" before "… is now expected to grow".
  const measured = askedMeasure(question) !== null;
  const gives = (part: string, typedWindow: boolean) =>
    (typedWindow || measured || givesLength(question, part)) &&
    (type !== 'date' || holdsAnswerType(part, 'date')) &&
    !lacksMeasure(question, part);
  const typed = gives(found.map((f) => f.text).join(' '), window.typed);
  // The sentence giving it that carries the most of the question: "Mr Ebbers' trial, which is
  // expected to last two months" tells how long the trial lasts; "Mr Ebbers could face a jail
  // sentence of up to 85 years" does not.
  const giving = found.filter((f) => gives(f.text, holdsAnswerType(f.text, type, given)));
  const shares = giving.map((f) => weightedShare(terms, carriedBy(terms, new Set(tokens[f.index]), named), () => true, 1));
  const dated = type === 'date' && typed && giving.some((f) => datesAsked(f.text, terms));
  return {
    ...window,
    typed,
    typedShare: typed ? Math.max(0, ...shares) : 0,
    ...(dated ? { datesAsked: true } : {}),
    ...bestSentence(terms, tokens),
  };
}

function bestWindow(
  terms: readonly KeyTerm[],
  text: string,
  type: AnswerType,
  named: ReadonlySet<string>,
  given: (head: string) => boolean,
  sentences: readonly Span[],
  tokens: readonly string[][],
): PassageSupport {
  if (sentences.length <= 2) return supportOfWindow(terms, new Set(tokens.flat()), text, type, named, given);
  let best: PassageSupport | null = null;
  for (let i = 0; i < sentences.length - 1; i++) {
    const present = new Set([...tokens[i]!, ...tokens[i + 1]!]);
    const window = supportOfWindow(terms, present, text.slice(sentences[i]!.start, sentences[i + 1]!.end), type, named, given);
    if (!best || window.share > best.share || (window.share === best.share && window.typed && !best.typed)) best = window;
  }
  return best!;
}

/**
 * A passage's sentences and the terms of each, memoised: the same passages come back question
 * after question, and splitting and stemming them is most of the cost of judging support. The
 * memo only caches a pure function and is cleared when full, to bound a long-running bot.
 */
const memo = new Map<string, { sentences: Span[]; tokens: string[][] }>();
const PRONOUN_US = /\bus\b/g;

/** The sentences of `text`, each with its terms as support reads them: stems, stance and sum marks, days written. */
export function sentenceTerms(text: string): { sentences: Span[]; tokens: string[][] } {
  let entry = memo.get(text);
  if (entry === undefined) {
    if (memo.size >= 20_000) memo.clear();
    const sentences = splitSentences(text);
    entry = {
      sentences,
      tokens: sentences.map((s) => {
        const sentence = text.slice(s.start, s.end);
        const marks = [...(statesStance(sentence) ? [STANCE_TERM] : []), ...(writesSum(sentence) ? [SUM_TERM] : [])];
        // A lower-case "us" is the pronoun ("allows us to establish"), which carries no United States.
        return [...tokenize(sentence.replace(PRONOUN_US, ' ')), ...marks, ...daysWritten(sentence)];
      }),
    };
    memo.set(text, entry);
  }
  return entry;
}

/** Names the question uses that the corpus never mentions in any form. */
export function missingNames(terms: readonly KeyTerm[]): KeyTerm[] {
  return terms.filter((t) => t.entity && !t.inCorpus);
}
