import { OPENING_FILLER } from './whether.js';

/**
 * The kind of answer a question asks for: a number for "how many", a date for "when", a name
 * for "who" (whether a passage holds one is holds-answer.ts). Pure; English question words.
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
