import { describe, expect, it } from 'vitest';
import { followedNames } from '../../src/retrieval/follow-up.js';
import { analyseQuestion, type TermStats } from '../../src/retrieval/key-terms.js';
import { buildVocabulary } from '../../src/retrieval/vocabulary.js';

const texts = ['Peru invited Russia to the Lima Group meeting.', 'Mexico made a decision on visas.'];
const stats: TermStats = {
  vocabulary: buildVocabulary(texts),
  documentShare: (term) => texts.filter((t) => t.toLowerCase().includes(term)).length / texts.length,
  cooccur: () => false,
  governments: () => [],
};

describe('followedNames', () => {
  it('gives the names of the question followed that the follow-up does not name itself', () => {
    const reading = analyseQuestion('and what did they decide?', stats);
    const names = followedNames('Who did Peru invite to the Lima Group meeting?', reading, stats).map((t) => t.text.toLowerCase());
    expect(names).toContain('peru');
    expect(names).not.toContain('invite');
    const own = followedNames('Who did Peru invite?', analyseQuestion('and what did peru decide?', stats), stats);
    expect(own).toEqual([]);
  });

  it('gives nothing without a question followed, or for names the corpus never mentions', () => {
    const reading = analyseQuestion('and what did they decide?', stats);
    expect(followedNames('', reading, stats)).toEqual([]);
    expect(followedNames('What did Lula say?', reading, stats)).toEqual([]);
  });
});
