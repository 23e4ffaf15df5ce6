import { tokenize } from './tokenize.js';

/**
 * English verbs whose past differs from their base beyond what a stemmer undoes ("held" is no
 * form of "hold" to Porter), as news writes them. Pure.
 */
const PAST_OF: Readonly<Record<string, string>> = {
  held: 'hold',
  met: 'meet',
  went: 'go',
  took: 'take',
  gave: 'give',
  made: 'make',
  told: 'tell',
  won: 'win',
  lost: 'lose',
  bought: 'buy',
  left: 'leave',
  came: 'come',
  saw: 'see',
  got: 'get',
  found: 'find',
  ran: 'run',
  began: 'begin',
  spoke: 'speak',
  sent: 'send',
  brought: 'bring',
  paid: 'pay',
  sold: 'sell',
  kept: 'keep',
  fell: 'fall',
  rose: 'rise',
  wrote: 'write',
  sought: 'seek',
  spent: 'spend',
  built: 'build',
  led: 'lead',
  chose: 'choose',
  fought: 'fight',
  became: 'become',
  stood: 'stand',
  broke: 'break',
  struck: 'strike',
  withdrew: 'withdraw',
  overthrew: 'overthrow',
  flew: 'fly',
  drew: 'draw',
  threw: 'throw',
  froze: 'freeze',
};

/** The base form of an irregular past ("held" → "hold"), or the word itself. */
export function baseOfPast(word: string): string {
  return PAST_OF[word.toLowerCase()] ?? word;
}

/**
 * The stems of a word's other forms that Porter does not join to its own: a verb in -ie and its
 * -ied and -ies forms ("die" stems to "die", "died" and "dies" to "di"). So "how did john peel
 * die" finds "Peel died after …". Irregular pasts are left out: many are words of their own
 * ("left", "lead", "rose", "found"), and light verbs ("got" / "get") match everything. Empty for any other word.
 */
export function otherStems(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^[a-z]{1,3}ie$/.test(lower)) return [];
  const own = tokenize(lower)[0];
  return tokenize(`${lower}d`).filter((stem) => stem !== own);
}
