import { isShortFragment, looksLikeHeadline } from './context-rules.js';
import type { Unit } from './units.js';

/** More headline-like lines than this in a row are a list (nominees, fixtures), not chrome. */
const MAX_HEADLINES_PER_RUN = 3;
/** An article with more standalone headline-like lines than this is sectioned by subheadings. */
const MAX_RELATED_HEADLINES = 6;

/** Ends a full sentence. A colon does not: it introduces a list, whose items are content. */
const endsFullStop = (text: string) => /[.!?…]["'”’)\]]*$/u.test(text);

function droppableKind(text: string): string | null {
  if (looksLikeHeadline(text)) return 'related-headline';
  if (isShortFragment(text)) return 'short-fragment';
  return null;
}

/**
 * Drops chrome that stands between paragraphs once the story has begun: related-story titles
 * ("Venezuela Scores Another Victory at OAS, Shames Critics"), section labels ("World") and
 * widget leftovers ("Newsfeed", "0", "Chats"), including a sign-off at the end.
 *
 * Such lines form a run (lines already dropped do not interrupt it). A run is judged only when
 * the kept line before it ends a sentence, so it interrupts prose rather than continuing a
 * table or list; before any prose nothing is dropped here, since the headline stands there.
 * Headline-like lines go, unless there are so many that they are a list or the article's
 * subheadings. One- or two-word lines go only next to other chrome: alone between two
 * paragraphs they are subheadings ("Alabama") that give the next paragraph its meaning.
 */
export function dropChromeRuns(units: Unit[], rules: (string | null)[]): void {
  let run: { index: number; kind: string }[] = [];
  let previous: Unit | null = null;

  const headlineLike = units.filter((u, i) => rules[i] === null && looksLikeHeadline(u.text)).length;
  const sectioned = headlineLike > MAX_RELATED_HEADLINES;

  const close = () => {
    const first = run[0]!.index;
    const last = run[run.length - 1]!.index;
    const headlines = run.filter((r) => r.kind === 'related-headline').length;
    const touchesChrome = rules.slice(Math.max(0, first - 1), last + 2).some((r) => r !== null);
    if (previous !== null && endsFullStop(previous.text) && headlines <= MAX_HEADLINES_PER_RUN) {
      for (const { index, kind } of run) {
        if (kind === 'related-headline' ? !sectioned : touchesChrome) rules[index] = kind;
      }
    }
    run = [];
  };

  units.forEach((unit, index) => {
    if (rules[index] !== null) return;
    const kind = droppableKind(unit.text);
    if (kind !== null) return void run.push({ index, kind });
    if (run.length > 0) close();
    previous = unit;
  });
  if (run.length > 0) close();
}
