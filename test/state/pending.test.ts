import { describe, expect, it } from 'vitest';
import { openStateDb } from '../../src/state/db.js';
import { PendingArticles } from '../../src/state/pending.js';

const UPLOAD = { guildId: 'g', userHash: 'h', fileName: 'a.md', body: 'text' };

describe('PendingArticles', () => {
  it('hands a pending upload out once', () => {
    const pending = new PendingArticles(openStateDb(':memory:'));
    const id = pending.add(UPLOAD);
    expect(id.length).toBeLessThanOrEqual(16);
    expect(pending.take(id)).toMatchObject(UPLOAD);
    expect(pending.take(id)).toBeUndefined();
  });

  it('forgets uploads not confirmed within a day', () => {
    const pending = new PendingArticles(openStateDb(':memory:'));
    const id = pending.add(UPLOAD, 0);
    expect(pending.take(id, 86_400_001)).toBeUndefined();
  });
});
