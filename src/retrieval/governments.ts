/**
 * Whose government a leader heads, as the corpus says it: "Venezuelan President Nicolas Maduro",
 * "Peru's President Martin Vizcarra". A question about "Maduro's govt" is answered by a passage
 * on "the Government of Venezuela" or "the Venezuelan government", which names no Maduro. Pure;
 * English.
 */
import { placeGroups, type PlaceGroup } from '../text/geo.js';
import { tokenize } from '../text/tokenize.js';
import { titleUses } from './title-holders.js';
import type { KeyTerm, TermStats } from './key-terms.js';

/** Posts whose holder heads a country's government. */
const HEADS = new Set(['president', 'prime minister', 'premier']);

/** Words naming the government someone heads: "Maduro's government", "the Blair administration". */
export const GOVERNMENT_WORDS = new Set(['government', 'administration', 'regime', 'cabinet']);

/** How a government is qualified: "the Venezuelan government", "the US government", "the Government of Peru". */
const namesOf = (g: PlaceGroup) => [g.name, ...g.demonyms, ...g.abbreviations];

let byStem: Map<string, PlaceGroup> | undefined;

/** The country a one-word qualifier names ("venezuelan", "peru"), by its stem. */
function countryOf(stem: string): PlaceGroup | undefined {
  byStem ??= new Map(
    placeGroups().flatMap((g) =>
      namesOf(g)
        .map((f) => tokenize(f))
        .flatMap((t) => (t.length === 1 ? [[t[0]!, g] as const] : [])),
    ),
  );
  return byStem.get(stem);
}

/**
 * For each person the texts name with a head's post qualified by one country, the stem of their
 * last name → the stemmed forms of that country's government ("govern venezuela", "venezuelan
 * govern"). A name given posts of two countries is left out.
 */
export function governmentsHeaded(texts: readonly string[]): Map<string, string[][]> {
  const countries = new Map<string, Set<PlaceGroup>>();
  for (const text of texts) {
    // Most texts name no head: only those writing one of the posts are read closely.
    if (!/\b(?:president|prime minister|premier)\b/i.test(text)) continue;
    for (const use of titleUses(text)) {
      if (use.name === null || !HEADS.has(use.post)) continue;
      const country = use.qualifiers.map(countryOf).find((g) => g !== undefined);
      const surname = tokenize(use.name).at(-1);
      if (country === undefined || surname === undefined) continue;
      countries.set(surname, (countries.get(surname) ?? new Set()).add(country));
    }
  }
  const governments = new Map<string, string[][]>();
  for (const [surname, groups] of countries) {
    if (groups.size !== 1) continue;
    const group = [...groups][0]!;
    governments.set(
      surname,
      namesOf(group).map((f) => [...tokenize(f), ...tokenize('government')]),
    );
  }
  return governments;
}

/**
 * A leader's name before "government" ("maduro's govt", "the Blair administration") is carried by
 * their country's government too: "the Government of Venezuela" is Maduro's.
 */
export function withGovernments(terms: KeyTerm[], words: readonly { folded: string }[], stats: TermStats): KeyTerm[] {
  return terms.map((t) => {
    const next = words[t.words.last + 1]?.folded ?? '';
    const surname = t.alternatives[0]!.at(-1);
    if (!t.entity || !GOVERNMENT_WORDS.has(next) || surname === undefined || stats.governments === undefined) return t;
    const forms = stats.governments(surname).filter((f) => !t.alternatives.some((a) => a.join(' ') === f.join(' ')));
    return forms.length === 0 ? t : { ...t, alternatives: [...t.alternatives, ...forms] };
  });
}
