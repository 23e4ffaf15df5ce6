import { describe, expect, it } from 'vitest';
import { referentInsertions } from '../../src/retrieval/referents.js';
import { withInsertions } from '../../src/text/insertions.js';

/** `text` read whole, with the names each bare noun carries. */
const read = (text: string) => withInsertions(text, referentInsertions(text), 0, text.length);

describe('referentInsertions', () => {
  it('carries the names a thing was written with into a later sentence naming it by its noun alone', () => {
    expect(read('Peru invited 100 countries to the August 6 meeting of the 14-member Lima Group. The meeting will focus on aid.')).toBe(
      'Peru invited 100 countries to the August 6 meeting of the 14-member Lima Group. The meeting will focus on aid [August Lima Group].',
    );
  });

  it('reads "the group" as the name it heads, and "the organization" as the one it opens', () => {
    expect(read('Canada joined the Lima Group in 2017. Most of the group’s members back Guaido.')).toBe(
      'Canada joined the Lima Group in 2017. Most of the group’s members back Guaido [Lima Group].',
    );
    expect(read('It failed at the Organization of American States. Almagro stayed within the organization.')).toBe(
      'It failed at the Organization of American States. Almagro stayed within the organization [Organization of American States].',
    );
  });

  it('carries nothing when the article speaks of several such things, or of one it never names', () => {
    const several = 'Tuesday’s meeting was calm. The OAS meeting saw proof. The meeting ended.';
    expect(read(several)).toBe(several);
    const unnamed = 'He asked to approve the proposal. The OAS rejected Venezuela’s proposal. Almagro will resubmit the proposal.';
    expect(read(unnamed)).toBe(unnamed);
  });

  it('leaves alone a figure alone, a plural, a headline, a post, and names the sentence already says', () => {
    const figure = 'It sent invitations to 100 countries. Neither country came.';
    expect(read(figure)).toBe(figure);
    const plural = 'Pompeo will discuss challenges in Nicaragua. He will assess the challenges.';
    expect(read(plural)).toBe(plural);
    const headline = 'OAS Rejects Venezuela’s Proposal To Discuss Students\n\nVideegaray needed votes to approve the proposal.';
    expect(read(headline)).toBe(headline);
    const post = 'Mexico’s Foreign Minister Luis Videgaray spoke. The minister left.';
    expect(read(post)).toBe(post);
    const said = 'The Lima Group meeting opened. The meeting, the Lima Group said, ended.';
    expect(read(said)).toBe(said);
  });

  it('takes a word opening a sentence for a name only when the article capitalises it elsewhere', () => {
    const such = 'Colombia stressed its statement. Such statement helped. The statement ended the session.';
    expect(read(such)).toBe(such);
  });
});
