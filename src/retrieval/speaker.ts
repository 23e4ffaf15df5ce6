import { isDayOrMonthName } from '../text/months.js';
import { baseOfPast } from '../text/irregular.js';
import { splitSentences } from '../text/sentences.js';
import { headStems, namer } from './naming.js';
import { isObject } from '../text/object.js';
import { nextTo, wordsOf, type SentenceWord } from '../text/words.js';

/**
 * Sentences in which someone says something. "What did Trump say about Venezuela" is not
 * answered by a passage that only names him ("sanctions imposed by the Trump administration",
 * "accused Pence and President Donald Trump of …"): an answer reports him speaking. Who a
 * question asks about is read in asked-speaker.ts. Pure; English.
 */

/** Verbs and nouns of reported speech, as news writes them; a view held is one too ("Venezuela sees the plan as an attack"). */
const SPEECH =
  /^(?:say|says|said|saying|tell|tells|told|state[sd]?|statements?|announce[sd]?|argue[sd]?|warn(?:s|ed)?|ask(?:s|ed)?|urge[sd]?|accuse[sd]?|claim(?:s|ed)?|add(?:s|ed)|insist(?:s|ed)?|note[sd]?|stress(?:es|ed)?|believe[sd]?|consider(?:s|ed)?|regard(?:s|ed)|sees|views|viewed|thinks?|thought|wrote|writes|tweet(?:s|ed)?|declare[sd]?|call(?:s|ed)|describe[sd]?|explain(?:s|ed)?|repl(?:y|ies|ied)|respond(?:s|ed)|reject(?:s|ed)|rebuff(?:s|ed)?|dismiss(?:es|ed)?|reiterate[sd]?|hail(?:s|ed)?|den(?:y|ies|ied)|acknowledge[sd]?|confirm(?:s|ed)?|promise[sd]?|vow(?:s|ed)?|pledge[sd]?|threat(?:s|en|ens|ened)?|warnings?|suggest(?:s|ed)?|propose[sd]?|demand(?:s|ed)?|critici[sz]e[sd]?|condemn(?:s|ed)?|praise[sd]?|welcome[sd]?|express(?:es|ed|ing)?|voice[sd]?|blame[sd]?|objected|indicate[sd]?|remark(?:s|ed)?|comments?|speech|interview|according)$/i;

/** True when `word` is a verb or noun of reported speech ("said", "statement", "tweet"). */
export function isSpeechWord(word: string): boolean {
  return SPEECH.test(word);
}

/** Words before a verb that make it a passive. */
const PASSIVE = /^(?:was|were|been|being|be|is|are|get|gets|got)$/i;

/** Reporting verbs that may stand before who speaks ("told" does not: "told Pompeo" names who listened). */
const INVERTED = /^(?:said|says)$/i;

/** Pronouns that carry on the subject of the sentence before: "A counterproposal was put forward … It called for …". */
const PRONOUN = /^(?:it|he|she|they)$/i;

/** How far after its subject a reporting verb may stand ("Luis Almagro, the OAS Secretary General, said"). */
const SUBJECT_REACH = 12;
/** Most words from a title to the verb of the name it stands before ("Minister Alun Pugh said"). */
const TITLE_REACH = 4;
/** How far before its subject an inverted one may ("said US Secretary of State Mike Pompeo"). */
const INVERTED_REACH = 6;

/**
 * True when one sentence of `text` reports the name whose stemmed forms are `forms` speaking:
 * the name followed closely by a verb of speech, or "said …" / "according to …" just before it.
 * A sentence opened by a pronoun speaks for the name that opens the sentence before it.
 */
export function reportsSpeaking(text: string, forms: readonly (readonly string[])[]): boolean {
  return speakingSentences(text, forms).length > 0;
}

/** The sentences of `text` (as `splitSentences` cuts them, by index) in which the name whose stemmed forms are `forms` speaks. */
export function speakingSentences(text: string, forms: readonly (readonly string[])[]): number[] {
  const heads = headStems(forms);
  const names = namer(forms);
  const speaking: number[] = [];
  // Whether the sentence before opened with the name, as its subject: a pronoun opening this one is the name.
  let led = false;
  splitSentences(text).forEach((s, at) => {
    const sentence = text.slice(s.start, s.end);
    const found = wordsOf(sentence);
    if (speaksIn(sentence, found, heads, led, names)) speaking.push(at);
    const agent = agentAt(found);
    led = found.some(
      (w, i) =>
        heads.has(w.stem) &&
        ((beforeName(
          found.map((f) => f.text),
          i,
        ) < 0 &&
          !isObject(sentence, found, i)) ||
          (agent >= 0 && i > agent)),
    );
  });
  return speaking;
}

/**
 * Where a passive's "by" stands in a sentence (-1 when none): the name after it is the agent of
 * the sentence's subject. "A counterproposal was put forward by the members … known as Caricom.
 * It called for …" has Caricom's proposal speak for Caricom, as "It" carries on that subject.
 */
