import { tokenize } from '../../text/tokenize.js';

/** Another choice replaces the engine's only when the corpus uses it this many times more often. */
const PREFERENCE = 3;

/**
 * Where the translation engine picked one of several English words for a source word ("apoyar"
 * → lean, support), uses the one this corpus writes far more often: news text says
 * "support". The word is replaced in its base form; the reading is for search and for the
 * "Read as" line, not for prose. Pure.
 */
export function preferCorpusWords(text: string, choices: readonly (readonly string[])[], documentShare: (term: string) => number): string {
  let out = text;
  for (const [chosen, ...others] of choices) {
    const stem = tokenize(chosen ?? '')[0];
    if (stem === undefined || others.length === 0) continue;
    const share = (w: string) => {
      const terms = tokenize(w);
      return terms.length === 0 ? 0 : Math.min(...terms.map(documentShare));
    };
    const best = others.reduce((a, b) => (share(b) > share(a) ? b : a));
    if (share(best) <= PREFERENCE * share(chosen!)) continue;
    // Replace the chosen word in whatever inflection the engine wrote it ("leaning", "leans").
    out = out.replace(/\p{L}+/gu, (w) => (tokenize(w)[0] === stem && tokenize(w).length === 1 ? best : w));
  }
  return out;
}
