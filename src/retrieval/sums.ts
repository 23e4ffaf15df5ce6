import { splitSentences } from '../text/sentences.js';

/**
 * Sums of money asked for by their name ("what was X's salary", "what is Yukos' revenue"), and
 * the words that give a sum of that kind. A passage with some sum near the question's names
 * does not give Yukos' revenue when its sum is a tax bill. Pure; English.
 */

/** A kind of sum, the nouns that ask for it, and the words beside which a passage gives one (any sum, when none). */
interface SumKind {
  asks: string;
  given?: RegExp;
}

/**
 * Pay, takings, profits and budgets, each also given under its common other words. A price is
 * given by any sum beside what is priced ("Drogba, Chelsea's £24m striker", "for $99").
 */
const KINDS: readonly SumKind[] = [
  {
    asks: 'salary|salaries|wages?|bonus(?:es)?',
    given: /\b(?:salar|wage|bonus|earn|income|contract|a week|per (?:week|month)|weekly|monthly)/i,
  },
  { asks: 'revenues?|turnover|takings|income', given: /\b(?:revenue|turnover|taking|sales|income|earn|gross)/i },
  { asks: 'profits?|earnings', given: /\b(?:profit|earning|income|loss|net)/i },
  { asks: 'budget|net spend', given: /\b(?:budget|spen[dt]|allocat|fund|invest)/i },
  { asks: 'price|prices|cost|fees?|pay' },
];

const SUMS = KINDS.map((k) => k.asks).join('|');
const ASKED_BY = KINDS.map((k) => new RegExp(`^(?:${k.asks})$`, 'i'));

/**
 * "What was X's salary", "what is the price of Y", "which salary does X have" (a machine reading of
 * "¿qué salario tiene X?"): a noun for a sum, ending the phrase or with "of / for / at …" or the
 * question's verb after it ("what was the budget debate about" asks no sum). It may open a part
 * of the question: "did they launch the phone? and what does it cost".
 */
const ASKS_SUM = new RegExp(
  String.raw`(?:^|[?;,]\s*|\band\s+)(?:\W*\w+\s+){0,3}?(?:what(?:['’]s|s| is| was| were| are| will be)?|which)\b.*\b(${SUMS})(?=\s*(?:$|[?.!,]|(?:of|for|at|in|on|last|this|next|per|now|then|to|does|did|do|has|had|have)\b))`,
  'i',
);

/**
 * A sum named as what something is about, or as what was said or planned of it, is not the
 * figure asked for: "what did Brown say about the budget" asks what he said.
 */
const SUM_AS_TOPIC = new RegExp(
  String.raw`\b(?:about|regarding|concerning|say|said|says|think|thinks|thought|tell|told|announce[sd]?|reveal(?:s|ed)?|promise[sd]?|plan(?:s|ned)?)\b.*\b(?:${SUMS})\b`,
  'i',
);

/** The last question read, and its answer: each candidate passage asks again for the same question. */
let lastNamed: { question: string; noun: string | null } | undefined;

/** The noun naming the sum `question` asks for ("salary"), or null when it names none. */
export function namedSum(question: string): string | null {
  if (lastNamed?.question !== question) {
    const noun = ASKS_SUM.exec(question)?.[1];
    lastNamed = { question, noun: noun === undefined || SUM_AS_TOPIC.test(question) ? null : noun };
  }
  return lastNamed.noun;
}

/**
 * True when one sentence of `text` gives a sum (matching `money`) beside a word of the kind
 * `noun` names; any sum will do when no noun is named ("how much did X pay").
 */
export function givesSumOf(noun: string | null, text: string, money: RegExp): boolean {
  const given = noun === null ? undefined : KINDS.find((_, i) => ASKED_BY[i]!.test(noun))?.given;
  if (given === undefined) return true;
  return splitSentences(text).some((s) => {
    const sentence = text.slice(s.start, s.end);
    return money.test(sentence) && given.test(sentence);
  });
}
