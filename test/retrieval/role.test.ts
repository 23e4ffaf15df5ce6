import { describe, expect, it } from 'vitest';
import { askedPost, isPostWord, postMentions } from '../../src/retrieval/role.js';

describe('askedPost', () => {
  it('reads the post asked about and whose it may be, before or after it', () => {
    const post = { kind: 'post' };
    expect(askedPost('who is venezuela foreign minister')).toEqual({ ...post, post: 'foreign minister', owners: ['venezuela', 'foreign'] });
    expect(askedPost("who is Brazil's president?")).toEqual({ ...post, post: 'president', owners: ['Brazil'] });
    expect(askedPost('who is the president of colombia')).toEqual({ ...post, post: 'president', owners: ['colombia'] });
    expect(askedPost('who is the us ambassador to the oas')).toEqual({ ...post, post: 'ambassador', owners: ['us'] });
  });

  it('keeps every word before the post when its owner comes after: the prime minister is not any minister', () => {
    expect(askedPost('who is the prime minister of peru')).toMatchObject({ post: 'prime minister', owners: ['peru', 'prime'] });
  });

  it('reads a property asked of a place, however the question words it', () => {
    expect(askedPost('whats the capital of peru')).toEqual({ kind: 'property', post: 'capital', owners: ['peru', 'of peru'] });
    expect(askedPost("What is Venezuela's population?")).toMatchObject({ kind: 'property', post: 'population', owners: ['Venezuela'] });
    expect(askedPost('what is the inflation rate in venezuela')?.owners).toContain('rate in venezuela');
    expect(askedPost('Which is the capital of Venezuela?')).toMatchObject({ kind: 'property', post: 'capital' });
  });

  it('leaves questions that ask for no post, or for a post of nobody named, alone', () => {
    expect(askedPost('who is pompeo meeting in peru')).toBeNull();
    expect(askedPost('whos luis alfonso de alba')).toBeNull();
    expect(askedPost('who is the president')).toBeNull();
    expect(askedPost('what did the president say')).toBeNull();
    expect(askedPost('what is the position of mexico on venezuela')).toBeNull();
    expect(askedPost('who is the capital of peru')).toBeNull();
  });
});

describe('postMentions', () => {
  const venezuela = [['venezuela'], ['venezuelan']];
  const country = (terms: readonly string[]) => ['mexico', 'venezuela', 'venezuelan', 'peru'].includes(terms.join(' '));
  const mentions = (text: string, post: string, owner: string[][] = venezuela) => postMentions(text, post, owner, country);

  it('finds the post near a form of its owner, before it or just after it', () => {
    expect(mentions('Venezuelan Foreign Minister Jorge Arreaza spoke.', 'foreign minister').owner).toBe(true);
    expect(mentions('The talks were led by the President of Venezuela.', 'president').owner).toBe(true);
    expect(mentions('Pompeo will travel to Venezuela to meet with President Nicolas Maduro.', 'president').owner).toBe(true);
  });

  it("tells another country's post, and a reporting verb between, from the owner's", () => {
    const other = mentions('Mexico’s Foreign Minister Luis Videgaray said he will continue to oppose Venezuela.', 'foreign minister');
    expect(other).toEqual({ owner: false, asked: false, unowned: false });
    expect(mentions('“Relations with Venezuela must be restored,” said the president.', 'president').owner).toBe(false);
  });

  it('notes a mention with no country beside it, which a domestic outlet writes for its own', () => {
    expect(mentions('Prime Minister Tony Blair will speak today.', 'prime minister')).toEqual({
      owner: false,
      asked: false,
      unowned: true,
    });
    expect(mentions('The Deputy Minister of Health spoke.', 'prime minister')).toEqual({ owner: false, asked: false, unowned: false });
  });

  it('takes any post beside the owner for one named only by rank', () => {
    expect(mentions('The OAS Secretary General Luis Almagro also said', 'head', [['oa']])).toMatchObject({ owner: true, asked: false });
    expect(mentions('Venezuelan opposition leader Juan Guaido', 'leader')).toMatchObject({ owner: true, asked: true });
  });
});

describe('isPostWord', () => {
  it('knows posts, in any case', () => {
    expect(isPostWord('Minister')).toBe(true);
    expect(isPostWord('Venezuela')).toBe(false);
  });
});
