/**
 * Cuts raw article text into the units the cleaning rules judge: normally one unit per
 * non-blank line, because scraped pages put one paragraph on one line and glue chrome lines
 * (captions, "Subscribe", related headlines) to real paragraphs with a single newline.
 * A block that is hard-wrapped at a fixed width (plain-text archives) stays one unit, so
 * its lines are never judged, or dropped, one by one.
 */

/** A paragraph candidate and where it sits in the raw text. */
export interface Unit {
  /** The unit's text with leading and trailing whitespace removed; otherwise untouched. */
  text: string;
  /** Offsets into the raw text: `raw.slice(start, end).trim() === text`. */
  start: number;
  end: number;
  /** Index of the blank-line-separated block the unit comes from. */
  block: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

/**
 * Fixed-width wrapping: every line but the last is 40-100 characters, and as long as a greedy
 * wrapper makes it (the next line's first word would not have fitted on it).
 */
function isHardWrapped(lines: Line[]): boolean {
  if (lines.length < 3) return false;
  const body = lines.slice(0, -1);
  if (!body.every((l) => l.text.length >= 40 && l.text.length <= 100)) return false;
  const width = Math.max(...body.map((l) => l.text.length));
  return body.every((l, i) => l.text.length + 1 + lines[i + 1]!.text.split(/\s/u)[0]!.length > width);
}

function blocksOf(raw: string): Line[][] {
  const blocks: Line[][] = [];
  let current: Line[] = [];
  let start = 0;
  while (start <= raw.length) {
    let end = raw.indexOf('\n', start);
    if (end === -1) end = raw.length;
    const text = raw.slice(start, end).trim();
    if (text === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push({ start, end, text });
    }
    start = end + 1;
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Splits raw text into units; every unit's text is an exact substring of `raw`. */
export function splitUnits(raw: string): Unit[] {
  const units: Unit[] = [];
  blocksOf(raw).forEach((lines, block) => {
    if (isHardWrapped(lines)) {
      const start = lines[0]!.start;
      const end = lines[lines.length - 1]!.end;
      units.push({ text: raw.slice(start, end).trim(), start, end, block });
      return;
    }
    for (const line of lines) units.push({ text: line.text, start: line.start, end: line.end, block });
  });
  return units;
}
