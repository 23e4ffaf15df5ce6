import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/edit-distance.js';

describe('editDistance', () => {
  it('counts a transposition as one edit and gives up past the bound', () => {
    expect(editDistance('vidal', 'vdial', 1)).toBe(1);
    expect(editDistance('vidal', 'costa', 1)).toBe(2);
  });
});
