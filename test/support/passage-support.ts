import type { PassageSupport } from '../../src/retrieval/support.js';

/**
 * A passage's support for the pure checks' and rankers' tests: it carries every name and word
 * of the question (share 1) and the kind of fact asked for, unless `options` says otherwise.
 */
export function passageSupport(options: Partial<PassageSupport> = {}): PassageSupport {
  return {
    carried: [],
    share: 1,
    entityShare: 1,
    typed: true,
    contentShare: 0,
    sentenceShare: 0,
    opensWithName: false,
    sentenceContent: 0,
    ...options,
  };
}
