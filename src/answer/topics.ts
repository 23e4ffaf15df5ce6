import { commonWords, namesIn, splitChanceJoins } from './topics/mentions.js';
import { groupVariants } from './topics/variants.js';

/**
 * The corpus's main subjects, for autocomplete and for suggestions when a question falls
 * outside the corpus: whole names (people without their titles, organisations, places), each
 * variant of a name folded into one entry, found in several articles, most widespread first.
 * Pure; general English rules only, nothing fitted to one corpus.
 */
export function mainTopics(texts: readonly string[], limit = 25): string[] {
  const common = commonWords(texts);
  const groups = groupVariants(splitChanceJoins(texts.map((text) => namesIn(text, common))));
  const minDocs = texts.length > 2 ? 2 : 1;
  return groups
    .filter((g) => g.documents >= minDocs)
    .sort((a, b) => b.documents - a.documents || b.mentions - a.mentions || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((g) => g.name);
}
