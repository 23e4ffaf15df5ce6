import { describe, expect, it } from 'vitest';
import { governmentsHeaded } from '../../src/retrieval/governments.js';
import { tokenize } from '../../src/text/tokenize.js';

const stem = (word: string) => tokenize(word)[0]!;

describe('governmentsHeaded', () => {
  it("gives a head's last name the forms of the government of the country their post is qualified with", () => {
    const heads = governmentsHeaded([
      'Venezuelan President Nicolas Maduro spoke.',
      "Peru's President Martin Vizcarra met him.",
      'Mexican Foreign Minister Luis Videgaray left.',
    ]);
    expect(heads.get(stem('Maduro'))).toEqual(
      expect.arrayContaining([tokenize('Venezuela government'), tokenize('Venezuelan government')]),
    );
    expect(heads.get(stem('Vizcarra'))).toContainEqual(tokenize('Peru government'));
    // A foreign minister heads no government.
    expect(heads.get(stem('Videgaray'))).toBeUndefined();
  });

  it('leaves out a name given the posts of two countries, and a post qualified by no country', () => {
    const heads = governmentsHeaded([
      'French President Jan Smith spoke.',
      'US President Ann Smith replied.',
      'Club President Bob Lee left.',
    ]);
    expect(heads.get(stem('Smith'))).toBeUndefined();
    // "US" names the United States before a post, and its government.
    expect(governmentsHeaded(['US President Ann Smith replied.']).get(stem('Smith'))).toContainEqual(tokenize('US government'));
    expect(heads.get(stem('Lee'))).toBeUndefined();
  });
});
