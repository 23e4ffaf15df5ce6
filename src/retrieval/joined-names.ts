import { tokenize } from '../text/tokenize.js';

/** The longest capitalised run whose words may be written as one ("Time Warner", "You Tube"). */
const MAX_PARTS = 3;

/**
 * Finds the names a corpus writes both as words and as one word: "Time Warner" and
 * "TimeWarner", "Play Station" and "PlayStation". A question writes one, a passage the other,
 * and the two must count as the same name. Fed the corpus's capitalised runs (folded words),
 * then asked which joined forms the corpus also writes as a name.
 */
export class JoinedNames {
  private readonly runs = new Map<string, readonly string[]>();

  /** Notes one capitalised run of folded words. */
  addRun(folded: readonly string[]): void {
    if (folded.length < 2 || folded.length > MAX_PARTS) return;
    this.runs.set(folded.join(''), folded);
  }

  /**
   * Each run with its joined form, when the corpus writes that form as a name (`writtenAsName`
   * of the folded word), as token groups for the vocabulary's variants.
   */
  groups(writtenAsName: (folded: string) => boolean): string[][][] {
    const groups: string[][][] = [];
    for (const [joined, run] of this.runs) {
      if (!writtenAsName(joined)) continue;
      const one = tokenize(joined);
      const apart = tokenize(run.join(' '));
      if (one.length === 1 && apart.length === run.length) groups.push([apart, one]);
    }
    return groups;
  }
}
