import { answerTypesOf } from './answer-type.js';
import { TIME_OF_DAY } from './holds-answer.js';
import { YEAR } from '../text/months.js';
import { NUMBER_WORDS } from '../text/numbers.js';
import { givesSumOf, namedSum } from './sums.js';

/**
 * Figures asked for as a measure of a kind: a rate, a time of day, a length, an amount, a price,
 * an age, a score. A passage with some figure near the question's names does not give the rate
 * of inflation when its figure is a count ("hundreds of thousands fled"), the hour of a meeting
 * when it gives its year, nor how long the meeting lasted when it gives its day. Pure; English.
 */

/** The kinds of measure a question may ask for. */
export type MeasureKind = 'rate' | 'time' | 'length' | 'money' | 'amount' | 'age' | 'score' | 'penalty';

/** A measure: its kind, how a question asks for it, and whether a passage gives one. */
interface Measure {
  kind: MeasureKind;
  asks: (question: string) => boolean;
  gives: (text: string, question: string) => boolean;
}

const A_YEAR = new RegExp(String.raw`\b${YEAR}\b`);
/** A share as the articles write one: "76%", "5.4 percent", "one in three", "per capita". */
const RATE_FIGURE =
  /\d\s*(%|percent|per cent|percentage points?)|\bper (cent|capita|\d)|\b(one|\d+) (in|out of) (every )?(\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)\b/i;
const COUNT = String.raw`(?:\d[\d,.]*|an?|${NUMBER_WORDS}|few|many)`;
/** A length of time or distance: "two hours", "a 52-year long conflict", "three-day summit", "2,219 km", "overnight". */
const LENGTH = new RegExp(
  String.raw`\b${COUNT}[\s-]+(?:[\w-]+\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies)|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|ft|yards?|yds|cm|centimet(?:re|er)s?|inch(?:es)?)\b|\b(?:overnight|all day|all night|(?:hours|days|weeks|years)-long|since \d{4})\b`,
  'i',
);
/** A span between two days: "on 11-15 April", "from March 3 to 7". */
const SPAN = /\b\d{1,2}\s*[-–]\s*\d{1,2}\s+\p{L}{3,}|\bfrom\s+\p{L}+\s+\d{1,2}\s+(?:to|until)\s+\d{1,2}\b/iu;
/** Money: "$60 million", "£3.5m", "200 euros", "450p". */
const MONEY = new RegExp(
  String.raw`[$€£¥]\s?\d|\b\d[\d,.]*p\b|\b${COUNT}[\s-]+(?:[\w-]+\s+)?(?:dollars?|euros?|pounds?|pence|cents?|yen|pesos?|bol[ií]vares|bolivars?)\b`,
  'i',
);
/** What a sentence giving a sum of money carries, and what a word for money asks: no word stems to it. */
export const SUM_TERM = '#sum';

/** Words for money as such: a sentence giving a sum ("$60 million in humanitarian aid") carries them. */
const MONEY_WORDS = new Set(['money', 'cash', 'funds', 'funding']);

/** True when `word` (folded) is a word for money as such. */
export function isMoneyWord(word: string): boolean {
  return MONEY_WORDS.has(word);
}

/** True when `text` gives a sum of money. */
export function writesSum(text: string): boolean {
  return MONEY.test(text);
}

/** A multiple: "10 times more powerful", "twice as fast", "a three-fold rise". */
const MULTIPLE = String.raw`\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand)[\s-]*(?:times|fold)\b|\b(?:twice|double|triple|treble)\b`;

/** An amount: money, a share, a multiple, or a figure with its unit ("3m barrels", "5%"). */
const AMOUNT = new RegExp(
  String.raw`${MONEY.source}|${RATE_FIGURE.source}|${MULTIPLE}|\b${COUNT}[\s-]+(?:[\w-]+\s+)?(?:barrels?|tonnes?|tons?|lit(?:re|er)s?|gallons?|kilos?|kilograms?|kg|bpd|million|billion|trillion|bn)\b|\b\d[\d,.]*(?:m|bn|k)\b`,
  'i',
);
/** An age: "the 19-year-old", "aged 42", "Rooney, 19,". */
const AGE = /\b\d{1,3}-year-old\b|\baged? \d{1,3}\b|\b\d{1,3} years old\b|\p{Lu}\p{Ll}+, \d{1,3},/u;
const AGES = new RegExp(AGE.source, 'gu');
/** How long something lasted or measures, or how tall, far, deep or wide it is. */
const LENGTH_MEASURE: Measure = {
  kind: 'length',
  asks: (q) => /\bhow long\b(?!\s+ago\b)|\bhow (?:tall|far|deep|wide)\b/i.test(q),
  // "How long has X existed" is answered by the year it began.
  gives: (t, q) => LENGTH.test(t) || SPAN.test(t) || (/\bhow long (?:has|have|had)\b/i.test(q) && A_YEAR.test(t)),
};

/** How fast something grew or fell: a rate answers ("grew by 8.1%"), not any figure beside it. */
const GROWTH_PACE =
  /\bhow (?:fast|quickly|rapidly)\b.*\b(?:grow|grew|grown|growing|rise|rose|risen|rising|fall|fell|fallen|falling|increased?|expand(?:ed)?|shr[iau]nk|climb(?:ed)?|drop(?:ped)?|declined?)\b/i;

