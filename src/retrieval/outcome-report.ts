/**
 * Whether a passage reports a decisive outcome of the names a question asks it of: the outcome's
 * word in a sentence with its subject before it or its object just after ("A jury acquitted
 * Scrushy"), or, asked who came by it, with what was won beside it ("The Aviator was declared
 * best film"). Pure; English.
 */
import type { KeyTerm } from './key-terms.js';
import { headStems } from './naming.js';
import type { AskedOutcome } from './outcome.js';
import { isObject } from '../text/object.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokenize.js';
import { nextTo, wordsOf, type SentenceWord } from '../text/words.js';

/**
 * True when a word of `objects` stands within reach of the outcome's word at `r`, on either side:
 * "Jamie Foxx won best actor", "The Aviator was declared best film", "the best actor award went to".
 */
function objectBeside(words: readonly SentenceWord[], r: { start: number; end: number }, objects: readonly KeyTerm[]): boolean {
  const own = new Set(objects.flatMap((t) => t.alternatives.flat()));
  const from = words.findIndex((w) => w.end > r.start);
  return words.some((w, i) => own.has(w.stem) && Math.abs(i - from) <= OBJECT_REACH);
}

/** The words reporting a motion's or a bid's fate, which name no winner: "failed", "was approved", "rejected", "thrown out". */
const FATE = /^(?:fail\w*|fell short|succeed\w*|passed|approved|adopted|rejected|thr(?:ew|own) out|voted down|turned down|vetoed)$/i;

/**
 * How many words other than grammar words may stand between the outcome's word and a name that
 * is its object ("convicted Mr Ebbers", "no action against Chelsea boss Jose Mourinho", "lifted a
 * trade ban to reward Tripoli").
 */
const OBJECT_REACH = 5;

/**
 * True when a sentence of `text` reports the outcome and names every one of `names` that the
 * passage's text names (at least one): "Several employees have already pleaded guilty" says
 * nothing of the boss on trial beside them, nor "Yahoo bought Flickr" of Google buying Yahoo.
 * A name must stand before the outcome's word, as its subject, or just after it, as its object:
 * in "Mr Sullivan has pleaded guilty and will be sentenced following Mr Ebbers' trial" the plea is Sullivan's.
 * `subjects` are the names the question puts before the outcome's word. Given `objects` (asked
 * who won what), a sentence writing every object, one of them beside the outcome's word,
 * reports it wherever the names stand in the passage; otherwise only a motion's fate does. So
 * does a sentence writing one of `kinds` (the kind of winner asked: "which comedy bit won")
 * beside it.
 */
export function reportsOutcome(
  text: string,
  names: readonly KeyTerm[],
  subjects: readonly KeyTerm[],
  reportsAt: AskedOutcome['reportsAt'],
  objects: readonly KeyTerm[] = [],
  kinds: readonly KeyTerm[] = [],
): boolean {
  const holds = (stems: ReadonlySet<string>, t: KeyTerm) =>
    t.alternatives.some((form) => form.length > 0 && form.every((w) => stems.has(w)));
  const inText = names.filter((t) => holds(new Set(tokenize(text)), t));
  if (inText.length === 0) return false;
  const heads = headStems(inText.flatMap((t) => t.alternatives));
  return splitSentences(text).some((s) => {
    const sentence = text.slice(s.start, s.end);
    const at = reportsAt(sentence);
    if (at.length === 0) return false;
    const stems = new Set(tokenize(sentence));
    const words = wordsOf(sentence);
    if (objects.length > 0 && objects.every((t) => holds(stems, t)) && at.some((r) => objectBeside(words, r, objects))) return true;
    if (kinds.length > 0 && at.some((r) => objectBeside(words, r, kinds))) return true;
    // Asked who won what, only a motion's fate is read as before, of the names: "the OAS
    // rejected Venezuela's proposal" tells who won the OAS vote without the word "vote".
    const read = objects.length > 0 ? at.filter((r) => FATE.test(sentence.slice(r.start, r.end))) : at;
    if (read.length === 0 || !inText.every((t) => holds(stems, t))) return false;
    const named = words.flatMap((w, i) => (heads.has(w.stem) ? [{ i, start: w.start }] : []));
    // Each subject asked, by the words of the sentence that carry it.
    const subjectWords = subjects.map((t) => {
      const own = headStems(t.alternatives);
      return words.flatMap((w, i) => (own.has(w.stem) ? [{ i, start: w.start }] : []));
    });
    return read.some((r) => {
      const after = words.findIndex((w) => w.start >= r.end);
      // "Howard has accepted the MP's resignation": a possessive before the outcome names whose it is.
      const owner = words.findLast((w) => w.end <= r.start);
      if (owner !== undefined && /[’']s?$/.test(owner.text) && /\p{L}[’']/u.test(owner.text) && !heads.has(owner.stem)) return false;
      const before = (n: { i: number; start: number }) => n.start < r.start && !subjectBetween(sentence, words, n.i, r.start, heads);
      const object = (n: { i: number }) =>
        after >= 0 && n.i >= after && (contentWords(sentence, words, after, n.i) < OBJECT_REACH || inNameList(words, after, n.i));
      // And the question's subject is the outcome's subject or object: in "negotiations hosted by
      // the Government of Mexico, López Obrador stated …" the hosting is not López Obrador's.
      const stands = (n: { i: number; start: number }) => before(n) || object(n);
      return named.some(stands) && subjectWords.every((ns) => ns.some(stands));
    });
  });
}

