import type { KeyTerm, QuestionAnalysis } from './key-terms.js';
import { isPlaceName } from '../text/geo.js';
import { isDayOrMonthName } from '../text/months.js';
import { baseOfPast } from '../text/irregular.js';
import { surfaceWords } from './vocabulary.js';
import { splitSentences } from '../text/sentences.js';
import { headStems } from './naming.js';
import { isObject } from '../text/object.js';
import { nextTo, wordsOf } from '../text/words.js';

/**
 * Questions about what someone said, and sentences in which they say something. "What did
 * Trump say about Venezuela" is not answered by a passage that only names him ("sanctions
 * imposed by the Trump administration", "accused Pence and President Donald Trump of …"): an
 * answer reports him speaking. Pure; English.
 */

/** Up to five words naming who spoke ("the head of the OAS"). */
const WHO = String.raw`((?:[\p{L}\p{N}’'.-]+\s+){0,4}?[\p{L}\p{N}’'.-]+)`;

/** "what did X say / tell / think …", "how did X react", "did X say anything", and a machine translation's "what said X about …". */
const ASKS_SAID = [
  String.raw`^(?:what|how|why)\s+(?:did|does|do|has|have|had|would)\s+${WHO}\s+(?:say|said|tell|told|think|thought|claim|claimed|announce|announced|argue|argued|warn|warned|declare|declared|react|reacted|respond|responded|reply|replied)\b`,
  String.raw`^(?:did|does|has|have)\s+${WHO}\s+(?:say|said|tell|told|announce|announced|claim|claimed)\s+(?:anything|something)\b`,
  // The engine keeps the source's order: "¿Qué dijo Trump sobre …?" comes back "What said Trump on …?",
  // and "o que o Trump disse" "What the Trump said".
  String.raw`^what\s+the\s+${WHO}\s+(?:said|told|thought|claimed|announced)\b`,
  String.raw`^what\s+(?:said|told|thought|claimed|announced)\s+(?:the\s+)?${WHO}(?=\s+(?:about|of|on|in|at|to|regarding)\b|\s*[?.!]?$)`,
  // "¿Cómo reaccionó Maduro al voto?" comes back "How it reacted Maduro to the vote", and "como reagiu o Maduro" "As it reacted the Maduro".
  String.raw`^(?:how|as)\s+(?:it\s+)?(?:reacted|responded|replied)\s+(?:the\s+)?${WHO}(?=\s+(?:about|of|on|in|at|to|regarding)\b|\s*[?.!]?$)`,
].map((source) => new RegExp(source, 'iu'));

/** The words of a question naming who is asked to have spoken, or null when it asks no such thing. */
export function askedSpeaker(question: string): string | null {
  const text = question.trim();
  for (const rule of ASKS_SAID) {
    const who = rule.exec(text)?.[1]?.replace(/^the\s+/i, '');
    if (who !== undefined && who !== '') return who;
  }
  return null;
}

/**
 * The question's names for who it asks to have spoken: "colombia" in "what did colombia say
 * when …". Places included; whether a place may stand for its officials is the caller's call.
 */
export function speakerTerms(reading: QuestionAnalysis): KeyTerm[] {
  const asked = askedSpeaker(reading.searchText);
  if (asked === null) return [];
  // Whole words only: "us" is not in "business".
  const said = (t: KeyTerm) => ` ${asked.toLowerCase()} `.includes(` ${t.text.toLowerCase()} `);
  return reading.terms.filter((t) => t.entity && said(t));
}

/**
 * Asked what someone said, whether a passage reports them speaking and carries every other name
 * the question asks about (`carried` is its support's, term by term); null for any other question.
 */
export function speakingOfAsked(reading: QuestionAnalysis): ((text: string, carried: readonly boolean[]) => boolean) | null {
  const who = speakerTerms(reading).filter((t) => t.inCorpus);
  if (who.length === 0) return null;
  const forms = speakerForms(who);
  const about = reading.terms.flatMap((t, i) => (t.entity && t.inCorpus && !who.includes(t) ? [i] : []));
  // And a word of what they are asked to have spoken of ("about the oas vote"), if the question names it.
  const topic = topicTerms(reading).map((t) => reading.terms.indexOf(t));
  const onTopic = (carried: readonly boolean[]) => topic.length === 0 || topic.some((i) => carried[i] === true);
  return (text, carried) => about.every((i) => carried[i] === true) && onTopic(carried) && reportsSpeaking(text, forms);
}

/**
 * The forms under which the asked speakers (`who`) are read speaking. A place speaks under its
 * own name ("Colombia stressed"): its capital's forms are another name's ("Lima" in "the Lima
 * Group" is not Peru speaking through its minister).
 */
export function speakerForms(who: readonly KeyTerm[]): (readonly string[])[] {
  return who.flatMap((t) => (isPlaceName(t.text) ? t.alternatives.slice(0, 1) : t.alternatives));
}

