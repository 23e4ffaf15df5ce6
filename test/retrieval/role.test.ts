import { describe, expect, it } from 'vitest';
import { askedPost, isPostWord, namesPost } from '../../src/retrieval/role.js';

describe('askedPost', () => {
  it('reads the post asked about and whose it may be, before or after it', () => {
    expect(askedPost('who is venezuela foreign minister')).toEqual({ post: 'foreign minister', owners: ['venezuela', 'foreign'] });
    expect(askedPost("who is Brazil's president?")).toEqual({ post: 'president', owners: ['Brazil'] });
    expect(askedPost('who is the president of colombia')).toEqual({ post: 'president', owners: ['colombia'] });
    expect(askedPost('who is the us ambassador to the oas')).toEqual({ post: 'ambassador', owners: ['us'] });
  });

  it('leaves questions that ask for no post, or for a post of nobody named, alone', () => {
    expect(askedPost('who is pompeo meeting in peru')).toBeNull();
    expect(askedPost('whos luis alfonso de alba')).toBeNull();
    expect(askedPost('who is the president')).toBeNull();
    expect(askedPost('what did the president say')).toBeNull();
  });
});

describe('namesPost', () => {
  const venezuela = [['venezuela'], ['venezuelan']];

  it('finds the post beside a form of its owner, before it or right after it', () => {
    expect(namesPost('Venezuelan Foreign Minister Jorge Arreaza spoke.', 'foreign minister', venezuela)).toBe(true);
    expect(namesPost('The talks were led by the President of Venezuela.', 'president', venezuela)).toBe(true);
  });

  it("does not take another owner's post, or an owner far from it, for the one asked about", () => {
    expect(
      namesPost('Mexico’s Foreign Minister Luis Videgaray said he will continue to oppose Venezuela.', 'foreign minister', venezuela),
    ).toBe(false);
  });

  it('takes any post beside the owner for one named only by rank', () => {
    expect(namesPost('The OAS Secretary General Luis Almagro also said', 'head', [['oa']])).toBe(true);
  });
});

describe('isPostWord', () => {
  it('knows posts, in any case', () => {
    expect(isPostWord('Minister')).toBe(true);
    expect(isPostWord('Venezuela')).toBe(false);
  });
});
