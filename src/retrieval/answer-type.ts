import { isPlaceName } from '../text/geo.js';
import { WEEKDAY, YEAR } from '../text/months.js';
import { withoutCarried } from '../text/insertions.js';
import { NUMBER_WORDS } from '../text/numbers.js';
import { OPENING_FILLER } from './whether.js';

/**
 * The kind of answer a question asks for, and whether a passage holds one: a number for "how
 * many", a date for "when", a name for "who". A passage on the right subject without the
 * kind of fact asked for is related text, not an answer. Pure; English question words.
 */
export type AnswerType = 'number' | 'date' | 'person' | 'place' | 'reason' | 'any';

const TYPE_RULES: [AnswerType, RegExp][] = [
  [
    'number',
    /\b(how (many|much|large|big|long|old|far|tall|high|heavy|deep|wide|fast|often)|what (number|percentage|share|proportion|amount))\b/i,
  ],
  // "What was the inflation rate in 2019", "whats maduro's approval rating": a quantity asked by its name.
  [
    'number',
    /\bwhat(?: is| was| are| were)? (?:the )?(?:[\w'’-]+ ){0,3}?(?:rate|rating|percentage|price|cost|population|salary|budget|growth|inflation|unemployment)s?(?= (?:of|in|for|on|at|these|this|last|now|today|currently)\b| ?[?.!]?$)/i,
  ],
  // "What was the turnout", "whats the total aid": a figure asked by a word for one.
  [
    'number',
    /\bwhat(?:['’]s|s| is| was| were| are)? (?:the )?(?:(?:(?!that |which |who )\w+ ){0,2}?(?:total|tally|toll|count)|turnout|attendance|headcount|margin)\b/i,
  ],
  ['date', /\b(when|what (year|month|day|date|time)|which (year|month|day|date)|how long ago|since when)\b/i],
  ['person', /\b(who|whom|whose|which (person|official|minister|president|leader))\b/i],
  ['place', /\b(where|which (country|countries|city|cities|place|nation|nations))\b/i],
  ['reason', /\b(why|what for|for what reason|how come)\b/i],
];

/** The first matching kind, or 'any'. */
export function answerTypeOf(question: string): AnswerType {
  return answerTypesOf(question)[0] ?? 'any';
}

/**
 * Every kind a question asks for, in the order it asks: "who went and why" asks for a person
 * and a reason. Empty when it asks for no particular kind.
 */
export function answerTypesOf(question: string): AnswerType[] {
  const asked = TYPE_RULES.map(([type, rule]) => ({ type, at: askedAt(question, rule, type) }))
    .filter(({ at }) => at >= 0)
    .sort((a, b) => a.at - b.at);
  const types = asked.map(({ type }) => type).filter((type, i, all) => all.indexOf(type) === i);
  return asked.length > 0 && opensUntypedPart(question, asked[0]!.at) ? ['any', ...types] : types;
}

/** A question opening that asks for no particular kind: "what is wrong with …", "did Uefa approve …". */
const UNTYPED_OPENING = new RegExp(
  String.raw`${OPENING_FILLER}(?:what|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b`,
  'i',
);
/** Where one part of a question ends and the next begins: "… and when", "…? from when", "… - why". */
const PART_BREAK = /(?:[,;?]|\s[-–—]|\b(?:and|plus|also|then))\s*(?:(?:to|by|from|since|until|in|on|at|for)\s+)?$/i;

/**
 * The question asks a part of its own before the first part that asks for a kind: "what's wrong
 * with Kewell and when is he back", "did Uefa approve the pitches? from when". That first part is
 * what it is about; the kind asked after it is asked as well (and named when no passage gives
 * it), not what it hinges on. "Venezuelans in Peru - how many" asks nothing before its count.
 */
function opensUntypedPart(question: string, at: number): boolean {
  const before = question.slice(0, at);
  return at > 0 && PART_BREAK.test(before) && (UNTYPED_OPENING.test(question) || before.includes('?'));
}

/**
 * What may stand before a question word that asks: nothing, a conjunction or comma ("… and
 * why"), or a preposition ("in which year"). Elsewhere the word joins clauses: "what did they
 * say when it failed" asks what was said, and "the man who left" names someone.
 */
const ASKING_AFTER =
  /(?:^|[?,;:&(—–-]|\b(?:and|or|but|also|then|so|plus|in|on|at|for|from|by|to|since|until|during|know|wonder|ask|asking|tell|guess|idea|sure))\s*$/i;

/** Asks for a figure wherever it stands ("the number of migrants"). */
const NUMBER_ANYWHERE = /\bnumber of\b/i;
/** A price named in a fragment with no question word or verb before it asks one: "mac mini price uk/us?", "psp price in japan". */
const PRICE_NAMED = /\b(?:prices?|costs?)\b/i;
/**
 * Asks for a date by its name, with no question word: "date of the meeting", "pompeo trip
 * dates?". Not "did they set a date", which asks whether.
 */
const DATE_ANYWHERE = /^(?:the )?dates? of\b|(?<!\b(?:a|an|the|any|no|new|another|to)\s+)\bdates?\s*[?.!]*$/i;

/**
 * Words that make a clause a question, or give it a verb of its own: before them a "who" may join
 * a clause ("what did the man who left say"); with none of them before it, it asks ("chelsea at
 * pompey who scored", chat's "who scored for Chelsea at Portsmouth").
 */
const CLAUSE_WORDS =
  /\b(?:what|who|whom|whose|which|when|where|why|how|is|are|was|were|am|be|been|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must|said|says)\b/i;

/** Where `rule` first matches as an asking question word, or -1. */
function askedAt(question: string, rule: RegExp, type: AnswerType): number {
  const asks = (before: string) => ASKING_AFTER.test(before) || (type === 'person' && !CLAUSE_WORDS.test(before));
  const asking = [...question.matchAll(new RegExp(rule.source, 'gi'))].find((m) => asks(question.slice(0, m.index)));
  const anywhere = type === 'number' ? numberNamedAt(question) : type === 'date' ? question.search(DATE_ANYWHERE) : -1;
  const found = [asking?.index ?? -1, anywhere].filter((at) => at >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}

/** Where a figure is asked by its name ("the number of", a fragment's "price"), or -1. */
function numberNamedAt(question: string): number {
  const price = question.search(PRICE_NAMED);
  const found = [question.search(NUMBER_ANYWHERE), price >= 0 && !CLAUSE_WORDS.test(question.slice(0, price)) ? price : -1];
  const at = found.filter((i) => i >= 0);
  return at.length === 0 ? -1 : Math.min(...at);
}

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
    String.raw`\b\d+(st|nd|rd|th)\b`,
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
