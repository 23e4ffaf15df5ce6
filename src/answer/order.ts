import { speakingOfAsked } from '../retrieval/asked-speaker.js';
import { introducesAsked } from '../retrieval/identity.js';
import type { QuestionAnalysis } from '../retrieval/key-terms.js';
import { askedMeasure, lacksMeasure } from '../retrieval/measure.js';
import { asksPlaces, listsPlaces } from '../retrieval/place-list.js';
import { deniesAsked, stancesToAsked } from '../retrieval/polarity.js';
import type { RankInput } from '../retrieval/rerank.js';
import { holderAsked } from '../retrieval/title-holders.js';
import type { HeadPassage } from './gates.js';
import type { PostAsked } from './post-gate.js';
import { speaksOfTopic } from './speaker-gate.js';
import type { TopOrder } from './top.js';

/**
 * What moves passages up in the answer to `reading` (see top.ts): what the question asks for
 * (a measure, a date, a person), who it asks to have spoken, who it asks about, what post's
 * holder, which places, and how a passage stands to the words it asks about. `post` is read once
 * by the caller, for the refusal too; `readAt` is a candidate as the checks read it. Pure.
 */
export function topOrder(reading: QuestionAnalysis, post: PostAsked | null, readAt: (c: RankInput) => HeadPassage): TopOrder {
  const ofTopic = speaksOfTopic(reading);
  return {
    post,
    measure: askedKind(reading),
    givesMeasure: askedMeasure(reading.searchText) === null ? null : (text) => !lacksMeasure(reading.searchText, text),
    speaks: speakingOfAsked(reading),
    speaksOfTopic: ofTopic && ((c: RankInput) => ofTopic(readAt(c))),
    introduces: introducesAsked(reading),
    holders: post === null ? holderAsked(reading.searchText) : null,
    lists: asksPlaces(reading.searchText) ? listsPlaces : null,
    stances: stancesToAsked(reading),
  };
}

/** The kind of fact whose passages lead: a measure, a date or a person; null for any other question. */
function askedKind(reading: QuestionAnalysis): TopOrder['measure'] {
  if (askedMeasure(reading.searchText) !== null) return 'measure';
  if (reading.answerType === 'date') return 'date';
  // Asked who was not, the sentence naming someone beside the words asked is who was.
  return reading.answerType === 'person' && !deniesAsked(reading) ? 'person' : null;
}
