import type { KeyTerm, QuestionAnalysis } from './key-terms.js';
import { splitSentences } from '../text/sentences.js';
import { wordsOf } from '../text/words.js';
import { surfaceWords } from './surface-words.js';

/**
 * Whether a passage says the opposite of what a question asks. "Who did Peru invite to the Lima
 * Group meeting" is not answered by "Neither the representatives of Maduro, nor those of Guaido
 * have been invited", which names who was left out, and "who wasn't invited" is not answered by
 * "The US … has also been invited". Pure; English.
 */

/**
 * Words that deny the verb after them in their clause. "No" and "without" deny a noun instead,
 * and a noun's absence may be what is asked: "what happened to the vote" is answered by
 * "the session ended without a vote".
 */
const NEGATORS = String.raw`not|never|neither|nor|cannot|\p{L}+n[’']t`;
const NEGATOR = new RegExp(`^(?:${NEGATORS})$`, 'iu');
/** Any negator at all in a text: one without is read at once. */
const DENIES_ANY = new RegExp(String.raw`\b(?:${NEGATORS})\b`, 'iu');
/** "not only … but also" adds rather than denies, and "no doubt" affirms. */
const NOT_DENYING = /^(?:only|just|least|doubt|matter)$/i;
/** Words that open another clause, out of a negator's reach ("it is not perfect, for which he urged"). */
const OPENS_CLAUSE = /^(?:which|who|whom|that|but|and|because|while|as|if|when|although|though)$/i;
/** How many words before an asked word a negator may stand ("nor those of Guaido have been invited"). */
const REACH = 6;

/** A question asking who, what, where, when, which, why or how, perhaps after a preposition ("to whom", a machine's "To who invited Peru"). */
const ASKS_WH = /^(?:(?:to|for|from|with|by|at|in|on|of|about)\s+)?(?:who|whom|whose|what|which|where|when|why|how)\b/i;
const NEGATED = /\b(?:not|never|no|neither|nor|without|none|nobody|nothing|\p{L}+n[’']t)\b/iu;

/** How a text uses a word: not at all, only denied, only affirmed, or both. */
type Polarity = 'absent' | 'denied' | 'affirmed' | 'both';

/** How a passage stands to each common word a question asks about (in the question's order of them). */
export type Stance = 'agrees' | 'opposes' | 'silent';

/** True when the question denies a common word it asks about: "who was not invited". */
export function deniesAsked(reading: QuestionAnalysis): boolean {
  return reading.terms.some((t) => !t.entity && t.inCorpus && polarityIn(reading.searchText, t) === 'denied');
}

/**
 * For a wh-question, how a passage stands to each common word it hinges on. Asked who was
 * invited, a passage in which each "invited" stands under a negator opposes it, and one that
 * writes "invited" without one agrees; asked who was not invited, the other way round. Null for
 * any other question: a yes-or-no question is answered by a "no" too, and a negation that
 * touches no word asked about ("why is there no end in sight") is not read.
 */
export function stancesToAsked(reading: QuestionAnalysis): ((text: string, carried: readonly boolean[]) => Stance[]) | null {
  const question = reading.searchText.trim();
  if (!ASKS_WH.test(question)) return null;
  // Only the wh-question's own words: a yes-or-no question after it ("what did he say? was
  // mexico going to change its stance") is answered by a "no" too.
  const end = whQuestionEnd(question);
  const asked = reading.terms.filter((t) => !t.entity && t.inCorpus && t.words.first < end);
  const denied = asked.filter((t) => polarityIn(question, t) === 'denied');
  if (denied.length === 0 && (asked.length === 0 || NEGATED.test(question))) return null;
  const terms = denied.length > 0 ? denied : asked;
  const at = terms.map((t) => reading.terms.indexOf(t));
  const against: Polarity = denied.length > 0 ? 'affirmed' : 'denied';
  return (text, carried) => {
    // Only a word the passage carries is read, and word by word only when the passage writes a
    // negator: most write none, and then they affirm each word they carry.
    const negates = DENIES_ANY.test(text);
    return terms.map((t, k) => {
      if (carried[at[k]!] !== true) return 'silent';
      const used = negates ? polarityIn(text, t) : 'affirmed';
      return used === 'absent' ? 'silent' : used === against ? 'opposes' : 'agrees';
    });
  };
}

/** How many words the opening wh-question holds: up to a question mark that another question follows, or all. */
function whQuestionEnd(question: string): number {
  const mark = /[?!]\s+(?=\S)/.exec(question);
  return mark === null ? Infinity : surfaceWords(question.slice(0, mark.index)).length;
}

/** How `text` uses `term`: each time it stands, whether a negator stands within reach before it in its clause. */
function polarityIn(text: string, term: KeyTerm): Polarity {
  const stems = new Set(term.alternatives.filter((a) => a.length === 1).map((a) => a[0]!));
  let denied = false;
  let affirmed = false;
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    const words = wordsOf(sentence);
    words.forEach((w, i) => {
      if (!stems.has(w.stem)) return;
      if (deniedAt(sentence, words, i)) denied = true;
      else affirmed = true;
    });
  }
  return denied && affirmed ? 'both' : denied ? 'denied' : affirmed ? 'affirmed' : 'absent';
}

/** Whether a negator stands within reach before word `i`, with no clause break between. */
function deniedAt(sentence: string, words: ReturnType<typeof wordsOf>, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - REACH); j--) {
    // Punctuation ends the clause ("Neither X, nor Y have been invited": "nor" stands in Y's).
    if (/[,;:—–”"]/.test(sentence.slice(words[j]!.end, words[j + 1]!.start))) return false;
    const word = words[j]!.text.replace(/[.!?’']+$/, '');
    if (NEGATOR.test(word)) return !NOT_DENYING.test(words[j + 1]?.text ?? '');
    if (OPENS_CLAUSE.test(word)) return false;
  }
  return false;
}
