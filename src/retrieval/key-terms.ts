import { normalizeChat } from '../text/chat.js';
import { isEnglishWord } from '../text/lexicon.js';
import { askedKind, isFormWord, isName, isSentence, LIGHT_VERBS, MOTION_VERBS, writesCase } from './question-words.js';
import { STANCE_TERM, stanceNames } from './stance.js';
import { dayAt, dayKeyTerm } from './days.js';
import { isMoneyWord, SUM_TERM } from './measure.js';
import { otherRequestStems } from './request-words.js';
import { answerTypeOf, answerTypesOf } from './answer-type.js';
import { tokenize } from '../text/tokenize.js';
import { withHeads } from './body-heads.js';
import { dropTypedPossessive, joinMissingNames, markAbsentSpeaker } from './missing-names.js';
import { withGovernments } from './governments.js';
import { otherForms } from './word-forms.js';
import { correctWord } from './spelling.js';
import { joinHyphenedApart } from './hyphened.js';
import { caseAsCorpus, spellAsCorpus } from './as-corpus.js';
import { foldWord, surfaceWords } from './surface-words.js';
import { respellNames, unpairedName } from './full-names.js';
import { questionStart } from './topic-part.js';
import type { KeyTerm, QuestionAnalysis, TermStats } from './question-reading.js';

export type { KeyTerm, QuestionAnalysis, TermStats } from './question-reading.js';

const ENTITY_WEIGHT = 3;

/**
 * Reads a question: chat normalised, misspellings corrected against the corpus, then its key
 * terms. A term is a name when the corpus mostly capitalises it, the question capitalises it
 * mid-sentence, it is a country form, or it is neither a corpus word nor general English
 * (a name the corpus never mentions); an English word the member wrote in lower case while
 * capitalising names is a common word. `typed` is the question as the member typed it, when
 * `question` is its machine translation. Pure over `stats`.
 */
