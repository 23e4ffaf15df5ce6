import * as worldCountries from 'world-countries';
import type { Country } from 'world-countries';
import { withoutDiacritics } from './diacritics.js';
import { tokenize } from './tokenize.js';

// The package's typings declare an ES default export over a CommonJS file; at run time the
// array is `default` under Node's ESM loader. Read it either way.
const countries = ((worldCountries as unknown as { default?: Country[] }).default ??
  (worldCountries as unknown as Country[])) satisfies Country[];

/**
 * Countries with the names people use for them: common and official name, other spellings,
 * demonyms and capitals ("Mexico", "United Mexican States", "Mexican", "Mexico City"). From
 * the `world-countries` data set (mledoze/countries, ODbL-1.0). A question about "Mexican
 * policy" is carried by a passage that says "Mexico", and "Caracas" often stands for the
 * Venezuelan government in news text.
 */
export interface PlaceGroup {
  /** The common English name. */
  name: string;
  /** Every form, the common name first. */
  forms: string[];
  /** Its people's names as adjectives: "Venezuelan", "Mexican". */
  demonyms: string[];
  /** Its short names in capitals, left out of `forms` as too ambiguous in running text: "US", "UK". */
  abbreviations: string[];
}

let groups: PlaceGroup[] | undefined;

/** Every country as a {@link PlaceGroup}; two-letter codes are left out (too ambiguous in text). */
export function placeGroups(): readonly PlaceGroup[] {
  groups ??= countries.map((c) => {
    const forms = [
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((s) => s.length > 2),
      ...Object.values(c.demonyms.eng ?? {}),
      ...c.capital,
      // "Washington D.C." is written "Washington" far more often.
      ...c.capital.map((k) => k.replace(/\s+(?:\p{Lu}\.){2,}$/u, '')),
    ];
    const demonyms = [...new Set(Object.values(c.demonyms.eng ?? {}).filter((d) => d.trim() !== ''))];
    const abbreviations = c.altSpellings.filter((a) => /^[A-Z]{2,3}$/.test(a));
    return { name: c.name.common, forms: [...new Set(forms.filter((f) => f.trim() !== ''))], demonyms, abbreviations };
  });
  return groups;
}

let placeNames: Set<string> | undefined;
const foldPlace = (name: string) => withoutDiacritics(name).toLowerCase();

/** True when `name` is a country's name, demonym or capital ("United States", "Mexico's"), or its last word is one. */
export function isPlaceName(name: string): boolean {
  placeNames ??= new Set(placeGroups().flatMap((p) => p.forms.map(foldPlace)));
  const plain = name.replace(/[’']s$/, '');
  return placeNames.has(foldPlace(plain)) || placeNames.has(foldPlace(plain.split(/\s+/).at(-1)!));
}

let capitalNames: Set<string> | undefined;

/** True when `name` is a country's capital ("Caracas", "Mexico City"): a city, where a country's name or its people's is not. */
export function isCapitalName(name: string): boolean {
  capitalNames ??= new Set(countries.flatMap((c) => c.capital.map(foldPlace)));
  return capitalNames.has(foldPlace(name.replace(/[’']s$/, '')));
}

let commonNames: Set<string> | undefined;

/** Country names English writes with "the": "the United States", "the Netherlands", "the Gambia". */
const WITH_ARTICLE =
  /\b(?:United|Republic|Islands|Kingdom|States|Emirates|Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia|Vatican|Congo)\b/;

/**
 * True when `name` is a country's common English name that English writes without "the"
 * ("Mexico", "Venezuela"). Spanish and Portuguese put an article before many ("o México", "la
 * India"), and a machine translation keeps it: "the Mexico".
 */
export function isBareCountryName(name: string): boolean {
  commonNames ??= new Set(placeGroups().map((p) => p.name));
  return commonNames.has(name) && !WITH_ARTICLE.test(name);
}

let placeTerms: Set<string> | undefined;

/** True when stemmed `terms` (["unit", "state"]) are a country's name, demonym or capital, as `tokenize` makes them. */
export function isPlaceTerms(terms: readonly string[]): boolean {
  placeTerms ??= new Set(placeGroups().flatMap((p) => p.forms.map((f) => tokenize(f).join(' '))));
  return terms.length > 0 && placeTerms.has(terms.join(' '));
}

/** ISO 639-3 keys of the data set's translations, for the languages citebot reads. */
const TRANSLATION_KEYS = { es: 'spa', pt: 'por' } as const;

/**
 * Country names as Spanish or Portuguese write them ("Estados Unidos", "Perú", "Rusia") with
 * the English common name, so a question's countries reach the corpus whatever the case it was
 * typed in: the translation engine reads lowercase "estados unidos" as "states joined".
 */
export function countryNamesIn(language: keyof typeof TRANSLATION_KEYS): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const c of countries) {
    const t = c.translations[TRANSLATION_KEYS[language]];
    if (!t) continue;
    for (const form of [t.common, t.official]) if (form.trim() !== '') names.set(form, c.name.common);
  }
  return names;
}
