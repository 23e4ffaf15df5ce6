import type { KeyTerm } from './key-terms.js';
import { isPostWord } from './role.js';
import { isEnglishWord } from '../text/lexicon.js';
import { isYear, monthNumber } from '../text/months.js';
import { isDay } from './days.js';
import { tokenize } from '../text/tokenize.js';

/** One name made of two neighbouring terms. */
function joined(a: KeyTerm, b: KeyTerm): KeyTerm {
  return {
    text: `${a.text} ${b.text}`,
    alternatives: [[...a.alternatives[0]!, ...b.alternatives[0]!]],
    entity: true,
    inCorpus: false,
    weight: Math.max(a.weight, b.weight),
    words: { first: a.words.first, last: b.words.last },
  };
}

/**
 * Finds the names a question uses that the corpus never mentions, as the member wrote them:
 * - neighbouring names the corpus lacks are one name ("evo morales", not "evo" and "morales");
 * - two neighbouring names that the corpus knows apart but never in one passage are a name it
 *   does not hold ("xbox 360", "windows vista" in a corpus that has "Xbox", "360" and
 *   "Windows" but not those products), when the question is a sentence rather than a list of
 *   topics;
 * - a first name and a surname the corpus writes, each of someone else, but never together
 *   ("brendan cole" where it has "Brendan Barber" and "Ashley Cole"), even in a passage naming
 *   both people: `unpaired` says which pairs those are. Pure.
 */
export function joinMissingNames(
  terms: readonly KeyTerm[],
  cooccur: (a: string, b: string) => boolean,
  sentence = true,
  unpaired: (first: KeyTerm, last: KeyTerm) => boolean = () => false,
): KeyTerm[] {
  const out: KeyTerm[] = [];
  terms.forEach((term, i) => {
    const last = out[out.length - 1];
    const neighbours = last !== undefined && last.entity && term.entity && term.words.first === last.words.last + 1;
    // "Colombia's president", "Canada's foreign minister": a post and whose it is, not one name
    // (see role.ts); nor is a post and its holder ("AMR CEO Gerard Arpey").
    const post = isPostWord(term.text) || isPostWord(terms[i + 1]?.text ?? '') || (last !== undefined && isPostWord(last.text));
    if (neighbours && !last.inCorpus && !term.inCorpus) out[out.length - 1] = joined(last, term);
    // Only in a sentence: a list of topics ("Venezuela OAS Lima Group") names one thing per word.
    else if (
      neighbours &&
      !post &&
      last.inCorpus &&
      term.inCorpus &&
      !isDate(last, term) &&
      (unpaired(last, term) || (sentence && !together(last, term, cooccur)))
    )
      out[out.length - 1] = joined(last, term);
    else out.push(term);
  });
  return out;
}

const FIGURE = /^\d+$/;

/**
 * A month and a figure side by side ("April 2019", "6 August") are a date, which a dateline may
 * give, not a name; so is a day asked about beside anything ("the August 6 Lima Group meeting"),
 * and a year before or after a name says when, not which ("the 2017 OAS votes").
 */
function isDate(a: KeyTerm, b: KeyTerm): boolean {
  const month = (t: KeyTerm) => monthNumber(t.text) !== null;
  const year = (t: KeyTerm) => isYear(t.text);
  return (month(a) && FIGURE.test(b.text)) || (FIGURE.test(a.text) && month(b)) || isDay(a) || isDay(b) || year(a) || year(b);
}

/** Some passage holds a form of each: the pair may be one name the corpus knows. */
function together(a: KeyTerm, b: KeyTerm, cooccur: (a: string, b: string) => boolean): boolean {
  return a.alternatives.some((fa) => b.alternatives.some((fb) => fa.every((x) => fb.every((y) => x === y || cooccur(x, y)))));
}

/**
 * "What did the pope say": the one word before a verb of saying or wanting names who is asked
 * about, whatever its case. When the corpus never uses that word at all, it cannot hold what
 * they said, and the word is treated as a name it never mentions ("The corpus never mentions
 * the pope."). Only a single word is read: "what do UN people say" names the UN.
 */
const SPEAKER =
  /^(?:what|how|why|when|where)\s+(?:did|does|do|has|have|had|would|will)\s+(?:the\s+)?([\p{L}]+)\s+(?:say|said|tell|think|want|claim|announce|ask|warn|feel|propose|suggest|argue)\b/iu;

/** `terms` with the absent speaker, if any, marked as a name (see {@link SPEAKER}). Pure. */
export function markAbsentSpeaker(terms: readonly KeyTerm[], question: string, weight: number): KeyTerm[] {
  const speaker = SPEAKER.exec(question.trim())?.[1]?.toLowerCase();
  if (speaker === undefined) return [...terms];
  return terms.map((t) => (t.text.toLowerCase() === speaker && !t.inCorpus && !t.entity ? { ...t, entity: true, noun: true, weight } : t));
}

/** Words after which a name is a subject ("did lulas …" is rare; "did Morales win" is not). */
const AUXILIARIES = new Set('did does do will would can could should has have had'.split(' '));
/** Verbs that follow a subject directly ("Morales says"), so its final s is its own. */
const SUBJECT_VERBS = new Set('say says said think thinks thought want wants wanted tell tells told'.split(' '));

/**
 * A name the corpus never mentions, typed with a possessive but no apostrophe ("lulas view",
 * "whats machados take"), shown without the s: "The corpus never mentions Lula.", not "Lulas".
 * Only when a common noun follows it and no auxiliary stands before it, and the name without
 * its s is no English word ("Morales" stays: "morale"). `words` are the question's words, folded.
 */
export function dropTypedPossessive(terms: readonly KeyTerm[], words: readonly string[]): KeyTerm[] {
  return terms.map((t) => {
    if (!t.entity || t.inCorpus || !/[^s']s$/i.test(t.text)) return t;
    const next = words[t.words.last + 1];
    const before = words[t.words.first - 1] ?? '';
    const bare = t.text.slice(0, -1);
    const noun = next !== undefined && isEnglishWord(next) && tokenize(next).length > 0 && !SUBJECT_VERBS.has(next);
    const lastWord = bare.split(/\s+/).at(-1)!.toLowerCase();
    // After "the" the name is a modifier, not an owner: "the ebbers trial", "the williams sisters".
    return noun && !AUXILIARIES.has(before) && before !== 'the' && !isEnglishWord(lastWord) ? { ...t, text: bare } : t;
  });
}
