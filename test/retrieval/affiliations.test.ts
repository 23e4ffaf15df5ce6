import { describe, expect, it } from 'vitest';
import { affiliationsOf, apposedRoles, withAffiliations } from '../../src/retrieval/affiliations.js';
import { titleUses } from '../../src/retrieval/title-holders.js';

/** `text` read whole, with whom each person named alone speaks for. */
const read = (text: string) => withAffiliations(text, affiliationsOf(titleUses(text)));

describe('withAffiliations', () => {
  it('ends a sentence naming someone alone with the names their post was qualified with', () => {
    expect(read('US Vice President Mike Pence spoke. Moncada accused Pence of “destruction”.')).toBe(
      'US Vice President Mike Pence spoke (US). Moncada accused Pence of “destruction” (US).',
    );
    expect(read('Mexico’s Foreign Minister Luis Videgaray left. Later Videgaray said no.')).toBe(
      'Mexico’s Foreign Minister Luis Videgaray left (Mexico). Later Videgaray said no (Mexico).',
    );
  });

  it('puts them after the whole clause, never between a negator and its verb', () => {
    expect(read('Venezuelan President Nicolas Maduro waved. Neither the envoys of Maduro have been invited.')).toBe(
      'Venezuelan President Nicolas Maduro waved (Venezuelan). Neither the envoys of Maduro have been invited (Venezuelan).',
    );
  });

  it('reads no affiliation in who backs someone, in a post without a name, or in a surname two people share', () => {
    expect(read('US-backed opposition leader Juan Guaido spoke. Guaido left.')).toBe(
      'US-backed opposition leader Juan Guaido spoke. Guaido left.',
    );
    expect(read('The Mexican president spoke. He left.')).toBe('The Mexican president spoke. He left.');
    const two = 'UK Chancellor Gordon Brown spoke. US Senator Sherrod Brown wrote. Brown left.';
    expect(read(two)).toBe(two);
  });

  it('leaves a text naming nobody with a qualified post as it is', () => {
    expect(read('Pence spoke to reporters.')).toBe('Pence spoke to reporters.');
  });
});

describe('apposedRoles', () => {
  it('reads where someone holds the role written after their name', () => {
    expect(apposedRoles('said Professor Kerstin Dautenhahn, project leader at Hertfordshire.')).toEqual([
      { name: 'Professor Kerstin Dautenhahn', affiliation: ['Hertfordshire'] },
    ]);
    expect(apposedRoles('John Nettle, a former employee of General Mills; Mark Bailin')).toEqual([
      { name: 'John Nettle', affiliation: ['General Mills'] },
    ]);
    const text = 'said Kerstin Dautenhahn, project leader at Hertfordshire. "Think of 20 years," concluded Professor Dautenhahn.';
    expect(withAffiliations(text, affiliationsOf(apposedRoles(text)))).toBe(
      'said Kerstin Dautenhahn, project leader at Hertfordshire (Hertfordshire). "Think of 20 years," concluded Professor Dautenhahn (Hertfordshire).',
    );
  });

  it('reads no role in a clause after a name, nor in a role held nowhere named', () => {
    expect(apposedRoles('Tony Blair, who met leaders of France, said so.')).toEqual([]);
    expect(apposedRoles('Kerstin Dautenhahn, the project leader, said so.')).toEqual([]);
  });
});
