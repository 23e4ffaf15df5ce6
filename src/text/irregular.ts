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
  grew: 'grow',
};

/**
 * The irregular pasts joined to their verb both ways when a question is searched: "did X grow"
 * finds "X grew", "who did Pompeo meet" finds "Pompeo met". Not those that are words of their
 * own ("left", "led", "rose", "found", "fell", "saw", "drew"), nor a light verb's ("got", "took"):
 * those would find what the question does not ask.
 */
const JOINED = new Set(
  'held met grew won lost bought sold paid told began wrote sought spent built chose fought stood broke struck withdrew overthrew threw froze spoke sent brought'.split(
    ' ',
  ),
);

/** The joined pasts by their base: "grow" → "grew". */
const JOINED_PAST: ReadonlyMap<string, string> = new Map([...JOINED].map((past) => [PAST_OF[past]!, past]));

/** Irregular pasts kept apart from {@link baseOfPast}: "said Videgaray" is how news reports speech, not a verb before a name. */
const OTHER_PASTS: Readonly<Record<string, string>> = {
  said: 'say',
  heard: 'hear',
  thought: 'think',
  meant: 'mean',
  did: 'do',
  had: 'have',
};

/** The irregular pasts of a verb's base ("run" → ["ran"], "say" → ["said"]); empty for a regular verb. */
export function pastsOf(base: string): string[] {
  const lower = base.toLowerCase();
  return Object.entries({ ...PAST_OF, ...OTHER_PASTS })
    .filter(([, b]) => b === lower)
    .map(([past]) => past);
}

/** The base form of an irregular past ("held" → "hold"), or the word itself. */
export function baseOfPast(word: string): string {
  return PAST_OF[word.toLowerCase()] ?? word;
}

/**
 * The stems of a word's other forms that Porter does not join to its own: a verb in -ie and its
 * -ied and -ies forms ("die" stems to "die", "died" and "dies" to "di"), so "how did john peel
 * die" finds "Peel died after …"; and a verb and its irregular past, as {@link JOINED} lists them,
 * from the base ("grow", "grows") or the past ("grew"); a short verb in -ue and its -ued and
 * -uing forms ("sue", "sued", "suing"). Empty for any other word.
 */
export function otherStems(word: string): string[] {
  const lower = word.toLowerCase();
  const own = tokenize(lower)[0];
  if (/^[a-z]{1,3}ie$/.test(lower)) return tokenize(`${lower}d`).filter((stem) => stem !== own);
  // "sue" and "sues" stem to "sue", "sued" and "suing" to "su".
  const ue = /^([a-z]{1,3}u)(?:(e|es)|ing|ed)$/.exec(lower);
  if (ue !== null) return tokenize(ue[2] === undefined ? `${ue[1]}e` : `${ue[1]}ed`).filter((stem) => stem !== own);
  if (JOINED.has(lower)) return tokenize(PAST_OF[lower]!).filter((stem) => stem !== own);
  const past = JOINED_PAST.get(lower.replace(/(?<=[^s])s$/, ''));
  return past === undefined ? [] : tokenize(past).filter((stem) => stem !== own);
}
