import { isEnglishWord } from '../text/lexicon.js';
import { isPostWord } from './role.js';

/** A name must be written this often before it counts as one of its own. */
const MIN_USES = 2;

/**
 * Finds the names a corpus makes of a place and a common noun: "Lima Group", "London Marathon",
 * "Paris Agreement". In such a name the place is not the country: "the Lima Group meeting" is
 * not a meeting in Peru, and a passage naming Peru does not speak of it. A post after a place
 * ("Venezuelan President") names a person, and a whole place form ("Mexico City") is a place:
 * neither is taken.
 */
export class PlaceLedNames {
  private readonly uses = new Map<string, number>();

  constructor(private readonly placeWords: ReadonlySet<string>) {}

  /** Notes one whole capitalised run of folded words; a "The" opening a sentence is no part of it. */
  addRun(run: readonly string[]): void {
    const folded = run[0] === 'the' ? run.slice(1) : run;
    if (folded.length !== 2) return;
    const [place, noun] = folded as [string, string];
    if (!this.placeWords.has(place) || this.placeWords.has(noun) || this.placeWords.has(`${place} ${noun}`)) return;
    if (!isEnglishWord(noun) || isPostWord(noun)) return;
    const key = `${place} ${noun}`;
    this.uses.set(key, (this.uses.get(key) ?? 0) + 1);
  }

  /** Each name written often enough, folded: "lima group". */
  names(): Set<string> {
    return new Set([...this.uses].filter(([, n]) => n >= MIN_USES).map(([key]) => key));
  }
}
