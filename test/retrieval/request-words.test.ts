import { describe, expect, it } from 'vitest';
import { otherRequestStems } from '../../src/retrieval/request-words.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('otherRequestStems', () => {
  it('gives the stems of the other words for a request, for any form of one', () => {
    expect(otherRequestStems('wants')).toEqual(expect.arrayContaining(tokenize('asked urged requested demanded')));
    expect(otherRequestStems('asking')).toEqual(expect.arrayContaining(tokenize('want urge')));
    expect(otherRequestStems('asking')).not.toContain(tokenize('ask')[0]);
  });

  it('gives nothing for any other word', () => {
    expect(otherRequestStems('said')).toEqual([]);
    expect(otherRequestStems('')).toEqual([]);
  });
});
