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

/**
 * Spanish and Portuguese put the verb before its subject ("¿qué dijo Videgaray?"), and the
 * engine keeps that order: "What said Videgaray". English asks "what did Videgaray say", the
 * form the speaker check reads. Only a verb of saying or wanting before a name (capitalised).
 */
const WHAT_SAID_NAME =
  /\b([Ww]hat|[Hh]ow)\s+(said|says|thought|thinks|wanted|wants|asked|asks|proposed|proposes|announced|announces)\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/gu;
const BASE: Record<string, string> = {
  said: 'say',
  says: 'say',
  thought: 'think',
  thinks: 'think',
  wanted: 'want',
  wants: 'want',
  asked: 'ask',
  asks: 'ask',
  proposed: 'propose',
  proposes: 'propose',
  announced: 'announce',
  announces: 'announce',
};

/** `english` with the engine's literal renderings of "what happened", of leaving and of "what said X" put right. */
export function mendIdioms(english: string): string {
  return english
    .replace(WHAT_SPENT, (_, what: string, aux: string | undefined, verb: string) => `${what}${aux ?? ''} ${HAPPEN[verb.toLowerCase()]!}`)
    .replace(WHAT_BECAME, '$1 happened')
    .replace(GOES_OF, (_, verb: string) => LEAVE[verb.toLowerCase()]!)
    .replace(WHAT_SAID_NAME, (_, what: string, verb: string, name: string) => {
      const does = verb.endsWith('s') ? 'does' : 'did';
      return `${what} ${does} ${name} ${BASE[verb.toLowerCase()]!}`;
    });
}