export function analyseQuestion(question: string, stats: TermStats, typed: string = question): QuestionAnalysis {
  const { vocabulary } = stats;
  const normalized = normalizeChat(question);
  const corrections: { from: string; to: string }[] = [];
  const words = joinHyphenedApart(vocabulary, surfaceWords(normalized)).map((w, i) => {
    const fixed = correctWord(vocabulary, w.folded);
    // A word opening a sentence inside the question ("… in cancun? Something of …") is capitalised whatever it is.
    const first = i === 0 || w.opening;
    if (fixed === null) return { ...w, first, at: i };
    corrections.push({ from: w.word, to: fixed });
    return { word: fixed, folded: fixed, capital: w.capital, joined: w.joined, first, at: i };
  });
  // Two words the corpus writes apart, one letter off a name it writes whole, are that name misspelt.
  corrections.push(...respellNames(words, vocabulary.fullNames));
  let searchText = normalized;
  for (const { from, to } of corrections) searchText = searchText.replace(from, to);
  searchText = spellAsCorpus(searchText, vocabulary);

  // Read on the question as typed: a machine translation capitalises on its own.
  const cased = writesCase(typed);
  // Each remaining word with its stemmed term; stopwords drop out here.
  const tokens = words.filter((_, i) => !isFormWord(words, i)).flatMap((w) => tokenize(w.word).map((term) => ({ ...w, term })));
  const terms: KeyTerm[] = [];
  const related: string[] = [];
  for (let i = 0; i < tokens.length;) {
    // A day of a month is one term, which only a passage writing that day carries.
    const day = dayAt(words, tokens[i]!.at);
    if (day !== null) {
      terms.push(dayKeyTerm(day, tokens[i]!.at, stats.documentShare, ENTITY_WEIGHT));
      while (i < tokens.length && tokens[i]!.at <= day.last) i++;
      continue;
    }
    let span = Math.min(vocabulary.longestForm, tokens.length - i);
    // Longest known multi-word form first ("united states", "organization american states").
    while (
      span > 1 &&
      !vocabulary.variants.has(
        tokens
          .slice(i, i + span)
          .map((t) => t.term)
          .join(' '),
      )
    )
      span--;
    const part = tokens.slice(i, i + span);
    i += span;
    const own = part.map((t) => t.term);
    const key = own.join(' ');
    if (terms.some((t) => t.alternatives[0]!.join(' ') === key)) continue;
    // "City" in "which city" is the kind of place asked for, not the name of a football club.
    const kind = span === 1 && askedKind(words, part[0]!.at);
    const named = !kind && part.some((t) => isName(t, vocabulary, cased));
    // A lone common word the corpus writes, but not as a name, only shares a stem with a name's
    // form ("one" and the acronym "ONS" both stem to "on"): it takes none of that name's forms.
    const plain = span === 1 && !named && isEnglishWord(part[0]!.folded) && vocabulary.words.has(part[0]!.folded);
    // "Lima" in "the Lima Group" names no country: it takes none of Peru's forms.
    const next = tokens[i];
    const body = span === 1 && next?.at === part[0]!.at + 1 && vocabulary.placeLed.has(`${part[0]!.folded} ${next.folded}`);
    // A stance asked about is carried by a sentence stating one, under any of its names; all of them are searched.
    const stance = span === 1 ? stanceNames(words, part[0]!.at).flatMap((n) => tokenize(n)) : [];
    related.push(...stance.filter((t) => !own.includes(t)));
    // Other forms of a verb the stemmer does not join to it ("die" / "died", "suspend" / "suspension"), and
    // its other spelling where the corpus writes both ("defense" / "defence"), are searched too.
    const inflected = span === 1 ? otherForms(part[0]!.folded, vocabulary, named).map((stem) => [stem]) : [];
    related.push(...inflected.flat());
    // A word for money is carried by a sum as well ("did the US give refugees money": "$60 million in aid").
    const sum = span === 1 && isMoneyWord(part[0]!.folded) ? [[SUM_TERM]] : [];
    // Initials the corpus never writes stand for the name they spell there ("epi": "Economic Policy Institute").
    // Two letters stand for a name only typed in capitals ("the DR"): "dr" in chat may be anything.
    const initials = span === 1 && !isEnglishWord(part[0]!.folded) && (part[0]!.folded.length > 2 || /^\p{Lu}+$/u.test(part[0]!.word));
    const spelt = initials ? (vocabulary.initials.get(part[0]!.folded) ?? []) : [];
    related.push(...spelt.flat());
    // A request is carried under any word for one ("wants" by "asked … to"); only the word asked is searched.
    const requested = span === 1 ? otherRequestStems(part[0]!.folded).map((stem) => [stem]) : [];
    const forms = [own, ...inflected, ...sum, ...spelt, ...requested, ...(plain || body ? [] : (vocabulary.variants.get(key) ?? []))];
    const alternatives = stance.length > 0 ? [[STANCE_TERM]] : forms;
    const inCorpus = forms.some((alt) => alt.every((t) => stats.documentShare(t) > 0));
    // A light verb the corpus never writes ("giving", "got") asks nothing of it: the corpus words
    // the act another way. A verb of motion asks where ("where is X going").
    const light = LIGHT_VERBS.has(part[0]!.folded) && !MOTION_VERBS.has(part[0]!.folded);
    if (!inCorpus && span === 1 && !named && light) continue;
    const entity = !kind && (span > 1 || (!plain && vocabulary.variants.has(key)) || named || spelt.length > 0);
    const share = Math.max(...own.map((t) => stats.documentShare(t)));
    // A word the corpus never uses counts in full: no passage can carry it, and a question made
    // of such words ("how do I bake sourdough") must not look covered by the one word it shares.
    const weight = entity ? ENTITY_WEIGHT : inCorpus && share > 0.5 ? 0.5 : 1;
    const position = { first: part[0]!.at, last: part[part.length - 1]!.at };
    terms.push({
      // A word the corpus hyphenates gives two terms ("walmart" → "wal-mart"): written once.
      text: part
        .filter((t, k) => k === 0 || t.at !== part[k - 1]!.at)
        .map((t) => caseAsCorpus(t.word, vocabulary))
        .join(' '),
      alternatives,
      entity,
      inCorpus,
      weight,
      words: position,
    });
  }
  const read = dropTypedPossessive(
    joinMissingNames(
      markAbsentSpeaker(withHeads(withGovernments(terms, words, stats), words, stats), searchText, ENTITY_WEIGHT),
      stats.cooccur,
      isSentence(normalized),
      (a, b) => unpairedName(vocabulary.fullNames, foldWord(a.text), foldWord(b.text)),
    ),
    words.map((w) => w.folded),
  );
  // A body's head asked about is searched by name: "the head of the UN" is found as Kofi Annan.
  related.push(...read.flatMap((t) => t.headedBy ?? []).flat());
  const asks = questionStart(normalized);
  return {
    searchText,
    corrections,
    terms: read.map((t) => (!t.entity && t.words.last < asks ? { ...t, topic: true } : t)),
    answerType: answerTypeOf(normalized),
    answerTypes: answerTypesOf(normalized),
    related: [...new Set(related)],
  };
}
