import type { KeyTerm } from './key-terms.js';
import type { Span } from '../text/sentences.js';
import { namesAsSubject } from '../text/object.js';
import { tokenize } from '../text/tokenize.js';
import type { SentenceWord } from '../text/words.js';
import { isEnglishWord } from '../text/lexicon.js';
import { namesNoOne, onlyNamed, opensWith, PRONOUN_BACK, REFERS_BACK, refersBackTo } from './refers-back.js';

/** True when `terms` contains every term of `form`, or, for a long form, its last two ("López Obrador"). */
export function contains(terms: ReadonlySet<string>, form: readonly string[]): boolean {
  if (form.every((t) => terms.has(t))) return true;
  return form.length >= 3 && form.slice(-2).every((t) => terms.has(t));
}

/**
 * Which of `terms` are carried by the stems `present`, a name also by the stems of its article's
 * title (`named`), and so is a word that only names the story asked about ("the dad suing
 * walmart … - how much …"). A body's head asked about ("the OAS boss") is carried by their name, not the body's.
 */
export function carriedBy(terms: readonly KeyTerm[], present: ReadonlySet<string>, named: ReadonlySet<string>): boolean[] {
  return terms.map((t) =>
    (t.headedBy ?? t.alternatives).some((form) => contains(present, form) || ((t.entity || t.topic === true) && contains(named, form))),
  );
}

/** No headline: a sentence judged on its own words. */
export const NO_TITLE: ReadonlySet<string> = new Set();

/** The stem of each form's last word, by which a sentence's words are matched to a name ("guaido" for "Juan Guaido"). */
export function headStems(forms: readonly (readonly string[])[]): Set<string> {
  return new Set(forms.filter((f) => f.length > 0).map((f) => f[f.length - 1]!));
}

/** A name's age in apposition: "Goldfine, 39, has worked with … Roddick's close friend". */
const APPOSED_AGE = /(\p{Lu}[\p{L}’'-]+), \d{1,3},/gu;

/** `sentence` with the ages it gives in apposition to other names than `heads` dropped. */
function withoutOthersAges(sentence: string, heads: ReadonlySet<string>): string {
  return sentence.replace(APPOSED_AGE, (age, name: string) =>
    heads.has(tokenize(name.replace(/[’']s$/, ''))[0] ?? '') ? age : `${name},`,
  );
}

/** What one passage is read as, sentence by sentence, to find where it speaks of what is asked. */
export interface PassageSentences {
  text: string;
  sentences: readonly Span[];
  /** The stems of each sentence. */
  tokens: readonly (readonly string[])[];
  /** The stems of its article's title. */
  title: ReadonlySet<string>;
}

/** A sentence of a passage, by its place among the passage's sentences, as read for what is asked. */
export interface NamingSentence {
  index: number;
  text: string;
}

/**
 * The sentences of a passage that speak of one of the question's `names`: those naming it and,
 * as news refers back, those opening with "he", "she" or "the 31-year-old" right after a
 * sentence naming it and no one else, or at the passage's start when the headline names it, and
 * those naming no one at all when the headline names it. A name standing
 * elsewhere in the headline is not enough: "Pompeo Begins Latin America Tour … Anti-Maduro
 * Coalition" does not make "Pompeo will start his official program" speak of Maduro. With
 * `asSubject` (an age), a sentence naming it only as an object is another's ("the 29-year-old
 * finished second to Paula Radcliffe"). Pure.
 */
export function sentencesNaming(
  names: readonly KeyTerm[],
  passage: PassageSentences,
  asSubject: boolean,
  common: readonly KeyTerm[] = [],
): NamingSentence[] {
  const forms = names.flatMap((t) => t.alternatives);
  const heads = headStems(forms);
  const texts = passage.sentences.map((s) => passage.text.slice(s.start, s.end));
  const namesIt = texts.map(
    (s, i) => carriedBy(names, new Set(passage.tokens[i]), NO_TITLE).some(Boolean) && (!asSubject || namesAsSubject(s, heads)),
  );
  // The headline names what is asked: read once, for the passage's opening and for sentences naming no one.
  const headlined = carriedBy(names, NO_TITLE, passage.title).some(Boolean);
  const before = (i: number) =>
    i === 0
      ? headlined
      : namesIt[i - 1]! && (onlyNamed(texts[i - 1]!, forms, heads) || (PRONOUN_BACK.test(texts[i]!) && opensWith(texts[i - 1]!, heads)));
  // A sentence naming no one at all speaks of what its article's title names ("Weekend tickets
  // are now on sale priced at £125 each" in a story headed by the Leeds and Reading festivals),
  // when it carries, with the title, every common word asked (`common`): "day tickets" are not
  // the weekend tickets it prices.
  // A clause naming no one counts as well, when it carries them on its own: in "high oil prices
  // have knocked 0.2% off the growth rate, while … shipped to the US …" the US stands in another clause.
  const asked = common.map((t) => ({ ...t, topic: true }));
  const carriesAsked = (part: string) => carriedBy(asked, new Set(tokenize(part)), passage.title).every(Boolean);
  const nameless = (s: string, i: number): string | null => {
    if (asSubject || !headlined) return null;
    if (namesNoOne(s)) return carriedBy(asked, new Set(passage.tokens[i]), passage.title).every(Boolean) ? s : null;
    return s.split(CLAUSE_BREAK).find((clause) => namesNoOne(clause) && carriesAsked(clause)) ?? null;
  };
  // "the new runway" after a sentence naming Stansted Airport and its runway is Stansted's runway.
  const definite = (s: string, i: number) =>
    i > 0 && namesIt[i - 1]! && !asSubject && refersBackTo(s, common, new Set(passage.tokens[i - 1]));
  return texts.flatMap((s, index) => {
    if (namesIt[index] || (REFERS_BACK.test(s) && before(index)) || definite(s, index))
      return [{ index, text: asSubject ? withoutOthersAges(s, heads) : s }];
    const clause = nameless(s, index);
    return clause === null ? [] : [{ index, text: clause }];
  });
}

/** Where one clause of a sentence gives way to another about something else: ", while", ", whereas", "; ". */
const CLAUSE_BREAK = /,\s+(?=(?:while|whereas|but|although)\b)|;\s+/i;

/** Words before a name's common last word that still make it that name: "the bank said" in a story on the World Bank. */
const DETERMINER = /^(?:the|this|that)$/i;

/**
 * Whether word `i` of a sentence ends a name of `forms`: its last word. Written in lower case, a
 * common word ending a name of two or more words ("World Bank", "Lima Group") must follow the
 * word before it in the name, or "the": "its central bank says" is not the World Bank speaking.
 */
export function namer(forms: readonly (readonly string[])[]): (found: readonly SentenceWord[], i: number) => boolean {
  const before = new Map<string, Set<string> | null>();
  for (const form of forms) {
    const head = form.at(-1);
    if (head === undefined) continue;
    // A one-word form names them by its word alone.
    if (form.length === 1 || before.get(head) === null) before.set(head, null);
    else before.set(head, (before.get(head) ?? new Set()).add(form.at(-2)!));
  }
  return (found, i) => {
    const word = found[i]!;
    const allowed = before.get(word.stem);
    if (allowed === undefined) return false;
    if (allowed === null || !/^\p{Ll}/u.test(word.text) || !isEnglishWord(word.text.toLowerCase())) return true;
    const prev = found[i - 1];
    return prev !== undefined && (allowed.has(prev.stem) || DETERMINER.test(prev.text));
  };
}
