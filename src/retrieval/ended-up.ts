/**
 * "did X end up running the race", "what did they end up agreeing": whatever the verb, "end up"
 * asks how it turned out, which only a passage reporting it done answers ("ran", "agreed", "an
 * agreement"), not one expecting it ("set to run"). Pure; English.
 */
import { derivedStems } from '../text/derivation.js';
import { pastsOf } from '../text/irregular.js';
import { isEnglishWord } from '../text/lexicon.js';
import { escapeRegExp } from '../text/regexp.js';
import type { OutcomeKind } from './outcome-kinds.js';
import { LIGHT_VERBS } from './question-words.js';

/** "end up" and the verb in -ing after it. */
export const ENDED_UP = /\bend(?:ed|s|ing)?\s+up\s+(\p{L}{2,}ing)\b/iu;

/** The bases English has for a verb in -ing: "running" → "run", "agreeing" → "agree", "suing" → "sue". */
function basesOf(verb: string): string[] {
  const stem = verb.slice(0, -3);
  const candidates = [stem, `${stem}e`, ...(/(.)\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
  return candidates.filter((b) => b.length >= 2 && isEnglishWord(b));
}

/** Every written form of a base: "run" → run, runs, running, ran; "agree" → agrees, agreed, agreeing; "try" → tries, tried. */
function formsOf(base: string): string[] {
  const pasts = pastsOf(base);
  if (base.endsWith('e')) return [base, `${base}s`, `${base}d`, base.endsWith('ee') ? `${base}ing` : `${base.slice(0, -1)}ing`, ...pasts];
  if (/[^aeiou]y$/.test(base)) return [base, `${base.slice(0, -1)}ies`, `${base.slice(0, -1)}ied`, `${base}ing`, ...pasts];
  // A short verb doubles its last consonant: "ban" → "banned", "banning".
  const stem = /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base) ? `${base}${base.at(-1)}` : base;
  const third = /(?:s|x|z|ch|sh|o)$/.test(base) ? `${base}es` : `${base}s`;
  return [base, third, `${stem}ed`, `${stem}ing`, ...pasts];
}

/**
 * The outcome a question asks with "end up" and a verb: asked by the verb, reported by any form
 * of it or the noun made from it ("voting" / "a vote", "agreeing" / "an agreement"). Null for any
 * other question, and for a light verb ("end up getting ten years" asks the sentence, not a getting).
 */
export function endedUpKind(question: string): OutcomeKind | null {
  const verb = ENDED_UP.exec(question)?.[1]?.toLowerCase();
  if (verb === undefined) return null;
  const bases = basesOf(verb);
  if (bases.length === 0 || bases.some((b) => LIGHT_VERBS.has(b))) return null;
  const forms = [...new Set(bases.flatMap(formsOf))].map(escapeRegExp);
  // The noun made from it reports it too: "a suspension", "an agreement", "the payment".
  const ment = bases
    .map((b) => `${b}ment`)
    .filter((w) => isEnglishWord(w))
    .map(escapeRegExp);
  const nouns = [...ment, ...derivedStems(verb).map((stem) => `${escapeRegExp(stem)}\\w*`)];
  return {
    asks: new RegExp(`\\b${escapeRegExp(verb)}\\b`, 'i'),
    reports: new RegExp(`\\b(?:${[...forms, ...nouns].join('|')})\\b`, 'i'),
  };
}
