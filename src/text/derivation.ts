import { isEnglishWord } from './lexicon.js';
import { tokenize } from './tokenize.js';

/**
 * The stems of a word's derived forms that Porter does not join to its own: a verb and the noun
 * made from it ("suspending" / "suspension", "decide" / "decision", "intervene" / "intervention",
 * "threaten" / "threat"). So "what did the US say about suspending Venezuela" finds "an
 * alternative to Venezuela's suspension", and "what did Rubio threaten" finds "Rubio's threat".
 * Each form is kept only when it is an English word (see lexicon.ts), never made up. Pure.
 */
export function derivedStems(word: string): string[] {
  const lower = word.toLowerCase();
  if (!/^[a-z]{4,}$/.test(lower)) return [];
  const own = tokenize(lower)[0];
  const forms = basesOf(lower)
    .flatMap(derivedFrom)
    .filter((form) => form !== lower && isEnglishWord(form));
  return [...new Set(forms.flatMap((form) => tokenize(form)))].filter((stem) => stem !== own);
}

/** The word and its base without an inflection ("suspending" → "suspend", "decided" → "decide"), where English has it. */
function basesOf(word: string): string[] {
  const bases = [word];
  for (const ending of ['ing', 'ed', 'es', 's']) {
    if (!word.endsWith(ending) || word.length - ending.length < 4) continue;
    const stem = word.slice(0, -ending.length);
    // "deciding" is "decide", "planned" is "plan".
    bases.push(stem, `${stem}e`, ...(/(.)\1$/.test(stem) ? [stem.slice(0, -1)] : []));
  }
  return bases.filter((b, i) => i === 0 || isEnglishWord(b));
}

/** The forms English derives from a base, and the base a derived form comes from. */
function derivedFrom(base: string): string[] {
  const forms: string[] = [];
  // suspend → suspension, decide → decision; and back.
  if (base.endsWith('de')) forms.push(`${base.slice(0, -2)}sion`);
  else if (base.endsWith('d')) forms.push(`${base.slice(0, -1)}sion`);
  if (base.endsWith('sion')) forms.push(`${base.slice(0, -4)}d`, `${base.slice(0, -4)}de`);
  // intervene → intervention, convene → convention; and back.
  if (base.endsWith('ene')) forms.push(`${base.slice(0, -1)}tion`);
  if (base.endsWith('ention')) forms.push(`${base.slice(0, -4)}e`);
  // threaten → threat, strengthen → strength; and back. Short words are no such pairs ("open", "lead" / "leaden").
  if (base.endsWith('en') && base.length >= 7) forms.push(base.slice(0, -2));
  if (!base.endsWith('en') && base.length >= 5) forms.push(`${base}en`);
  return forms;
}
