import type { AnswerType } from '../retrieval/answer-type.js';
import type { KeyTerm, QuestionAnalysis } from '../retrieval/key-terms.js';
import type { MeasureKind } from '../retrieval/measure.js';
import type { PassageSupport } from '../retrieval/support.js';
import type { Language } from '../text/language.js';
import type { Checks } from './checks.js';
import type { SilentSpeaker } from './speaker-gate.js';
import { escapeRegExp } from '../text/regexp.js';
import { asTyped, display, listNames, showNames } from './gap-names.js';
import { phrasesFor } from './phrases.js';

/**
 * One plain line saying what the corpus lacks for a question it cannot answer: the names it
 * never mentions, the names no passage brings together, or the kind of fact no passage gives.
 */
export function describeGap(
  terms: readonly KeyTerm[],
  type: AnswerType,
  best: PassageSupport | null,
  language: Language = 'en',
  measure: MeasureKind | null = null,
): string {
  const say = phrasesFor(language);
  const list = (names: string[]) => listNames(names, say.and);
  const absent = terms.filter((t) => t.entity && !t.inCorpus).map((t) => (t.noun ? say.the(t.text.toLowerCase()) : display(t.text)));
  if (absent.length > 0) return say.neverMentions(list(absent));
  if (best) {
    const names = terms.map((t, i) => ({ t, carried: best.carried[i] })).filter(({ t }) => t.entity);
    const apart = names.filter((n) => !n.carried).map((n) => display(n.t.text));
    const shown = asTyped(names.map((n) => n.t));
    if (names.length >= 2 && apart.length > 0 && shown.length >= 2) return say.notTogether(list(shown));
    // A measure asked for is named as what it is: "no passage with a length", not "with a number".
    if (!best.typed && (type !== 'any' || measure !== null) && names.length > 0) return say.noKind(list(shown), measure ?? type);
  }
  return say.noPassage;
}

/** Why a question was not answered, as the checks found it. */
export interface Refusal extends Omit<Checks, 'noFact'> {
  /** Names the corpus never mentions. */
  missing: readonly string[];
  reading: Pick<QuestionAnalysis, 'terms' | 'answerType'>;
  /** The best passage's support (typed false when the asked-for fact is missing). */
  best: PassageSupport | null;
  /** The measure the question asks for, if any ("how long" asks a length). */
  measure?: MeasureKind | null;
}

/** The one line a refusal shows: a name the corpus never mentions comes first, then what the checks found. */
export function describeRefusal(r: Refusal, language: Language = 'en'): string {
  const say = phrasesFor(language);
  if (r.vague) return say.noSubject;
  if (r.missing.length === 0 && r.preview) return say.onlyPlanned;
  if (r.missing.length === 0 && r.silent) return describeSilence(r.silent, language);
  if (r.missing.length === 0 && r.unnamed)
    return say.noHolder(
      r.unnamed.post.toLowerCase(),
      display(r.unnamed.owner.text),
      r.unnamed.kind === 'property',
      r.unnamed.then === true,
    );
  if (r.missing.length === 0 && r.unreported) return say.noOutcome(listNames(asTyped(r.unreported.names), say.and), r.unreported.word);
  if (r.missing.length === 0 && r.nameless) {
    const who = showNames(r.nameless.phrase, r.nameless.names);
    // "david miliband's wife" is David Miliband's; "make up artist" is the make up artist.
    return say.noName(listNames(asTyped(r.nameless.names), say.and), /['’]s\s/.test(who) ? who : say.the(who));
  }
  if (r.missing.length === 0 && r.unchosen)
    return say.noChoice(listNames(asTyped(r.unchosen.names), say.and), r.unchosen.options[0], r.unchosen.options[1]);
  return describeGap(r.reading.terms, r.reading.answerType, r.best, language, r.measure ?? null);
}

/** "No passage reports what X said about Y": the speaker, what they were asked to have spoken about, and a year as when. */
function describeSilence(silent: SilentSpeaker, language: Language): string {
  const say = phrasesFor(language);
  // A year reads as when, not as what about: "what Blair said about Iraq in 2010".
  const isYear = (t: KeyTerm) => /^\d{4}$/.test(t.text);
  // A common noun asked to have spoken ("almagros report") is "Almagro’s report", or "the report" with no owner before it.
  const ownerOf = (noun: KeyTerm) => silent.about.find((t) => t.words.last + 1 === noun.words.first);
  const owners = silent.who.flatMap((t) => (t.entity ? [] : (ownerOf(t) ?? [])));
  // What they were asked to speak of, as asked ("the lima group meeting"), stands for the names within it.
  const phrase = silent.topic;
  const inPhrase = (t: KeyTerm) => phrase !== undefined && new RegExp(`\\b${escapeRegExp(t.text)}\\b`, 'iu').test(phrase);
  const topics = silent.about.filter((t) => !isYear(t) && !owners.includes(t) && !inPhrase(t));
  const shown = phrase === undefined ? [] : [language === 'en' ? showNames(phrase, silent.about) : say.the(phrase.replace(/^the\s+/i, ''))];
  const about = [...asTyped(topics), ...shown];
  // A year within what they were asked to speak of ("the 2019 coup attempt") is said there once.
  const years = silent.about.filter((t) => isYear(t) && !inPhrase(t)).map((t) => t.text);
  const noun = (t: KeyTerm, owner = ownerOf(t)) =>
    owner === undefined ? say.the(t.text.toLowerCase()) : say.owned(display(owner.text), t.text.toLowerCase());
  const nouns = silent.who.filter((t) => !t.entity).map((t) => noun(t));
  const who = listNames([...asTyped(silent.who.filter((t) => t.entity)), ...nouns], say.and);
  return say.notQuoted(
    who,
    about.length > 0 ? listNames(about, say.and) : undefined,
    years.length > 0 ? listNames(years, say.and) : undefined,
  );
}

/**
 * For a question in several parts ("who went and why"), the line naming the parts no quoted
 * passage answers, or null when every part is answered (or the question has one part).
 */
export function describeUnansweredParts(
  types: readonly AnswerType[],
  holds: (type: AnswerType) => boolean,
  language: Language = 'en',
): string | null {
  if (types.length < 2) return null;
  const say = phrasesFor(language);
  const missing = types.filter((t) => !holds(t));
  return missing.length === 0
    ? null
    : say.noneSays(
        listNames(
          missing.map((t) => say.asked[t]),
          say.or,
        ),
      );
}

/** For a question about how things stand now: the newest of the quoted articles' dates, or null when none is dated. */
export function describeAsOf(dates: readonly (string | null | undefined)[], language: Language = 'en'): string | null {
  const known = dates.filter((d): d is string => typeof d === 'string' && d !== '');
  if (known.length === 0) return null;
  return phrasesFor(language).asOf(known.reduce((a, b) => (b > a ? b : a)));
}

/** The lines that are there, as one paragraph, or null when there are none. */
export function joinLines(...lines: (string | null)[]): string | null {
  const kept = lines.filter((l): l is string => l !== null);
  return kept.length === 0 ? null : kept.join(' ');
}
