import { answerTypeOf, TIME_OF_DAY } from './answer-type.js';

/**
 * Figures asked for as a measure of a kind: a rate, a time of day. A passage with some figure
 * near the question's names does not give the rate of inflation when its figure is a count
 * ("hundreds of thousands fled"), nor the hour of a meeting when it gives its year. Pure; English.
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

/** True when `question` asks for a measure of some kind that `text` does not give. */
export function lacksMeasure(question: string, text: string): boolean {
  return lacksRate(question, text) || lacksTimeOfDay(question, text);
}
