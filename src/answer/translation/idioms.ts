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

/**
 * Leaving somewhere, said with a verb of going and "de" ("se va de la OEA", "sale de", "vai sair
 * da"), comes back with "of": "goes of the OAS", "exits of the OAS", "removes of" (retirarse).
 * English leaves it, exits it, withdraws from it ("let go of" is English and stays).
 */
const GOES_OF = /(?<!\blet\s+)\b(go|goes|went|gone|going|exit|exits|exited|exiting|remove|removes|removed|removing)\s+of\b/gi;
const LEAVE: Record<string, string> = {
  go: 'leave',
  goes: 'leaves',
  went: 'left',
  gone: 'left',
  going: 'leaving',
  exit: 'exit',
  exits: 'exits',
  exited: 'exited',
  exiting: 'exiting',
  remove: 'withdraw from',
  removes: 'withdraws from',
  removed: 'withdrew from',
  removing: 'withdrawing from',
};

/** `english` with the engine's literal renderings of "what happened" and of leaving put right. */
export function mendIdioms(english: string): string {
  return english
    .replace(WHAT_SPENT, (_, what: string, aux: string | undefined, verb: string) => `${what}${aux ?? ''} ${HAPPEN[verb.toLowerCase()]!}`)
    .replace(WHAT_BECAME, '$1 happened')
    .replace(GOES_OF, (_, verb: string) => LEAVE[verb.toLowerCase()]!);
}
