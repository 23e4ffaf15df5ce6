import { ABSTAIN_FEATURES, type AbstainModel } from '../retrieval/abstain.js';

/**
 * An abstention rule that answers every question: for tests over the fake embedder, which has
 * no notion of meaning, so the fitted rule would be judging noise. The fitted rule itself is
 * exercised with the real model (test/cli/ask.test.ts, test/discord/real-service.test.ts).
 */
export const ALWAYS_ANSWER: AbstainModel = {
  weights: Object.fromEntries(ABSTAIN_FEATURES.map((f) => [f, 0])) as AbstainModel['weights'],
  threshold: 0,
  fittedOn: 'test: always answer',
};
