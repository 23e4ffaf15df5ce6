/**
 * Questions the engine translates word by word where the source says one thing: Spanish asks
 * "¿qué pasó?" (what happened) with "pasar", which Apertium renders "spend" in every tense
 * ("What spent in the meeting"), and Portuguese "o que aconteceu" comes back through Spanish as
 * "What became in the meeting". Mended in the English reading. Pure.
 */

/** "What" followed by a form of "spend", as the engine renders "qué pasa / pasó / ha pasado". */
const WHAT_SPENT = /\b(what|which)(\s+(?:has|have|had|will|would|is|was)(?:\s+been)?)?\s+(spends|spent|spend|spending)\b/gi;
const HAPPEN: Record<string, string> = { spends: 'happens', spent: 'happened', spend: 'happen', spending: 'happening' };

/** "What became in …", not "what became of", which is English for what happened to. */
const WHAT_BECAME = /\b(what)\s+became\b(?!\s+of\b)/gi;

/** `english` with the engine's literal renderings of "what happened" put right. */
export function mendIdioms(english: string): string {
  return english
    .replace(WHAT_SPENT, (_, what: string, aux: string | undefined, verb: string) => `${what}${aux ?? ''} ${HAPPEN[verb.toLowerCase()]!}`)
    .replace(WHAT_BECAME, '$1 happened');
}
