/** A sentence segment as `Intl.Segmenter` reports it: its text and where it starts in the input. */
export interface Segment {
  segment: string;
  index: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Characters given to the segmenter at once. V8's segment iterator does work proportional to
 * the whole input for every segment it returns, so one call over a long paragraph is quadratic
 * (Node 20: 320 KB of sentences took 1.6 s, 640 KB 4.5 s). Windows keep each call small.
 */
export const SEGMENT_WINDOW = 2048;

/**
 * The sentence segments of `text`, in order, covering it exactly, in time linear in its length.
 * A window's last segment may be cut by the window's end, so it is segmented again as the start
 * of the next window. A sentence longer than a window grows the window (doubling, so the cost
 * stays linear) until the sentence ends or the text does.
 */
export function* sentenceSegments(text: string): Generator<Segment> {
  let at = 0;
  let size = SEGMENT_WINDOW;
  while (at < text.length) {
    const end = Math.min(text.length, at + size);
    const found: Segment[] = [];
    let exhausted = true;
    for (const { segment, index } of segmenter.segment(text.slice(at, end))) {
      found.push({ segment, index: at + index });
      // A window grown for one long sentence may hold many short ones after it: take the long one
      // and go on with windows of the usual size.
      if (size > SEGMENT_WINDOW && found.length >= 2) {
        exhausted = false;
        break;
      }
    }
    if (exhausted && end === text.length) {
      yield* found;
      return;
    }
    if (found.length < 2) {
      size *= 2; // One sentence fills the window: look further for its end.
      continue;
    }
    const last = found.pop()!;
    yield* found;
    at = last.index;
    size = SEGMENT_WINDOW;
  }
}
