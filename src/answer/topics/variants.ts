import { CONNECTORS } from './lexicon.js';
import type { TextNames } from './mentions.js';

/**
 * Folds the variants of one name into one topic: accents and inner connectors ("Organization
 * of the American States"), plurals and demonyms ("Venezuelans", "Venezuelan" → "Venezuela"),
 * abbreviations the text defines or spells ("OAS", "US"), and short forms introduced by a
 * longer name ("Maduro" after "Nicolás Maduro").
 */

/** One topic: how it is written, and how widely. */
export interface NameGroup {
  name: string;
  documents: number;
  mentions: number;
}

interface Form {
  words: number;
  surfaces: Map<string, number>;
  /** Documents that mention it. */
  docs: Set<number>;
  count: number;
  /** Mentions not at the start of a sentence. */
  midSentence: number;
}

const keyOf = (words: readonly string[]) =>
  words
    .filter((w) => !CONNECTORS.has(w))
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

const initials = (key: string) =>
  key
    .split(' ')
    .map((w) => w[0])
    .join('');

/** Plurals and demonyms a place name takes in English: Venezuela → Venezuelans, Mexico → Mexican. */
function derivedForms(base: string): string[] {
  const stem = base.replace(/[aeiouy]+$/u, '');
  const singular = [
    `${base}n`,
    `${base}an`,
    `${base}ian`,
    `${base}ese`,
    ...(stem.length >= 3 ? ['an', 'ian', 'ean', 'ese', 'ish'].map((s) => stem + s) : []),
  ];
  return [`${base}s`, ...singular, ...singular.map((s) => `${s}s`)];
}

/** Groups every name of `texts` (one entry per document) by the variants above. */
export function groupVariants(texts: readonly TextNames[]): NameGroup[] {
  const forms = new Map<string, Form>();
  texts.forEach(({ mentions }, doc) =>
    mentions.forEach(({ words, initial }) => {
      const key = keyOf(words);
      if (key === '') return;
      const form = forms.get(key) ?? { words: key.split(' ').length, surfaces: new Map(), docs: new Set(), count: 0, midSentence: 0 };
      const surface = words.join(' ');
      form.surfaces.set(surface, (form.surfaces.get(surface) ?? 0) + 1);
      form.docs.add(doc);
      form.count += 1;
      if (!initial) form.midSentence += 1;
      forms.set(key, form);
    }),
  );
  // A lone capitalised word never seen mid-sentence ("However", "Officials") is prose, not a name,
  // unless it is part of a longer name ("Teasdale said" after "Rufus Teasdale").
  const inNames = new Set([...forms.keys()].flatMap((k) => (k.includes(' ') ? k.split(' ') : [])));
  for (const [key, form] of forms) if (form.words === 1 && form.midSentence === 0 && !inNames.has(key)) forms.delete(key);
  const parent = new Map<string, string>();
  const root = (k: string): string => (parent.has(k) ? root(parent.get(k)!) : k);
  const fold = (child: string, into: string) => {
    const [c, p] = [root(child), root(into)];
    if (c !== p) parent.set(c, p);
  };
  const abbreviations = new Map<string, string>();
  const keys = [...forms.keys()];
  const singles = keys.filter((k) => forms.get(k)!.words === 1);

  for (const base of keys) {
    const words = base.split(' ');
    const last = words.pop()!;
    if (last.length < 4) continue;
    for (const form of derivedForms(last).map((f) => [...words, f].join(' '))) if (forms.has(form)) fold(form, base);
  }

  const abbreviate = (short: string, long: string) => {
    fold(short, long);
    abbreviations.set(root(long), [...forms.get(short)!.surfaces.keys()][0]!);
  };
  for (const { definitions } of texts) {
    for (const [long, short] of definitions) {
      // "Name (ABBR)" defines an abbreviation only when it starts like the name ("WASHINGTON (Sputnik)" is a
      // dateline); in "Council of the Organization of American States (OAS)" the name is the part ABBR spells.
      const shortKey = keyOf([short]);
      const names = long
        .map((_, i) => keyOf(long.slice(i)))
        .filter((k) => forms.has(k) && k[0] === shortKey[0] && shortKey.length < k.length);
      const key = names.find((k) => initials(k) === shortKey) ?? names[0];
      if (key && forms.has(shortKey)) abbreviate(shortKey, key);
    }
  }
  // An all-capitals word that spells the initials of a longer name, most frequent name first.
  const byInitials = new Map<string, string>();
  for (const k of [...keys].sort((a, b) => forms.get(b)!.count - forms.get(a)!.count)) {
    if (forms.get(k)!.words > 1 && !byInitials.has(initials(k))) byInitials.set(initials(k), k);
  }
  for (const short of singles) {
    if (parent.has(short) || ![...forms.get(short)!.surfaces.keys()].some((s) => /^\p{Lu}{2,6}$/u.test(s))) continue;
    const long = byInitials.get(short);
    if (long) abbreviate(short, long);
  }

  // Longer names by their word-level endings, so finding the names a short form ends is a lookup
  // (a few per ending are enough to tell one long name from several).
  const endings = new Map<string, string[]>();
  for (const k of keys) {
    const words = k.split(' ');
    for (let i = 1; i < words.length; i++) {
      const ending = words.slice(i).join(' ');
      endings.set(ending, [...(endings.get(ending) ?? []), k].slice(0, 8));
    }
  }
  for (const short of [...keys].sort((a, b) => forms.get(a)!.words - forms.get(b)!.words)) {
    const longer = (endings.get(short) ?? []).filter((k) => introduces(forms.get(k)!, short));
    const roots = new Set(longer.map(root));
    roots.delete(root(short));
    if (roots.size !== 1 || !longer.some((k) => definedAlongside(forms.get(k)!, forms.get(short)!))) continue;
    fold(short, [...roots][0]!);
  }
  return summarise(forms, root, abbreviations);
}

