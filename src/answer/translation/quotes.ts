import { isCitebotError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { ForeignLanguage } from '../../text/language.js';
import type { Translator } from '../../translate/types.js';
import { GAP_MARK, quoteParts } from '../quote-parts.js';
import type { Answer, QuotedPassage } from '../types.js';

/**
 * Adds a machine translation of each quote into the asker's language, when asked for. It is a
 * reading aid shown under the quote and labelled as a machine translation: the quote itself is
 * never touched. All quotes go to the engine in one call, one paragraph each; if the engine
 * fails, the answer goes out without translations (and the log says why).
 */
export async function withQuoteTranslations(answer: Answer, translator: Translator, logger?: Logger): Promise<Answer> {
  const language = answer.language;
  if (language === 'en' || (answer.passages.length === 0 && answer.related.length === 0)) return answer;
  try {
    const [passages, related] = await Promise.all([
      translate(answer.passages, language, translator),
      translate(answer.related, language, translator),
    ]);
    return { ...answer, passages, related };
  } catch (error) {
    if (!isCitebotError(error)) throw error;
    logger?.warn({ err: error, language }, 'quote translation failed; answering without it');
    return answer;
  }
}

async function translate(passages: readonly QuotedPassage[], language: ForeignLanguage, translator: Translator): Promise<QuotedPassage[]> {
  if (passages.length === 0) return [];
  // A quote's own line breaks would split it into paragraphs; the translation is read as one,
  // of the text shown (what the quote skips is not translated).
  const paragraphs = passages.map((p) => quoteParts(p).join(` ${GAP_MARK} `).replace(/\s+/g, ' ').trim());
  const joined = await translator.fromEnglish(paragraphs.join('\n\n'), language);
  let parts = joined.split(/\n\s*\n/).map((t) => t.trim());
  if (parts.length !== paragraphs.length) parts = await Promise.all(paragraphs.map((p) => translator.fromEnglish(p, language)));
  return passages.map((p, i) => ({ ...p, translation: parts[i] ?? '' }));
}
