import { describe, expect, it } from 'vitest';
import { buildLangChainPeer, EmbedderEmbeddings, PEER_K } from '../../src/bench/peer-langchain.js';
import { FakeEmbedder } from '../../src/testing/fake-embedder.js';

const para = (topic: string, i: number) => `Paragraph ${i} is about ${topic}, and only ${topic}, told at some length to fill a chunk.`;
const article = (topic: string) => Array.from({ length: 30 }, (_, i) => para(topic, i)).join('\n\n');

describe('buildLangChainPeer', () => {
  it('splits each source with the default splitter and answers with at most five chunks, each from its own source', async () => {
    const sources = [
      { articleId: 'oil', text: article('oil prices in Venezuela') },
      { articleId: 'cake', text: article('chocolate cake recipes') },
    ];
    const peer = await buildLangChainPeer(sources, new FakeEmbedder());
    // About 2,600 characters each: the default 1,000-character chunks with 200 overlap give several per source.
    expect(peer.chunks).toBeGreaterThanOrEqual(6);
    const answer = await peer.ask('chocolate cake recipes');
    expect(answer.length).toBeGreaterThan(0);
    expect(answer.length).toBeLessThanOrEqual(PEER_K);
    expect(answer[0]!.articleId).toBe('cake');
    for (const r of answer) expect(sources.find((s) => s.articleId === r.articleId)!.text).toContain(r.text);
  });
});

describe('EmbedderEmbeddings', () => {
  it('gives LangChain the project embedder’s vectors as plain arrays', async () => {
    const embedder = new FakeEmbedder({ dimensions: 8 });
    const [expected] = await embedder.embed(['oil prices']);
    const lc = new EmbedderEmbeddings(embedder);
    expect(await lc.embedQuery('oil prices')).toEqual(Array.from(expected!));
    expect(await lc.embedDocuments(['a', 'b'])).toHaveLength(2);
  });
});
