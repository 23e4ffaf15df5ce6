import { describe, expect, it } from 'vitest';
import { bodyHeads, withHeads } from '../../src/retrieval/body-heads.js';
import type { TermStats } from '../../src/retrieval/key-terms.js';
import { buildVocabulary } from '../../src/retrieval/vocabulary.js';
import { tokenize } from '../../src/text/tokenize.js';
import { keyTerm } from '../support/key-terms.js';

describe('bodyHeads', () => {
  it('gives the one head the texts name for a body, by the stems qualifying the post', () => {
    const heads = bodyHeads(['OAS Secretary General Luis Almagro spoke.', 'Later Almagro left.', 'Fifa president Sepp Blatter hopes.']);
    expect(heads.get('oa')).toEqual([tokenize('Luis Almagro'), ['almagro']]);
    expect(heads.get('fifa')).toEqual([tokenize('Sepp Blatter'), ['blatter']]);
  });

  it('leaves out a body given two heads, and a post serving it or qualified by nothing', () => {
    const heads = bodyHeads([
      'IMF director Rodrigo Rato spoke. IMF director Horst Kohler spoke.',
      'OAS spokesman Juan Perez said so. President Martin Vizcarra met him.',
    ]);
    expect(heads.get('imf')).toBeUndefined();
    expect(heads.get('oa')).toBeUndefined();
    expect([...heads.keys()]).toEqual([]);
  });

  it('leaves out a former holder, and one heading a part of the body', () => {
    const heads = bodyHeads([
      'The talks were joined by former Chelsea chairman Ken Bates.',
      'On the board sits Chelsea finance director Yvonne Todd.',
    ]);
    expect([...heads.keys()]).toEqual([]);
  });
});

describe('withHeads', () => {
  const stats: TermStats = {
    vocabulary: buildVocabulary(['The OAS met.']),
    documentShare: () => 0.5,
    cooccur: () => true,
    heads: (body) => (body === 'oa' ? [tokenize('Luis Almagro'), ['almagro']] : []),
  };
  const oas = (at: number) => keyTerm('OAS', { entity: true, at, alternatives: [['oa']] });
  const words = (q: string) => q.split(' ').map((folded) => ({ folded }));

  it('gives a body named beside a word for its head the forms of its head', () => {
    const [chief] = withHeads([oas(3)], words('what did the oas chief say'), stats);
    expect(chief!.alternatives).toContainEqual(['almagro']);
    expect(chief!.headedBy).toEqual([tokenize('Luis Almagro'), ['almagro']]);
    const [head] = withHeads([oas(6)], words('what did the head of the oas say'), stats);
    expect(head!.headedBy).toBeDefined();
  });

  it('leaves a body named alone, or with no head the corpus names', () => {
    expect(withHeads([oas(3)], words('what did the oas say'), stats)[0]!.headedBy).toBeUndefined();
    expect(withHeads([oas(3)], words('what did the oas chief say'), { ...stats, heads: () => [] })[0]!.headedBy).toBeUndefined();
  });
});
