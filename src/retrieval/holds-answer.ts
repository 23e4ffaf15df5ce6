import { isPlaceName } from '../text/geo.js';
import { WEEKDAY, YEAR } from '../text/months.js';
import { withoutCarried } from '../text/insertions.js';
import { NUMBER_WORDS } from '../text/numbers.js';
import type { AnswerType } from './answer-type.js';

/**
 * Whether a passage holds the kind of answer a question asks for (see answer-type.ts): a figure
 * that is no year or date, a date, a name the question does not give, a reason. A passage on the
 * right subject without the kind of fact asked for is related text, not an answer. Pure; English.
 */

const MONTH =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
const WEEKDAY_WORD = new RegExp(String.raw`\b${WEEKDAY}\b`, 'i');
/** A time of day as the articles write one: "noon", "10:30", "9 am". */
export const TIME_OF_DAY =
  /\b(noon|midday|midnight|morning|afternoon|evening|tonight|today|tomorrow|yesterday|o'clock|\d{1,2}(:\d\d)?\s?(am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d\d)\b/i;
const NUMBER_WORD = new RegExp(String.raw`\b(?:${NUMBER_WORDS}|half|majority)\b`, 'i');
const CAPITAL_NAME = /\p{Lu}[\p{Ll}’'-]+(?:\s+(?:de|da|del|la|van|von)?\s*\p{Lu}[\p{Ll}’'-]+)+/gu;
const ACRONYM = /\b\p{Lu}{2,}\b/gu;
// A capitalised word or run of them inside a sentence ("hosted by Mexico"), not at its start, where any word is capitalised.
const MID_SENTENCE_NAME = /(?<=[\p{Ll}\d,;:)]\s+)\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+)*/gu;
const CALENDAR = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;
const REASON =
  /\b(because|due to|in order to|so that|as a result|after|since|aim(ed)? (at|to)|in the face of|to (help|stop|end|prevent|restore|pressure|apply|promote|oust)|amid|following|on (fears|concerns|worries|hopes|expectations|signs|news|reports)|(driven|fu?ell?ed|caused|prompted|hit|hurt|boosted) by|blamed (it )?on|thanks to|in a bid to|over (claims|allegations|fears|concerns|worries|doubts|complaints|a row|a dispute)|on (the )?grounds (of|that))\b/i;

const A_YEAR = new RegExp(String.raw`\b${YEAR}\b`);
const DATE_FIGURES = new RegExp(
  [
    String.raw`\b${YEAR}\b`,
    // "For the 21st time" counts the times, as "47th" in "the 47th General Assembly" counts nothing.
    String.raw`\b\d+(st|nd|rd|th)\b(?!\s+times?\b)`,
    String.raw`${MONTH.source}\.?\s+\d{1,2}\b`,
    String.raw`\b\d{1,2}(\s*[-–]\s*\d{1,2})?\s+${MONTH.source}`,
    String.raw`\b\d{1,2}(:\d\d)?\s?(am|pm|a\.m\.|p\.m\.)`,
    String.raw`\b\d{1,2}:\d\d\b`,
  ].join('|'),
  'gi',
);

/** `text` with its years, dates, ordinals and times of day removed. */
function withoutDates(text: string): string {
  return text.replace(DATE_FIGURES, ' ');
}

/**
 * True when `text` contains the kind of fact `type` asks for ('any' always does). For "who" and
 * "where", the name must be one the question does not give: `given` tells whether a name's
 * head word (its last, "Nestor Popolizio" → "Popolizio") is one the question already names,
 * so "who replaced Popolizio" is not answered by a sentence naming only Popolizio.
 */
export function holdsAnswerType(read: string, type: AnswerType, given: (head: string) => boolean = () => false): boolean {
  const text = withoutCarried(read);
  switch (type) {
    case 'number':
      // A year, a date or an ordinal ("the 47th General Assembly") is not the figure asked for.
      return /\d/.test(withoutDates(text)) || NUMBER_WORD.test(text);
    case 'date':
      return (
        A_YEAR.test(text) ||
        MONTH.test(text) ||
        WEEKDAY_WORD.test(text) ||
        /\b(last|next|this) (week|month|year)\b/i.test(text) ||
        TIME_OF_DAY.test(text)
      );
    case 'person':
    case 'place':
      return [...text.matchAll(CAPITAL_NAME), ...text.matchAll(ACRONYM), ...text.matchAll(MID_SENTENCE_NAME)]
        .map((m) => m[0].replace(/[’']s$/, ''))
        .some((name) => {
          const head = name.split(/\s+/).at(-1)!;
          // A country, its people or its capital is not who did something ("who is the US envoy" is not "Mexico").
          return !CALENDAR.test(head) && !given(head) && !(type === 'person' && isPlaceName(name));
        });
    case 'reason':
      return REASON.test(text);
    case 'any':
      return true;
  }
}