/** A price asked per unit: "how much per share", "what price per tonne". */
const PER_UNIT = /\bper (\p{L}+)/iu;

/**
 * Asked a price per unit, whether `text` gives a sum for one: "£4.50 a share", "$1,500 per
 * tonne", "$200/tonne"; a company's worth or a subsidy's total is no price per share or tonne.
 * True when no unit is asked.
 */
function givesPerUnit(question: string, text: string): boolean {
  const unit = PER_UNIT.exec(question)?.[1];
  if (unit === undefined) return true;
  const stem = unit.toLowerCase().replace(/e?s$/, '');
  return new RegExp(String.raw`(?:\b(?:per|a|an|each)\s+|/\s*)${stem}`, 'i').test(text);
}

/**
 * A court's or a body's penalty asked for: "what sentence did X get", "whats the punishment". A
 * term ("46 months"), a fine, or the penalty named ("jailed", "banned", "life") gives one; a
 * passage saying only that someone faces charges does not.
 */
const PENALTY: Measure = {
  kind: 'penalty',
  asks: (q) =>
    /\b(?:what|which)(?:['’]s|s| is| was| were)?(?:\s+(?:the|a|an|his|her|their|its|kind of|sort of|jail|prison|final|\p{L}+['’]s))*\s+(?:sentences?|punishments?)\b/iu.test(
      q,
    ),
  gives: (t) =>
    LENGTH.test(t) ||
    MONEY.test(t) ||
    /\b(?:life|jailed|imprison(?:ed|ment)|suspended|community (?:service|order)|fined|bann(?:ed|ing)|probation|acquitted|cleared|executed)\b/i.test(
      t,
    ),
};

const MEASURES: readonly Measure[] = [
  // A rate: "what was the inflation rate", "what percentage", "what was Italy's growth", "how fast did the economy grow".
  {
    kind: 'rate',
    asks: (q) =>
      (answerTypesOf(q).includes('number') && /\b(rate|percentage|proportion|per ?cent|growth|inflation|unemployment)s?\b/i.test(q)) ||
      GROWTH_PACE.test(q),
    gives: (t) => RATE_FIGURE.test(t),
  },
  { kind: 'time', asks: (q) => /\b(what|which) (time|hour)\b/i.test(q), gives: (t) => TIME_OF_DAY.test(t) },
  LENGTH_MEASURE,
  {
    kind: 'money',
    // "How much did X pay", and "what was X's salary / the price of Y": a sum is the answer.
    asks: (q) =>
      /\bhow much\b.*\b(pa(?:y|id)|costs?|spen[dt]|worth|charged?|earn(?:ed)?|fined?|ma(?:k|d)e|gross(?:ed)?|raised?|money|offer(?:s|ed|ing)?|bid|sell (?:\S+ )*for|sold for|per share)\b/i.test(
        q,
      ) ||
      namedSum(q) !== null ||
      // Chat asks a price by its name alone at the end: "nintendo ds us price?".
      /\b(?:prices?|costs?|fees?)\s*[?.!]*$/i.test(q),
    // A sum asked by its name is given beside a word of its kind: a tax bill is no revenue.
    gives: (t, q) => MONEY.test(t) && givesSumOf(namedSum(q), t, MONEY) && givesPerUnit(q, t),
  },
  // "How much longer", "how much time": a length too, though not someone's age ("the 48-year-old").
  { kind: 'amount', asks: (q) => /\bhow much\b/i.test(q), gives: (t) => AMOUNT.test(t) || LENGTH.test(t.replace(AGES, '')) },
  { kind: 'age', asks: (q) => /\bhow old\b/i.test(q), gives: (t) => AGE.test(t) },
  PENALTY,
  // "What was the score", "moya v roddick, final score?": a result written as one ("6-2", "2-1").
  {
    kind: 'score',
    asks: (q) => /\bwhat(?:['’]s|s| is| was| were)? (?:the )?(?:final )?score(?:line)?s?\b|\bscore(?:line)?s?\s*[?.!]*$/i.test(q),
    gives: (t) => /\b\d{1,3}\s*[-–]\s*\d{1,3}\b/.test(t),
  },
];

/**
 * The measures `question` asks for, read once per question: every candidate passage, and its
 * headline, is judged against the same question, so the last answer is kept.
 */
let lastAsked: { question: string; measures: readonly Measure[] } | undefined;
function measuresAsked(question: string): readonly Measure[] {
  if (lastAsked?.question !== question) lastAsked = { question, measures: MEASURES.filter((m) => m.asks(question)) };
  return lastAsked.measures;
}

/** The kind of measure `question` asks for (a rate, a length, a price …), or null. */
export function askedMeasure(question: string): MeasureKind | null {
  return measuresAsked(question)[0]?.kind ?? null;
}

/** True when `question` asks for a measure of some kind that `text` does not give. */
export function lacksMeasure(question: string, text: string): boolean {
  return measuresAsked(question).some((m) => !m.gives(text, question));
}

/** True when `question` asks how long and `text` gives a length, which may be a span of dates ("11-15 April") a figure's check does not count. */
export function givesLength(question: string, text: string): boolean {
  return measuresAsked(question).includes(LENGTH_MEASURE) && LENGTH_MEASURE.gives(text, question);
}
