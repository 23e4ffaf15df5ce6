import { tokenize } from '../text/tokenize.js';
import { CONNECTORS, foldWord } from './surface-words.js';

/** Initials spelled by more long forms than this are ambiguous ("MW": "Mr Wilson", "Mike Watt" …). */
const MAX_LONG_FORMS = 3;

/**
 * Finds what a corpus's initials stand for: an acronym it writes ("OAS", "AMLO") and the
 * capitalised runs whose initials it spells ("Organization of American States", "Andrés Manuel
 * López Obrador"), and initials it never writes that chat would ("epi" for "Economic Policy
 * Institute"). Fed the capitalised runs, then asked once.
 */
export class InitialForms {
  // Capitalised runs by their initials, so each acronym finds its long forms in one lookup.
  private readonly byInitials = new Map<string, Map<string, readonly string[]>>();

  /** Notes one capitalised run (surface words, connectors allowed inside). */
  addRun(run: readonly string[]): void {
    const key = run
      .filter((w) => !CONNECTORS.has(w.toLowerCase()))
      .map((w) => foldWord(w)[0])
      .join('');
    if (key.length < 2 || key.length > 6) return;
    const forms = this.byInitials.get(key) ?? new Map<string, readonly string[]>();
    forms.set(run.join(' '), run);
    this.byInitials.set(key, forms);
  }

  /** Each acronym the corpus writes with the few long forms it spells, as token groups for the variants. */
  acronymGroups(acronyms: Iterable<string>): string[][][] {
    const groups: string[][][] = [];
    for (const acronym of acronyms) {
      const longForms = this.spelledBy(foldWord(acronym));
      if (longForms.length > 0 && longForms.length <= MAX_LONG_FORMS) groups.push([tokenize(acronym), ...longForms]);
    }
    return groups;
  }

  /**
   * Initials that are no word of the corpus (`written`) → the few long forms they spell: three
   * letters or more, or two that spell one name only ("DR": "Dominican Republic").
   */
  unwritten(written: (folded: string) => boolean): Map<string, string[][]> {
    const spelled = new Map<string, string[][]>();
    for (const letters of this.byInitials.keys()) {
      if (letters.length < 2 || written(letters)) continue;
      const spelt = this.spelledBy(letters);
      const longForms = spelt.filter((terms, i) => spelt.findIndex((o) => o.join(' ') === terms.join(' ')) === i);
      const most = letters.length === 2 ? 1 : MAX_LONG_FORMS;
      if (longForms.length > 0 && longForms.length <= most) spelled.set(letters, longForms);
    }
    return spelled;
  }

  /**
   * The runs with `letters` as initials, as stemmed terms, keeping only those with a term for
   * every letter (no stopword lost: "Must Want" is not a name).
   */
  private spelledBy(letters: string): string[][] {
    const runs = this.byInitials.get(letters)?.values() ?? [];
    return [...runs].map((run) => tokenize(run.join(' '))).filter((terms) => terms.length === letters.length);
  }
}
