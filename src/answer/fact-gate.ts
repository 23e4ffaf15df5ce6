/**
 * Whether the best passages give the fact a question hinges on: a figure, a date or a year it
 * names. Pure.
 */
import type { KeyTerm, QuestionAnalysis } from '../retrieval/key-terms.js';
import { countsAny, WANTED } from '../retrieval/count.js';
import { surfaceWords } from '../retrieval/surface-words.js';
import { countedDoing, countedStems, countedWhere } from '../retrieval/counted.js';
import { askedMeasure } from '../retrieval/measure.js';
import { weightedShare, type PassageSupport } from '../retrieval/support.js';
import { monthNumber } from '../text/months.js';
import { tokenize } from '../text/tokenize.js';
import { LIGHT_VERBS } from '../retrieval/question-words.js';
import type { HeadPassage } from './gates.js';

/**
 * A question for a figure ("how many", "how much") or a date ("when", "what year") that no
 * best passage gives one for is not answered by them, however close their topic: the figure or
 * the date is what it hinges on. Only the passages carrying the most of the question count, and
 * for "how many X" only a figure counting X. A measure asked for ("how much", "how long", "what
 * time" …) was read into each passage's `typed` when its support was judged with the question.
 */
export function factMissing(reading: QuestionAnalysis, head: readonly HeadPassage[]): boolean {
  // A question led by a part asking no kind of fact ("stan lee sued marvel and won? what % does he
  // get") is answered by that part; the figure asked after it is named if no quote gives it.
  if (reading.answerTypes.length > 1 && reading.answerTypes[0] === 'any') return false;
  // A light verb and its particle carry little of what is counted: "how many did Mexico take back"
  // is not answered by "taking a step back" more than by "Mexico has received hundreds".
  const light = lightPhrase(reading.terms);
  // A month or year asked counts as carried by a passage of an article published then (see datedCarried); read once a passage.
  const dated = new Map(head.map((h) => [h, datedCarried(reading, h)]));
  const shareOf = (h: HeadPassage) =>
    Math.max(
      light.size === 0 ? h.support.share : weightedShare(reading.terms, h.support.carried, (t) => !light.has(t), 1),
      weightedShare(reading.terms, dated.get(h)!, (t) => !light.has(t), 1),
    );
  const bestShare = Math.max(0, ...head.map(shareOf));
  // And naming the most of its names: "About 60 people attended Sunday's meeting in Monaco" is no count for a meeting in Cancun.
  const namedShare = (h: HeadPassage) =>
    Math.max(
      h.support.entityShare,
      weightedShare(reading.terms, dated.get(h)!, (t) => t.entity, 0),
    );
  const bestNamed = Math.max(0, ...head.map(namedShare));
  // A measure asked by its name asks a figure too: "what were Apple's quarterly earnings".
  const asksFact = reading.answerType === 'number' || reading.answerType === 'date' || askedMeasure(reading.searchText) !== null;
  const counts = countsAsked(reading);
  const gives = (h: HeadPassage) => h.support.typed && (counts === null || counts(h.text));
  // A name besides a year: a figure of Japan's growth is none of Vietnam's, whatever year both share.
  const named = reading.terms.flatMap((t, i) => (t.entity && t.inCorpus && !YEAR.test(t.text) ? [i] : []));
  const namesOne = (h: HeadPassage) => named.length === 0 || named.some((i) => dated.get(h)![i] === true);
  // A figure counting what is asked, where it is asked, may stand in a passage carrying a little
  // less of the question than the best: "took … numbers of 400 customers" counts "how many
  // t-mobile customers got their details nicked" though "details" stands in the passage after.
  const near = counts === null ? bestShare : bestShare * COUNT_REACH;
  return asksFact && !head.some((h) => gives(h) && shareOf(h) >= near - 1e-9 && namedShare(h) >= bestNamed - 1e-9 && namesOne(h));
}

/** How much of the best passage's share of the question a passage counting what is asked must carry. */
const COUNT_REACH = 0.75;

/** Particles that make a phrasal verb with the verb before them ("take back", "give up"). */
const PARTICLES = new Set(['back', 'up', 'out', 'off', 'down', 'away', 'over', 'around', 'along']);

