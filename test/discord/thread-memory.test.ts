import { describe, expect, it } from 'vitest';
import { ThreadMemory } from '../../src/discord/thread-memory.js';

describe('ThreadMemory', () => {
  it('remembers the last question per thread and forgets the least recently used first', () => {
    const memory = new ThreadMemory(2);
    memory.set('t1', 'q1');
    memory.set('t2', 'q2');
    expect(memory.get('t1')).toBe('q1'); // t1 is now the most recent
    memory.set('t3', 'q3');
    expect(memory.get('t2')).toBeUndefined();
    expect(memory.get('t1')).toBe('q1');
    memory.set('t1', 'q1b');
    expect(memory.get('t1')).toBe('q1b');
    expect(memory.size).toBe(2);
  });
});
