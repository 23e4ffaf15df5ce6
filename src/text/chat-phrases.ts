/**
 * Chat phrases read as the articles write them, after shorthand is spelled out and before filler
 * goes: "whats it cost", "what %", "thailand's pm", "oct 21 thru aug", "came 2nd", "an 8x10
 * print", "photo op", a closing "tho" or "stuff". Only general English chat conventions, never a
 * word of a corpus. Pure.
 */
import { MONTH_NAMES, MONTH_WORD, monthNumber, YEAR } from './months.js';

/** "october 21 through august": two figures up to 29 after a month, and none after the month the span runs to, are a year. */
const MONTH_YEAR_RANGE = new RegExp(
  String.raw`\b(${MONTH_WORD})\s+'?([0-2]\d)\s*(thru|through|to|until|till|-|–)\s*(${MONTH_WORD})\b(?!\s*\d)`,
  'gi',
);

/** An ordinal under ten in figures ("2nd"), and the words news writes for them. */
const ORDINAL_FIGURE = /\b([1-9])(?:st|nd|rd|th)\b/gi;
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const MONTH_NEAR = new RegExp(String.raw`\b${MONTH_WORD}\b`, 'i');

/** A year joined by a hyphen to a month: "2021-aug". */
const YEAR_TO_MONTH = new RegExp(String.raw`\b(${YEAR})\s*[-–]\s*(${MONTH_WORD})\b`, 'gi');

/** "btw" before a pair ("btw the 2016 and 2017 votes", "btw peru n chile"), not before a question ("btw who and why"). */
const BETWEEN =
  /\bbtw\b(?!\s+(?:who|what|when|where|why|how|which|did|does|do|is|was|are|were|can|will|i|u|you)\b)(?=\s+(?:the\s+)?[^\s?!.,]+(?:\s+[^\s?!.,]+)?\s+(?:and|&|n)\s)/gi;

/** "what is it cost", "what is that mean": "what's" before a pronoun and a verb that takes "does". */
const WHAT_DOES = /\bwhat is (it|that|this) (cost|mean|say|take|need|involve|include|require)\b/gi;

/** "whats he been doing", "who's been picked": before "been", "'s" is "has". */
const HAS_BEEN = /\b(what|who|where|how|why|when|it|he|she|that|there) is ((?:he|she|it|they|that|this|there|everyone|anyone)\s+)?been\b/gi;

/** "the no.1 pick", "#1 seed", "no1": the first place, as news writes it; "no 1 knows" is "no one", left alone. */
/** "thing" closing a clause after what it stands for: "the visa thing", not "the same thing" or "one thing". */
const THING_AFTER_NAME =
  /(?<!\b(?:the|a|an|this|that|one|whole|same|only|first|last|next|other|any|some|every|no|each|such|main|big|real|right|wrong|good|bad|best|worst))\s+thing(?=\s*(?:[?!.,;]|$))/gi;
const NUMBER_ONE = /\bno\.\s?1\b|\bno1\b|(?<![\w#])#1\b/gi;

/** `text` with its chat phrases written as the articles write them. */
export function rewriteChatPhrases(input: string): string {
  // "whats it cost" opened as "what is it cost": before a bare verb, "what's" is "what does".
  let text = input.replace(WHAT_DOES, 'what does $1 $2');
  text = text.replace(HAS_BEEN, (_m, lead: string, subject: string | undefined) => `${lead} has ${subject ?? ''}been`);
  // "photo op" is a photo opportunity, no acronym; "… tho?" ending a question adds nothing to it.
  text = text.replace(/\bphoto[- ]?ops?\b/gi, 'photo opportunity').replace(/\s+(?:tho|though)(?=\s*[?!.]*$)/i, '');
  // "what %" asks a percentage; "thailand's pm" is its prime minister, "5 pm" a time.
  text = text.replace(/\b(what|which)\s*%/gi, '$1 percentage').replace(/(?<!\d\s?)\bpm\b(?!\s?\d)/g, 'prime minister');
  // "oct 21 thru aug": a month with two figures, then another month with none, spans years.
  text = text.replace(MONTH_YEAR_RANGE, (_m, from: string, year: string, to: string, until: string) => `${from} 20${year} ${to} ${until}`);
  // "came 2nd": news writes a place under ten in words ("came second"); a day keeps its figure ("July 2nd").
  text = text.replace(ORDINAL_FIGURE, (m: string, n: string, offset: number, all: string) =>
    MONTH_NEAR.test(all.slice(Math.max(0, offset - 12), offset + m.length + 12)) ? m : ORDINAL_WORDS[Number(n) - 1]!,
  );
  // "oct 2021-aug 2022": a year, a hyphen, then a month cut short opens the span's end.
  text = text.replace(YEAR_TO_MONTH, (_m, year: string, month: string) => `${year} to ${MONTH_NAMES[monthNumber(month)! - 1]!}`);
  // "btw the 2016 and 2017 votes": before two things joined by "and", "btw" is "between", not "by the way".
  text = text.replace(BETWEEN, 'between');
  text = text.replace(NUMBER_ONE, 'number one');
  // "an 8x10 print": a size, not a name "X10".
  text = text.replace(/\b(\d+)\s?x\s?(\d+)\b/gi, '$1 by $2');
  // "and stuff" closing a clause is filler; "stuff mag's gadget list" names a magazine. So is
  // "thing" after what it stands for ("the lima group thing"), not after a word asking which thing.
  return text.replace(/\s+stuff(?=\s*(?:[?!.,;]|$))/gi, '').replace(THING_AFTER_NAME, '');
}