/** "Nicolas Maduro" can introduce "Maduro"; "Government of Venezuela" does not introduce "Venezuela". */
function introduces(long: Form, shortKey: string): boolean {
  const words = [...long.surfaces.keys()][0]!.split(' ');
  let left = shortKey.split(' ').length;
  let i = words.length;
  while (left > 0 && i > 0) if (!CONNECTORS.has(words[--i]!)) left -= 1;
  return i > 0 && !CONNECTORS.has(words[i - 1]!);
}

/** In at least half the documents using the short form, the long one is written out too. */
function definedAlongside(long: Form, short: Form): boolean {
  const introduced = [...short.docs].filter((doc) => long.docs.has(doc)).length;
  return introduced * 2 >= short.docs.size;
}

function summarise(forms: Map<string, Form>, root: (k: string) => string, abbreviations: Map<string, string>): NameGroup[] {
  const groups = new Map<string, { docs: Set<number>; mentions: number }>();
  for (const [key, form] of forms) {
    const group = groups.get(root(key)) ?? { docs: new Set<number>(), mentions: 0 };
    for (const doc of form.docs) group.docs.add(doc);
    group.mentions += form.count;
    groups.set(root(key), group);
  }
  return [...groups].map(([head, { docs, mentions }]) => {
    // The spelling the corpus uses most; on a tie, the one with accents ("Nicolás" over "Nicolas"), then the shorter.
    const marks = (s: string) => s.normalize('NFD').length - s.length;
    const [surface] = [...forms.get(head)!.surfaces].sort(
      (a, b) => b[1] - a[1] || marks(b[0]) - marks(a[0]) || a[0].length - b[0].length,
    )[0]!;
    const short = abbreviations.get(head);
    return { name: short && short !== surface ? `${surface} (${short})` : surface, documents: docs.size, mentions };
  });
}