function agentAt(found: readonly SentenceWord[]): number {
  return found.findIndex(
    (w, i) => w.text.toLowerCase() === 'by' && found.slice(Math.max(0, i - 4), i).some((f) => PASSIVE_AUX.test(f.text)),
  );
}

/** The auxiliaries of a passive whose agent follows "by". */
const PASSIVE_AUX = /^(?:was|were|been|is|are)$/i;

/** True when the name whose last words stem to `heads` speaks in `sentence`, or a pronoun opening it does after a sentence the name `led`. */
function speaksIn(
  sentence: string,
  found: readonly SentenceWord[],
  heads: ReadonlySet<string>,
  led: boolean,
  names: (found: readonly SentenceWord[], i: number) => boolean,
): boolean {
  const words = found.map((w) => w.text);
  const stems = found.map((w) => w.stem);
  // A passive is said to or of its subject: "Blair was accused", "Flintoff was dismissed for 12".
  const passive = (j: number) => j > 0 && PASSIVE.test(words[j - 1]!) && !/ing$/i.test(words[j]!);
  const speech = words.map((w, j) => SPEECH.test(w.replace(/[’'.]+$/, '')) && !passive(j));
  // "with Popolizio saying": a verb right after another name is that name's, unless a comma
  // closes an aside between ("Almagro, the OAS Secretary General, said") or the word is a day
  // or a month ("Pence on Wednesday announced").
  const ownVerb = (j: number) =>
    !/^\p{Lu}/u.test(words[j - 1]!) || isDayOrMonthName(words[j - 1]!) || heads.has(stems[j - 1]!) || !nextTo(sentence, found, j - 1);
  const carried = led && PRONOUN.test(words[0] ?? '');
  if (carried && speech.some((on, j) => on && j > 0 && j <= SUBJECT_REACH && (j === 1 || ownVerb(j)))) return true;
  // '"It'll be a two-horse race," he told BBC Sport': a pronoun after a quotation speaks it.
  const afterQuote = (k: number) => k > 0 && /[”"]/.test(sentence.slice(found[k - 1]!.end, found[k]!.start));
  if (led && speech.some((on, j) => on && j > 1 && PRONOUN.test(words[j - 1]!) && afterQuote(j - 1))) return true;
  for (let i = 0; i < words.length; i++) {
    if (!names(found, i)) continue;
    const subject = !isObject(sentence, found, i);
    // A name inside a quotation is not who speaks it: '"… and the Lima Group," an official told'.
    const quoted = (j: number) => /[”"]/.test(sentence.slice(found[i]!.end, found[j]!.start));
    // "The communiqué congratulated President Bush … and stressed": a verb joined by "and" to the
    // one whose object the name is has that verb's subject.
    const joined = (j: number) => words[j - 1]!.toLowerCase() === 'and' && afterVerb(words, i);
    // "Culture Minister Alun Pugh said": the name after a title asked about is the title's holder, whose verb it is.
    const holder = (j: number) =>
      j - i <= TITLE_REACH && words.slice(i + 1, j).every((w, k) => /^\p{Lu}/u.test(w) && nextTo(sentence, found, i + k));
    const own = (j: number) => ownVerb(j) || holder(j);
    if (subject && speech.some((on, j) => on && j > i && j <= i + SUBJECT_REACH && own(j) && !quoted(j) && !joined(j))) return true;
    if (invertedBefore(words, i)) return true;
  }
  return false;
}

/**
 * Where the word just before the name ending at word `i` and its title stands (-1 when none):
 * capitalised words, and the "of" and "the" of "Secretary of State", count to the name, no
 * further back than `reach` words.
 */
function beforeName(words: readonly string[], i: number, reach = i): number {
  let k = i - 1;
  while (k >= 0 && k >= i - reach && (/^\p{Lu}/u.test(words[k]!) || /^(?:of|the)$/i.test(words[k]!))) k--;
  return k;
}

/**
 * True when word `i` ends a name that an inverted report speaks through: "said US Secretary of
 * State Mike Pompeo", "according to Pompeo". Only the name and its title may stand between, so
 * "an official told reporters regarding Pompeo's trip" is not Pompeo speaking.
 */
function invertedBefore(words: readonly string[], i: number): boolean {
  const k = beforeName(words, i, INVERTED_REACH);
  const word = words[k] ?? '';
  return INVERTED.test(word) || (/^to$/i.test(word) && /^according$/i.test(words[k - 1] ?? ''));
}

/** True when the name ending at word `i`, with its title, stands right after a verb in the past ("congratulated", "met"). */
function afterVerb(words: readonly string[], i: number): boolean {
  const word = words[beforeName(words, i)] ?? '';
  return /^\p{Ll}+ed$/u.test(word) || baseOfPast(word) !== word;
}
