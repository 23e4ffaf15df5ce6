import { describe, expect, it } from 'vitest';
import { byPublished, indexLookups } from '../../src/answer/lookups.js';
import { smallIndex } from '../support/small-index.js';

function lookupsOf(titles: Record<string, string>, texts: Record<string, string[]>) {
  const { search, articles } = smallIndex(texts);
  const titled = [...articles.values()].map((a) => ({ ...a, source: { ...a.source, title: titles[a.id] ?? a.source.title } }));
  return indexLookups({ articles: titled, lexical: search.lexical });
}

describe('indexLookups', () => {
  it('counts a word only a headline writes as in the corpus, and a word no article writes as absent', () => {
    const lookups = lookupsOf({ a: 'Amex shares up on spin-off news' }, { a: ['Shares in American Express surged.'], b: ['Oil fell.'] });
    expect(lookups.terms.documentShare('amex')).toBeGreaterThan(0);
    expect(lookups.terms.documentShare('share')).toBeGreaterThan(0);
    expect(lookups.terms.documentShare('visa')).toBe(0);
  });

  it('reads a passage with the holder of a post it names alone, and whom they speak for, and quotes nothing of it', () => {
    const text = ['OAS Secretary General Luis Almagro spoke on Monday.', 'The Secretary General is still calling for elections.'];
    const { search, articles } = smallIndex({ a: text });
    const lookups = indexLookups({ articles: [...articles.values()], lexical: search.lexical });
    const second = search.passages[1]!;
    expect(lookups.readText(second)).toBe('The Secretary General Luis Almagro is still calling for elections (OAS).');
    expect(second.text).toBe(text[1]);
    // A passage that no longer matches its article's text is read as it stands.
    expect(lookups.readText({ ...second, start: 0 })).toBe(text[1]);
  });

  it('gives as the subject of an article its lede beside its headline, and as its dateline the headline alone', () => {
    const lookups = lookupsOf(
      { a: 'Cancun talks fail' },
      { a: ['After the attempt to intervene in Venezuela failed, Mexico spoke.', 'Caricom put forward a counterproposal.'] },
    );
    expect(lookups.dateline('a')).not.toContain('Venezuela');
    expect(lookups.subject('a')).toContain('After the attempt to intervene in Venezuela failed, Mexico spoke.');
    expect(lookups.subject('a')).toContain('Cancun talks fail');
    expect(lookups.subject('missing')).toBe('');
  });

  it('lists articles oldest first, undated last', () => {
    expect(byPublished({ published: '2019' }, { published: null })).toBeLessThan(0);
    expect(byPublished({ published: '2017-03' }, { published: '2019-04' })).toBeLessThan(0);
  });
});
