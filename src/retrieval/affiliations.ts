/**
 * Whom a person named alone speaks for. News introduces someone once with a qualified post
 * ("US Vice President Mike Pence", "Mexico's Foreign Minister Luis Videgaray") and then names
 * them alone: "Moncada accused Pence and President Donald Trump of …" speaks of the US, as
 * "Videgaray said" speaks for Mexico. Pure; English.
 */
import type { TitleUse } from './title-holders.js';
import { escapeRegExp } from '../text/regexp.js';
import { splitSentences } from '../text/sentences.js';

/** The last word of a name: by it "Mike Pence" and "Pence" are one person. */
const surname = (name: string) => name.split(/\s+/).at(-1)!;

/** What closes a sentence: the affiliations go just before it. */
const CLOSE = /[.!?;:]*["”’')\]]*\s*$/u;

/**
 * `text` with each sentence naming one of `people` (see affiliationsOf) ending with the names
 * their post was qualified with, in brackets: "… accused Pence and President Donald Trump of …
 * (US).", so the sentence carries the names they speak for. They go at the end, where they split no clause and
 * stand between no negator and its verb. A surname two people share is read for neither.
 */
export function withAffiliations(text: string, people: readonly Affiliated[]): string {
  // Most passages name none of them: no need to split those into sentences.
  if (!people.some((p) => p.mention.test(text))) return text;
  let out = '';
  let at = 0;
  for (const s of splitSentences(text)) {
    const sentence = text.slice(s.start, s.end);
    const names = [...new Set(people.filter((p) => p.mention.test(sentence)).flatMap((p) => p.affiliation))];
    if (names.length === 0) continue;
    const end = s.start + sentence.search(CLOSE);
    out += `${text.slice(at, end)} (${names.join(' ')})`;
    at = end;
  }
  return out + text.slice(at);
}

/** A person named with a qualified post: how a sentence names them, and the qualifiers' names. */
export interface Affiliated {
  mention: RegExp;
  affiliation: string[];
}

/** Each person an article's `uses` name with a qualified post or a role; read once per article. */
export function affiliationsOf(uses: readonly Pick<TitleUse, 'name' | 'affiliation'>[]): Affiliated[] {
  const people = new Map<string, { names: Set<string>; affiliation: Set<string> }>();
  for (const use of uses) {
    if (use.name === null) continue;
    const person = people.get(surname(use.name)) ?? { names: new Set<string>(), affiliation: new Set<string>() };
    // "Pence" alone, after "Mike Pence", is the same person; two full names are two.
    if (/\s/.test(use.name)) person.names.add(use.name);
    use.affiliation.forEach((a) => person.affiliation.add(a));
    people.set(surname(use.name), person);
  }
  return [...people]
    .filter(([, p]) => p.affiliation.size > 0 && p.names.size <= 1)
    .map(([last, p]) => ({
      mention: new RegExp(String.raw`(?<![\p{L}-])${escapeRegExp(last)}(?![\p{L}-])`, 'u'),
      affiliation: [...p.affiliation],
    }));
}

/**
 * A person's role after their name, with where they hold it: "said Professor Kerstin
 * Dautenhahn, project leader at Hertfordshire", "John Nettle, a former employee of General
 * Mills". Later "concluded Professor Dautenhahn" speaks for Hertfordshire as well.
 */
const APPOSED_ROLE =
  /(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)+),\s+(?:(?:a|an|the|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:[\p{Ll}-]+(?:er|or|ist|ian|ant|ent|ee|man|woman|head|chief|boss))\s+(?:at|of|for|with)\s+(?:the\s+)?(\p{Lu}[\p{L}’'&-]*(?:\s+(?:of\s+|and\s+|&\s+)?\p{Lu}[\p{L}’'&-]*)*)/gu;

/** The people `text` names with a role held somewhere, each with where: for affiliationsOf. */
export function apposedRoles(text: string): Pick<TitleUse, 'name' | 'affiliation'>[] {
  return [...text.matchAll(APPOSED_ROLE)].map((m) => ({ name: m[1]!, affiliation: [m[2]!.replace(/[’']s$/u, '')] }));
}