/** A word that opens another clause: an object after it is that clause's ("pleaded guilty and will be sentenced following X's trial"). */
const CLAUSE_OPENER = /^(?:and|but|while|which|who|whom|after|before|following|as|because|although|though)$/i;

/** How many of words `from` up to `to` are not grammar words ("a", "to", "of"); infinity past a comma or the start of another clause. */
function contentWords(sentence: string, words: readonly SentenceWord[], from: number, to: number): number {
  const between = words.slice(from, to);
  if (sentence.slice(words[from]!.start, words[to]!.start).includes(',') || between.some((w) => CLAUSE_OPENER.test(w.text)))
    return Infinity;
  return between.filter((w) => w.stem !== '').length;
}

/** A word after a name that makes the name a clause's subject: "Venezuela has begun", "Sullivan pleaded". */
const SUBJECT_VERB = /^(?:has|have|had|is|are|was|were|will|would|did|does|\p{Ll}+ed)$/u;

/** True when the name ending at word `j` is joined by "and" to the name at word `from`: "Kenteris and Katerina Thanou have been cleared". */
function joinedTo(words: readonly SentenceWord[], from: number, j: number): boolean {
  let k = j;
  while (k > from + 1 && /^\p{Lu}/u.test(words[k - 1]!.text)) k--;
  return k === from + 2 && /^(?:and|&)$/i.test(words[from + 1]!.text);
}

/**
 * True when another name opens a clause of its own between word `from` and the outcome at
 * `end`, and no comma closes it: in "Almagro did not set a date, although Venezuela has begun the
 * process of leaving the bloc" the leaving is Venezuela's.
 */
function subjectBetween(sentence: string, words: readonly SentenceWord[], from: number, end: number, heads: ReadonlySet<string>): boolean {
  for (let j = from + 1; j < words.length - 1 && words[j + 1]!.end <= end; j++) {
    const w = words[j]!;
    // "the city of Cucuta located near …": a name after a preposition is its object, not a subject.
    const opens =
      /^\p{Lu}/u.test(w.text) &&
      !heads.has(w.stem) &&
      SUBJECT_VERB.test(words[j + 1]!.text) &&
      nextTo(sentence, words, j) &&
      !isObject(sentence, words, j) &&
      !joinedTo(words, from, j);
    // An aside closes before the outcome: "Almagro, who has led the OAS since Venezuela joined, resigned".
    if (opens && !sentence.slice(w.end, end).includes(',')) return true;
  }
  return false;
}

/**
 * True when words `from` up to `to` only list names with their titles: "the resignation of BBC
 * chairman Gavyn Davies, director-general Greg Dyke and reporter Andrew Gilligan" is each one's.
 */
function inNameList(words: readonly SentenceWord[], from: number, to: number): boolean {
  const capital = (k: number) => /^\p{Lu}/u.test(words[k]?.text ?? '');
  for (let k = from; k < to; k++) {
    const w = words[k]!.text;
    if (!capital(k) && !/^(?:and|of|the)$/i.test(w) && !(/^\p{Ll}[\p{L}-]*$/u.test(w) && capital(k + 1))) return false;
  }
  return true;
}
