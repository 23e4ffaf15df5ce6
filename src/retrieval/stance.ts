/**
 * Where someone stands on something, asked and stated. Asked "Mexico's policy on Venezuela", a
 * passage saying "Mexico's position will not change" or "its stance against Maduro" answers:
 * news writes a stance under any of several nouns. A passage that only names a policy ("since
 * the change in immigration policy") states nobody's stance. Pure; English.
 */

import { isPlaceName } from '../text/geo.js';

const STANCE_NOUNS = [
  'policy',
  'policies',
  'position',
  'positions',
  'stance',
  'stances',
  'posture',
  'view',
  'views',
  'attitude',
  'approach',
  'opinion',
];
/** What follows a stance noun in a question when it names a stance ("position on", "view of", "approach to"). */
const ASKED_ON = new Set(['on', 'towards', 'toward', 'to', 'about', 'regarding', 'over', 'of']);

/** What a passage carries when one of its sentences states a stance; no word stems to it. */
export const STANCE_TERM = '#stance';

const NOUN = `(?:${STANCE_NOUNS.join('|')})(?:e?s)?`;
/** Someone's stance ("Mexico's position", "its hardline stance") or a stance on something ("policy toward Caracas"). */
const STATED = new RegExp(
  String.raw`(?:['’]s|\b(?:its|their|his|her|our))\s+(?:[\p{L}-]+\s+)?${NOUN}\b|\b${NOUN}\s+(?:on|towards?|regarding|about|against|over)\b`,
  'iu',
);

/**
 * The word at `i` of a question names a stance ("policy" in "policy on Venezuela", or ending it
 * after a place: "mexico's venezuela policy"): the other names a passage may give it, or [].
 */
export function stanceNames(words: readonly { folded: string }[], i: number): string[] {
  const w = words[i]!.folded;
  const onPlace = i === words.length - 1 && i > 1 && isPlaceName(words[i - 1]!.folded);
  if (!STANCE_NOUNS.includes(w) || !(ASKED_ON.has(words[i + 1]?.folded ?? '') || onPlace)) return [];
  return STANCE_NOUNS.filter((n) => n !== w);
}

/** True when `sentence` states someone's stance, or a stance on something. */
export function statesStance(sentence: string): boolean {
  return STATED.test(sentence);
}

/** Words a question asks someone's part with besides the stance nouns: "Chile's role in all this", "AMLO's take on Guaido". */
const PART = ['role', 'take', 'plan', 'plans', 'reaction', 'response', 'stand'];
const ASKED_PART = new RegExp(
  String.raw`(?:([\p{L}’'-]+)\s+)?([\p{L}’'-]+)\s+(?:${STANCE_NOUNS.join('|')}|${PART.join('|')})\s+(?:on|towards?|to|about|regarding|over|in|of|with)\b`,
  'iu',
);

/**
 * Who a question may ask the stance or part of: the word before the noun, or the one before an
 * adjective ("mexicos" in "whats mexicos position on the lima group", "chile" in "chile's
 * official role in all this"), each also without a possessive ending; nearest first, [] when
 * none is asked. Which is a name is the caller's to tell: "the policy on migrants" asks nobody's.
 */
export function stanceHolder(question: string): string[] {
  const m = ASKED_PART.exec(question);
  if (!m) return [];
  const words = [m[2]!, m[1]].filter((w) => w !== undefined).map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
  return [...new Set(words.flatMap((w) => [w, w.replace(/s$/, '')]))];
}
