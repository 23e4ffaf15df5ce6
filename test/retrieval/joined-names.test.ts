import { describe, expect, it } from 'vitest';
import { JoinedNames } from '../../src/retrieval/joined-names.js';

describe('JoinedNames', () => {
  it('links a name written as words with its one-word form when the corpus writes that as a name', () => {
    const names = new JoinedNames();
    names.addRun(['time', 'warner']);
    names.addRun(['lima', 'group']);
    expect(names.groups((w) => w === 'timewarner')).toEqual([[['time', 'warner'], ['timewarn']]]);
  });

  it('links nothing the corpus never writes joined, and no run with a stopword or of one word', () => {
    const names = new JoinedNames();
    names.addRun(['bank', 'of', 'england']);
    names.addRun(['peru']);
    expect(names.groups(() => true)).toEqual([]);
  });
});
