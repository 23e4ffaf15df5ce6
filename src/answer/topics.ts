/**
 * The corpus's main subjects, for autocomplete and for suggestions when a question falls
 * outside the corpus: capitalised names (one to three words) found in several articles,
 * most widespread first. Pure.
 */
const NAME = /\b(?:[A-Z][\p{L}’'-]+|[A-Z]{2,})(?:\s+(?:[A-Z][\p{L}’'-]+|[A-Z]{2,})){0,2}\b/gu;
const NOT_SUBJECTS = new Set(['The', 'This', 'That', 'But', 'And', 'It', 'In', 'On', 'At', 'He', 'She', 'They', 'A', 'An', 'As', 'For', 'If', 'When', 'While', 'Among', 'First', 'Tuesday', 'Wednesday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Thursday']);

export function mainTopics(texts: readonly string[], limit = 25): string[] {
  const documents = new Map<string, number>();
  const mentions = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    for (const match of text.matchAll(NAME)) {
      const words = match[0].replace(/[’']s$/, '').split(/\s+/);
      while (words.length > 0 && NOT_SUBJECTS.has(words[0]!)) words.shift();
      const name = words.join(' ');
      if (name.length < 3) continue;
      mentions.set(name, (mentions.get(name) ?? 0) + 1);
      seen.add(name);
    }
    for (const name of seen) documents.set(name, (documents.get(name) ?? 0) + 1);
  }
  const minDocs = texts.length > 2 ? 2 : 1;
  return [...documents.entries()]
    .filter(([, df]) => df >= minDocs)
    .sort((a, b) => b[1] - a[1] || (mentions.get(b[0]) ?? 0) - (mentions.get(a[0]) ?? 0) || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name]) => name);
}
