import type { QuestionAnalysis } from '../retrieval/key-terms.js';
import { speakerForms, speakerTerms } from '../retrieval/asked-speaker.js';
import { reportsSpeaking } from '../retrieval/speaker.js';
import { askedMeasure, lacksMeasure } from '../retrieval/measure.js';
import { supportOf } from '../retrieval/support.js';
import { asksOutcome, reportsResult, type TypedQuestion } from '../retrieval/tense.js';

/** How much key-term share and the asked-for kind of fact weigh against idf overlap (a few idf units each). */
const SENTENCE_SHARE_BONUS = 8;
const SENTENCE_TYPE_BONUS = 3;
const SENTENCE_CONTENT_BONUS = 3;

/**
 * How much a sentence is favoured when a quote is cut from a passage: the sentence that carries
 * the question's key terms (and the kind of fact asked for), not merely the one sharing most
 * words with it. `typed` is the question as typed, when it was read in English through a
 * translation, which may lose its tense.
 */
export function sentenceBonus(reading: QuestionAnalysis, typed?: TypedQuestion): (sentence: string, headline?: string) => number {
  // Asked how something turned out ("what happened at the meeting"): a sentence reporting a result is the kind of fact asked for.
  const outcome = asksOutcome(reading.searchText, typed);
  // Asked what someone said: the sentence in which they speak ("Colombia, for example, stressed that …").
  const speaker = speakerForms(speakerTerms(reading).filter((t) => t.inCorpus));
  // A measure asked ("what's the score", "how much did it sell for"), whatever the question word.
  const measured = askedMeasure(reading.searchText) !== null;
  const common = reading.terms.some((t) => !t.entity) && reading.terms.some((t) => t.entity);
  return (sentence, headline = '') => {
    // Given its article's headline (asked about a story named first), the headline's words are
    // carried by every sentence of the article: they tell none from another (see selectQuote).
    const support = supportOf(reading.terms, sentence, reading.answerType, headline);
    const typed = (support.typed && reading.answerType !== 'any') || (outcome && reportsResult(sentence));
    // Them speaking is what is asked, worth as much as every key term: the words they are asked
    // about may stand in the sentences around ("when Venezuela went after them"). So is the
    // measure asked: "beating Roddick 6-2 7-6" is the score, however often "Davis Cup" stands nearby.
    const speaks = speaker.length > 0 && reportsSpeaking(sentence, speaker);
    const gives = measured && !lacksMeasure(reading.searchText, sentence);
    return (
      SENTENCE_SHARE_BONUS * support.share +
      SENTENCE_CONTENT_BONUS * (common ? support.contentShare : 0) +
      (typed && !gives ? SENTENCE_TYPE_BONUS : 0) +
      (speaks ? SENTENCE_SHARE_BONUS : 0) +
      (gives ? SENTENCE_SHARE_BONUS : 0)
    );
  };
}
