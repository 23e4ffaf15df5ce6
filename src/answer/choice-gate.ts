/**
 * Questions asking which of two things is so ("is quentin davies a tory or labour mp", "did
 * the bill pass or fail"): the answer names one of them. A passage naming the subject but
 * neither of the two does not answer, however much of the rest it carries. Pure; English (a
 * translated question is read in its English reading).
 */
import type { KeyTerm, QuestionAnalysis } from '../retrieval/key-terms.js';
import { surfaceWords } from '../retrieval/surface-words.js';
import { sentenceTerms } from '../retrieval/support.js';
import { tokenize } from '../text/tokenize.js';
import type { HeadPassage } from './gates.js';

/** Two things a question asks which of, and the names it asks it of. */
export interface UnchosenChoice {
  /** The two things, as typed. */
  options: readonly [string, string];
  /** The names of the question the corpus mentions. */
  names: readonly KeyTerm[];
}

/** A question that asks whether (or which): the opening word of a yes-or-no question, or "which". */
const ASKS_WHICH = /^(?:(?:so|ok|okay|wait|hey|but|and|like)\s+)*(?:is|was|are|were|did|does|do|has|have|had|will|would|which)\b/i;
/** Words after "or" that leave the question open, asking no second thing: "or what", "or not". */
const OPEN_ENDED = /^(?:what|not|nah|no|so|something|anything|else|nothing|whatever|smth|sth)$/i;

/** One of two things asked: the word as typed, and the forms a passage may carry it by (stems). */
interface Option {
  word: string;
  forms: readonly (readonly string[])[];
}

/**
 * The two words a question asks which of, joined by "or" ("tory or labour"), each with its forms
 * (a term of that word alone brings its other names), or null. Both must be words the corpus writes.
 */
export function askedChoice(reading: QuestionAnalysis): [Option, Option] | null {
  if (!ASKS_WHICH.test(reading.searchText.trim())) return null;
  const words = surfaceWords(reading.searchText);
  const at = words.findIndex((w, i) => w.folded === 'or' && i > 0 && i + 1 < words.length && !OPEN_ENDED.test(words[i + 1]!.folded));
  if (at < 0) return null;
  const option = (i: number): Option | null => {
    const stems = tokenize(words[i]!.word);
    if (stems.length === 0) return null;
    const own = reading.terms.find((t) => t.words.first === i && t.words.last === i);
    return { word: words[i]!.word, forms: own?.inCorpus ? own.alternatives : [stems] };
  };
  const before = option(at - 1);
  const after = option(at + 1);
  return before === null || after === null ? null : [before, after];
}

/**
 * Asked which of two things is so, and no best passage naming the most of the question's other
 * names carries either: returns the two and those names, or null. The two may be names
 * themselves ("tory or labour"): a passage on Labour and the Tories is not one on Quentin Davies.
 */
export function choiceUnsaid(reading: QuestionAnalysis, head: readonly HeadPassage[]): UnchosenChoice | null {
  const options = askedChoice(reading);
  if (options === null) return null;
  const asked = new Set(options.flatMap((o) => tokenize(o.word)));
  const named = reading.terms.flatMap((t, i) => (t.entity && t.inCorpus && !t.alternatives[0]!.some((s) => asked.has(s)) ? [i] : []));
  if (named.length === 0) return null;
  const naming = (p: HeadPassage) => named.reduce((sum, i) => sum + (p.support.carried[i] === true ? reading.terms[i]!.weight : 0), 0);
  const most = Math.max(0, ...head.map(naming));
  const carries = (p: HeadPassage) => {
    const stems = new Set(sentenceTerms(p.text).tokens.flat());
    return options.some((o) => o.forms.some((form) => form.every((s) => stems.has(s))));
  };
  if (most === 0 || head.some((p) => naming(p) >= most && carries(p))) return null;
  return { options: [options[0].word, options[1].word], names: named.map((i) => reading.terms[i]!) };
}
