/** Small hand-made inputs shared by several test files. */

/**
 * A made-up three-article corpus with names, an acronym defined in brackets and one spelled by
 * a name's initials, for the vocabulary and spelling tests (nothing from the real corpus).
 */
export const NAMED_TEXTS = [
  'The Organization of American States (OAS) met in Geneva. Foreign Minister Ana Vidal Costa spoke.',
  'AVC, as the papers call Ana Vidal Costa, said the OAS would meet again. Freedonian officials left.',
  'Reporters asked Vidal about the summit. The summit ended early.',
];

/** A file of nothing but page chrome: each line is something cleaning must remove. */
export const CHROME_ONLY = [
  'READ MORE: Venezuela talks resume in Mexico',
  'Photo: Reuters',
  'Sign up for our newsletter',
  'Also on CNN: Ten things to know',
  'Share this article',
  'Comments',
].join('\n');
