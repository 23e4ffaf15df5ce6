import type { RankInput } from '../../src/retrieval/rerank.js';
import { passageSupport } from './passage-support.js';

/** A ranked candidate whose passage is `text`, carrying the question's one term unless `carried` is false. */
export const candidate = (id: string, text: string, carried = true): RankInput => ({
  retrieved: {
    passage: { id, articleId: id.split('#')[0]!, paragraph: 0, start: 0, end: text.length, text },
    score: 1,
    dense: null,
    lexical: null,
  },
  support: passageSupport({ carried: [carried] }),
  text,
  titleShare: 0,
  lead: false,
});

/** The passage ids of `list`, in order. */
export const ids = (list: readonly RankInput[]) => list.map((c) => c.retrieved.passage.id);
