import { describe, expect, it } from 'vitest';
import { pack, splitToFit } from '../../../src/discord/format/paginate.js';

describe('paginate', () => {
  it('splitToFit loses nothing and prefers sentence ends', () => {
    const text = 'One sentence here. Another one follows it. A third, longer sentence closes the paragraph.\nNew line.';
    const pieces = splitToFit(text, (p) => p.length <= 50);
    expect(pieces.join('')).toBe(text);
    expect(pieces[0]).toBe('One sentence here. Another one follows it. ');
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(50);
    expect(splitToFit('x'.repeat(95), (p) => p.length <= 10).join('')).toBe('x'.repeat(95));
  });

  it('pack keeps order, fills messages and announces what it leaves out', () => {
    expect(pack(['a', 'b', 'c'], { limit: 4, separator: '\n' })).toEqual(['a\nb', 'c']);
    const capped = pack(['x'.repeat(30), 'y'.repeat(30), 'z'.repeat(30)], { limit: 40, maxMessages: 2, overflowNote: (n) => `+${n}` });
    expect(capped).toEqual(['x'.repeat(30), `${'y'.repeat(30)}\n\n+1`]);
    expect(() => pack(['x'.repeat(41)], { limit: 40 })).toThrow(RangeError);
  });
});
