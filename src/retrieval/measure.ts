import { answerTypeOf, TIME_OF_DAY } from './answer-type.js';

/**
 * Figures asked for as a measure of a kind: a rate, a time of day, a length, an amount. A passage with some
 * figure near the question's names does not give the rate of inflation when its figure is a count
 * ("hundreds of thousands fled"), the hour of a meeting when it gives its year, nor how long the
 * meeting lasted when it gives its day. Pure; English.
 */

/** A figure asked for as a share of something ("the inflation rate", "what percentage"). */
const RATE = /\b(rate|percentage|proportion|per ?cent)s?\b/i;
/** A share as the articles write one: "76%", "5.4 percent", "one in three", "per capita". */
const RATE_FIGURE =
  /\d\s*(%|percent|per cent|percentage points?)|\bper (cent|capita|\d)|\b(one|\d+) (in|out of) (every )?(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)\b/i;

/** True when a figure `question` asks for is a rate and `text` gives none. */
export function lacksRate(question: string, text: string): boolean {
  return answerTypeOf(question) === 'number' && RATE.test(question) && !RATE_FIGURE.test(text);
}

/** A time of day asked for: "what time", "at what hour". */
const ASKS_TIME = /\b(what|which) (time|hour)\b/i;

/** True when `question` asks for a time of day and `text` gives none: "Established in 2017" says no hour. */
export function lacksTimeOfDay(question: string, text: string): boolean {
  return ASKS_TIME.test(question) && !TIME_OF_DAY.test(text);
}

/** A length asked for: "how long did the meeting last", "how long is the border"; not "how long ago", which asks a date. */
const ASKS_LENGTH = /\bhow long\b(?!\s+ago\b)/i;
/** A length as the articles write one: "two hours", "a 52-year long conflict", "three-day summit", "2,219 km", "overnight". */
const LENGTH =
  /\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|several|few|many|dozens?)[\s-]+(?:[\w-]+\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies)|km|kilometres?|kilometers?|miles?|metres?|meters?)\b|\b(?:overnight|all day|all night|hours-long|days-long|weeks-long|years-long|since \d{4})\b/i;

/** A span between two days: "on 11-15 April", "from March 3 to 7". */
const SPAN = /\b\d{1,2}\s*[-–]\s*\d{1,2}\s+\p{L}{3,}|\bfrom\s+\p{L}+\s+\d{1,2}\s+(?:to|until)\s+\d{1,2}\b/iu;
/** "How long has X existed" is answered by when it began: "Established in 2017". */
const SINCE_WHEN = /\bhow long (?:has|have|had)\b/i;

/** True when `question` asks how long something lasted or measures and `text` gives no length: "Tuesday's meeting" says none. */
export function lacksLength(question: string, text: string): boolean {
  if (!ASKS_LENGTH.test(question) || LENGTH.test(text) || SPAN.test(text)) return false;
  return !(SINCE_WHEN.test(question) && /\b(?:1[89]|20)\d\d\b/.test(text));
}

/** True when `question` asks how long and `text` gives a length, which may be a span of dates ("11-15 April") a figure's check does not count. */
export function givesLength(question: string, text: string): boolean {
  return ASKS_LENGTH.test(question) && !lacksLength(question, text);
}

/** An amount asked for: "how much aid", "how much did it cost". */
const ASKS_AMOUNT = /\bhow much\b/i;
/** An amount as the articles write one: money, a share, or a figure with its unit ("$60 million", "3m barrels", "5%"). */
const AMOUNT =
  /[$€£¥]\s?\d|\d\s*(?:%|percent|per cent)|\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundreds?|thousands?|millions?|billions?)[\s-]+(?:[\w-]+\s+)?(?:dollars?|euros?|pounds?|yen|pesos?|bol[ií]vares|bolivars?|barrels?|tonnes?|tons?|litres?|liters?|gallons?|kilos?|kilograms?|kg|bpd|million|billion|trillion|bn)\b|\b\d[\d,.]*(?:m|bn|k)\b/i;

/** True when `question` asks how much and `text` gives no amount nor length: "much of its arguments" is none. */
export function lacksAmount(question: string, text: string): boolean {
  return ASKS_AMOUNT.test(question) && !AMOUNT.test(text) && !LENGTH.test(text);
}

/** True when `question` asks for a measure of some kind that `text` does not give. */
export function lacksMeasure(question: string, text: string): boolean {
  return lacksRate(question, text) || lacksTimeOfDay(question, text) || lacksLength(question, text) || lacksAmount(question, text);
}