/** The terms that are a light verb ("take", "get", "give") or its particle, one word after it or two ("take them back"). */
function lightPhrase(terms: readonly KeyTerm[]): Set<KeyTerm> {
  const verbs = terms.filter((t) => LIGHT_VERBS.has(t.text.toLowerCase()));
  const after = (t: KeyTerm) => verbs.some((v) => t.words.first - v.words.last >= 1 && t.words.first - v.words.last <= 2);
  return new Set(terms.filter((t) => verbs.includes(t) || (PARTICLES.has(t.text.toLowerCase()) && after(t))));
}

/**
 * Asked "how many X", whether a text gives a figure counting X (where the question asks it of,
 * when it does: "how many Venezuelans are in Peru"); null when any figure would do.
 */
export function countsAsked(reading: QuestionAnalysis): ((text: string) => boolean) | null {
  const asked = countedStems(reading.searchText);
  // What is counted under another of its names is counted too, by that name's last word:
  // "more than 2,600 anti-social behaviour orders" counts "asbos".
  const named = reading.terms.filter((t) => t.alternatives[0]!.length > 0 && t.alternatives[0]!.every((s) => asked.includes(s)));
  const counted = [...asked, ...named.flatMap((t) => t.alternatives.slice(1).flatMap((form) => form.slice(-1)))];
  const place = new Set(countedWhere(reading.searchText));
  // Where the count is asked of: each name the question writes there, by any of its forms.
  const where = reading.terms
    .filter((t) => t.entity && t.inCorpus && tokenize(t.text).every((w) => place.has(w)))
    .map((t) => t.alternatives);
  // Nothing counted and nowhere asked: any figure counts, as for any other question.
  if (counted.length === 0 && where.length === 0) return null;
  const doing = countedDoing(reading.searchText);
  // Asked how many there were, not how many were wanted ("how many votes did they need"): a figure wanted is no count.
  const done = !surfaceWords(reading.searchText).some((w) => WANTED.test(w.folded) || EXPECTING.test(w.folded));
  return (text) => countsAny(text, counted, where, doing, done);
}

/** Verbs asking what was expected rather than what came about: "how many votes did he think he'd get". */
const EXPECTING = /^(?:think|thinks|thought|believes?|believed|predicts?|predicted|forecasts?|plans?|planned)$/i;

/** A year as a key term holds it. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * A year is as precise as a date: when no best passage writes the year a question names and
 * none is of an article published that year, they speak of another time ("did the Lima Group
 * meet in 2021" answered from 2019). A passage of a 2017 article speaks of 2017 without writing
 * it. A passage of an undated article shows no year it does not write: quoting it for "how did
 * Sania Mirza do at Wimbledon in 2005" would claim what the quote cannot show.
 */
export function yearMissing(reading: QuestionAnalysis, head: readonly HeadPassage[]): boolean {
  return reading.terms.some((t, i) => YEAR.test(t.text) && !head.some((h) => datedCarried(reading, h)[i]));
}

/**
 * Which terms the passage carries, a year or a month asked counting as carried when its article
 * was published then: a passage of an article of October 2022 speaks of "that october 2022 plan"
 * as "last week". A month asked with a year counts only in that year.
 */
function datedCarried(reading: QuestionAnalysis, h: HeadPassage): boolean[] {
  const published = h.published ?? '';
  const year = published.slice(0, 4);
  const month = Number(published.slice(5, 7));
  const years = reading.terms.filter((t) => YEAR.test(t.text)).map((t) => t.text);
  const ofMonth = (t: KeyTerm) => month > 0 && monthNumber(t.text) === month && (years.length === 0 || years.includes(year));
  return reading.terms.map((t, i) => h.support.carried[i] === true || (YEAR.test(t.text) && year === t.text) || (t.entity && ofMonth(t)));
}

/**
 * A best passage's support with the dates it speaks of as carried: a refusal's line must not
 * say no passage speaks of the OAS and 2017 together when the best is of a 2017 article.
 */
export function withArticleDates(reading: QuestionAnalysis, h: HeadPassage): PassageSupport {
  return { ...h.support, carried: datedCarried(reading, h) };
}
