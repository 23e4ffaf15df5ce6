/**
 * What a definite noun stands for. News names a thing once with its names ("the August 6 meeting
 * of the 14-member Lima Group", "the Venezuelan opposition") and then by its noun alone: "The
 * meeting will focus on the humanitarian aspects …" still speaks of the August meeting, and a
 * member asks "what is the august meeting gonna focus on". Pure; English.
 */
import { isPostWord } from './role.js';
import { carriedWords, type Insertion } from '../text/insertions.js';
import { splitSentences } from '../text/sentences.js';
import { nextTo, wordsOf, type SentenceWord } from '../text/words.js';

const CAPITAL = /^\p{Lu}/u;
/** A figure that names a thing with it: "August 6", "the 2016 meeting". */
const FIGURE = /^\d[\d,]*$/;
/** Capitalised words that open sentences and clauses without naming anything. */
const NOT_A_NAME = /^(?:The|A|An|This|That|These|Those|In|On|At|Of|For|And|But|Or|If|As|By|With|From|To|When|While|After|Before)$/;
/** What makes a bare noun point back: "the meeting", "the same meeting", "this plan". */
const POINTS_BACK = /^(?:the|this|that)$/i;
/** After "of", names qualify the noun before them: "the government of Venezuela". ("in" too often names where, not which.) */
const QUALIFYING = /^of$/i;
/** What closes a sentence: the names carried go just before it. */
const CLOSE = /[.!?;:]*["”’')\]]*\s*$/u;

/** A word as a noun may be written: lowercase letters, possessive and closing punctuation dropped. */
const bare = (w: string) => w.replace(/[’']s?$/u, '').replace(/[^\p{L}-]+$/u, '');
/** A word that is part of a name: capitalised, not a word that merely opens a clause. */
const named = (w: string) => (CAPITAL.test(w) && !NOT_A_NAME.test(w)) || FIGURE.test(w);

/**
 * Where sentences of `text` speak of a thing named before by their bare noun, and the names they
 * carry from it, put in brackets at the sentence's end (where they split no clause): "The
 * meeting will focus on … [August Lima Group]." A bare noun carries names only when every
 * mention of that noun before it agrees on them ("the Lima Group meeting", "the August 6
 * meeting"); an article that speaks of several ("Tuesday's meeting", "last year's meeting"), or
 * of one it never names, leaves it alone. Posts are left to the title holders; headlines are not read.
 */
export function referentInsertions(text: string): Insertion[] {
  const spans = splitSentences(text).map((s) => ({ ...s, words: wordsOf(text.slice(s.start, s.end)) }));
  const midSentence = new Set(
    spans.flatMap((s) =>
      s.words
        .slice(1)
        .filter((w) => CAPITAL.test(w.text))
        .map((w) => bare(w.text)),
    ),
  );
  // A word opening a sentence names something only when the article writes it capitalised elsewhere too.
  const isName = (words: readonly SentenceWord[], i: number) => named(words[i]!.text) && (i > 0 || midSentence.has(bare(words[i]!.text)));
  // A capitalised noun is one only when the article writes it lowercase too ("Lima Group", "the group's members"; not "Maduro").
  const lower = new Set(spans.flatMap((s) => s.words.filter((w) => !CAPITAL.test(w.text)).map((w) => bare(w.text))));
  /** Per noun: the names every mention so far agrees on, or null once they disagree. */
  const known = new Map<string, string[] | null>();
  const insertions: Insertion[] = [];
  for (const { start, end, words } of spans) {
    const sentence = text.slice(start, end);
    if (headline(words)) continue;
    const carried: string[] = [];
    words.forEach((_, i) => {
      const noun = nounOf(words, i);
      // Within a name only its last word is a noun a later sentence may use: not "Labour" of "Federal Labour Agency".
      const inName = CAPITAL.test(words[i]!.text) && nextTo(sentence, words, i) && isName(words, i + 1);
      if (noun === null || !lower.has(noun) || inName) return;
      // A figure names nothing alone ("100 countries", "the 2016 meeting"), and is not carried: "August 6" carries "August".
      const names = namesOf(sentence, words, i, isName)
        .map((n) =>
          n
            .split(' ')
            .filter((w) => !FIGURE.test(w))
            .join(' '),
        )
        .filter((n) => CAPITAL.test(n));
      const before = known.get(noun);
      if (names.length > 0) known.set(noun, before === undefined ? names : agreed(before, names));
      else if (pointsBack(sentence, words, i) && before) carried.push(...before);
      else known.set(noun, null);
    });
    const said = new Set(words.map((w) => bare(w.text)));
    const unsaid = [...new Set(carried)].filter((n) => !n.split(' ').every((w) => said.has(w)));
    if (unsaid.length > 0) insertions.push({ at: start + sentence.search(CLOSE), text: carriedWords(unsaid) });
  }
  return insertions;
}

/** The names of two mentions of one noun, when one's words hold the other's ("Lima Group", "August 6 Lima Group"); else null. */
function agreed(before: string[] | null, names: string[]): string[] | null {
  if (before === null) return null;
  const a = new Set(before.flatMap((n) => n.split(' ')));
  const b = new Set(names.flatMap((n) => n.split(' ')));
  if ([...a].every((w) => b.has(w))) return names;
  return [...b].every((w) => a.has(w)) ? before : null;
}

/** A headline or a cross-link in title case: most of its longer words capitalised. */
function headline(words: readonly SentenceWord[]): boolean {
  const long = words.filter((w) => bare(w.text).length > 3);
  return long.length >= 5 && long.filter((w) => CAPITAL.test(w.text)).length / long.length > 0.7;
}

/** The noun word `i` may be, lowercase ("meeting", "group" of "Lima Group"): singular, not short, not a post. */
function nounOf(words: readonly SentenceWord[], i: number): string | null {
  const noun = bare(words[i]!.text);
  // A plural more often speaks of a kind than of one thing named before ("the challenges").
  if (noun.length < 4 || !/^\p{L}[\p{Ll}-]+$/u.test(noun) || (/s$/.test(noun) && !/(?:ss|us|is)$/.test(noun)) || isPostWord(noun))
    return null;
  return noun.toLowerCase();
}

/** The names written with the noun at word `i`: before it ("Tuesday's OAS meeting", "Lima Group") and after "of". */
function namesOf(
  sentence: string,
  words: readonly SentenceWord[],
  i: number,
  isName: (words: readonly SentenceWord[], i: number) => boolean,
): string[] {
  const names: string[] = [];
  let from = i;
  while (from > 0 && nextTo(sentence, words, from - 1) && isName(words, from - 1)) from--;
  const before = words.slice(from, i).map((w) => bare(w.text) || w.text);
  // A capitalised noun heads a name of its own ("the Lima Group"); alone it names nothing ("Established in 2017").
  const heads = CAPITAL.test(words[i]!.text);
  if (heads && from < i) names.push([...before, bare(words[i]!.text)].join(' '));
  else if (from < i) names.push(before.join(' '));
  if (!nextTo(sentence, words, i) || !QUALIFYING.test(words[i + 1]?.text ?? '')) return names;
  let at = i + 2;
  if (/^the$/i.test(words[at]?.text ?? '') && nextTo(sentence, words, at - 1)) at++;
  // "of the 14-member Lima Group": a figure's compound before the name.
  while (/^\d/.test(words[at]?.text ?? '') && nextTo(sentence, words, at) && !named(words[at]!.text)) at++;
  let to = at;
  while (to < words.length && isName(words, to) && (to === at || nextTo(sentence, words, to - 1))) to++;
  if (to === at || !nextTo(sentence, words, at - 1)) return names;
  const after = words
    .slice(at, to)
    .map((w) => bare(w.text) || w.text)
    .join(' ');
  // "Organization of the American States" is one name; "the government of Venezuela" names Venezuela.
  names.push(
    heads && from === i ? sentence.slice(words[i]!.start, words[to - 1]!.end).replace(/[’']s?[^\p{L}]*$|[^\p{L}\d]+$/u, '') : after,
  );
  return names;
}

/** Whether the noun at word `i` stands alone after "the", "the same", "this" or "that". */
function pointsBack(sentence: string, words: readonly SentenceWord[], i: number): boolean {
  if (CAPITAL.test(words[i]!.text) && i > 0 && !/^the$/i.test(words[i - 1]!.text)) return false;
  const before = words[i - 1];
  if (before === undefined || !nextTo(sentence, words, i - 1)) return false;
  if (POINTS_BACK.test(before.text)) return true;
  return /^same$/i.test(before.text) && /^the$/i.test(words[i - 2]?.text ?? '') && nextTo(sentence, words, i - 2);
}