/** The word after which a question names what someone spoke of. */
const TOPIC = /^(?:about|regarding|on|over)$/i;

/** The common words of what someone is asked to have spoken about: "vote" in "what did mexico say about the oas vote". */
function topicTerms(reading: QuestionAnalysis): KeyTerm[] {
  const at = surfaceWords(reading.searchText).findIndex((w) => TOPIC.test(w.word));
  return at < 0 ? [] : reading.terms.filter((t) => !t.entity && t.inCorpus && t.words.first > at);
}

/** Verbs and nouns of reported speech, as news writes them. */
const SPEECH =
  /^(?:say|says|said|saying|tell|tells|told|state[sd]?|statements?|announce[sd]?|argue[sd]?|warn(?:s|ed)?|ask(?:s|ed)?|urge[sd]?|accuse[sd]?|claim(?:s|ed)?|add(?:s|ed)|insist(?:s|ed)?|note[sd]?|stress(?:es|ed)?|believe[sd]?|thinks?|thought|wrote|writes|tweet(?:s|ed)?|declare[sd]?|call(?:s|ed)|describe[sd]?|explain(?:s|ed)?|repl(?:y|ies|ied)|respond(?:s|ed)|reject(?:s|ed)|den(?:y|ies|ied)|acknowledge[sd]?|confirm(?:s|ed)?|promise[sd]?|vow(?:s|ed)?|pledge[sd]?|threaten(?:s|ed)?|suggest(?:s|ed)?|propose[sd]?|demand(?:s|ed)?|critici[sz]e[sd]?|condemn(?:s|ed)?|praise[sd]?|welcome[sd]?|express(?:es|ed)?|indicate[sd]?|remark(?:s|ed)?|comments?|speech|interview|according)$/i;

/** Reporting verbs that may stand before who speaks ("told" does not: "told Pompeo" names who listened). */
const INVERTED = /^(?:said|says)$/i;

/** How far after its subject a reporting verb may stand ("Luis Almagro, the OAS Secretary General, said"). */
const SUBJECT_REACH = 12;
/** How far before its subject an inverted one may ("said US Secretary of State Mike Pompeo"). */
const INVERTED_REACH = 6;

/**
 * True when one sentence of `text` reports the name whose stemmed forms are `forms` speaking:
 * the name followed closely by a verb of speech, or "said …" / "according to …" just before it.
 */
export function reportsSpeaking(text: string, forms: readonly (readonly string[])[]): boolean {
  const heads = headStems(forms);
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    const found = wordsOf(sentence);
    const words = found.map((w) => w.text);
    const stems = found.map((w) => w.stem);
    const speech = words.map((w) => SPEECH.test(w.replace(/[’'.]+$/, '')));
    // "with Popolizio saying": a verb right after another name is that name's, unless a comma
    // closes an aside between ("Almagro, the OAS Secretary General, said") or the word is a day
    // or a month ("Pence on Wednesday announced").
    const ownVerb = (j: number) =>
      !/^\p{Lu}/u.test(words[j - 1]!) || isDayOrMonthName(words[j - 1]!) || heads.has(stems[j - 1]!) || !nextTo(sentence, found, j - 1);
    for (let i = 0; i < words.length; i++) {
      if (!heads.has(stems[i]!)) continue;
      const subject = !isObject(sentence, found, i);
      // A name inside a quotation is not who speaks it: '"… and the Lima Group," an official told'.
      const quoted = (j: number) => /[”"]/.test(sentence.slice(found[i]!.end, found[j]!.start));
      // "The communiqué congratulated President Bush … and stressed": a verb joined by "and" to the
      // one whose object the name is has that verb's subject.
      const joined = (j: number) => words[j - 1]!.toLowerCase() === 'and' && afterVerb(words, i);
      if (subject && speech.some((on, j) => on && j > i && j <= i + SUBJECT_REACH && ownVerb(j) && !quoted(j) && !joined(j))) return true;
      if (invertedBefore(words, i)) return true;
    }
  }
  return false;
}

/**
 * True when word `i` ends a name that an inverted report speaks through: "said US Secretary of
 * State Mike Pompeo", "according to Pompeo". Only the name and its title may stand between, so
 * "an official told reporters regarding Pompeo's trip" is not Pompeo speaking.
 */
function invertedBefore(words: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && k >= i - INVERTED_REACH && (/^\p{Lu}/u.test(words[k]!) || /^(?:of|the)$/i.test(words[k]!))) k--;
  const word = words[k] ?? '';
  return INVERTED.test(word) || (/^to$/i.test(word) && /^according$/i.test(words[k - 1] ?? ''));
}

/** True when the name ending at word `i`, with its capitalised title, stands right after a verb in the past ("congratulated", "met"). */
function afterVerb(words: readonly string[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^\p{Lu}/u.test(words[k]!)) k--;
  const before = words[k] ?? '';
  return /^\p{Ll}+ed$/u.test(before) || baseOfPast(before) !== before;
}
