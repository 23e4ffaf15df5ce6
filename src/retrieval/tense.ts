/**
 * Questions about how something turned out, and passages that report it only as planned. News
 * often previews an event ("Pompeo will meet Piñera on Friday"); a member asking afterwards
 * ("what did Piñera say after meeting Pompeo") finds the preview, which does not answer. Pure;
 * questions in English, and in Spanish or Portuguese as typed (a machine translation does not
 * always keep the tense: "o que aconteceu" came out as "what became").
 */
import { withoutDiacritics } from '../text/diacritics.js';
import { MONTH_NAMES, monthNumber, SHORT_MONTH } from '../text/months.js';

/** A question as the member typed it, when it was read in English through a translation. */
export interface TypedQuestion {
  text: string;
  language: string;
}

/**
 * The question asks how something turned out: an outcome phrase, "how did … go / end", or
 * "did/was …" with a verb of an event taking place or of what was said and decided there. "What did Pompeo want" asks an
 * intent, which a preview states.
 */
const ASKS_OUTCOME = new RegExp(
  [
    String.raw`\b(happened|turned out|ended up|in the end|showed up|turned up|took part|attended|outcome|results? of|came (?:out )?of|come (?:out )?of|after (?:they |he |she |it )?(?:met|meeting|talks|visit))\b`,
    // "how did the vote go", "how did the talks end", also as the first part of two ("… go, what was the margin").
    String.raw`\bhow\s+(?:did|was|were)\b.*?\b(?:go|end|pan out|play out)\s*(?:[?.!]?$|[?,;]|\s[-–—]\s|\s(?:and|&|n)\s)`,
    String.raw`\b(?:did|was|were)\b.*\b(meet|met|sign(?:ed)?|agree(?:d)?|attend(?:ed)?|show(?:ed)? up|go ahead|take place|held|cancel(?:l?ed)?|happen|say|tell|discuss|talk about|decide|announce|do)\b`,
  ].join('|'),
  'i',
);

/**
 * The same in Spanish and Portuguese, matched without accents: an outcome verb in the past
 * ("pasó", "ocurrió", "aconteceu", "terminou"), "in the end", "after meeting", or the past of
 * an event verb (met, signed, attended, was held, was cancelled, said, did, discussed, decided).
 */
const ASKS_OUTCOME_IN = {
  es: new RegExp(
    [
      String.raw`\b(paso|ocurrio|sucedio|termino|acabo|resulto|al final|despues de (?:la )?(?:reunion|reunirse|cumbre|visita))\b`,
      String.raw`\b(se reunio|se reunieron|firmo|firmaron|asistio|asistieron|se celebro|se realizo|se cancelo|fue cancelad[ao]|dijo|dijeron|hizo|hicieron|discutieron|hablaron de|decidio|decidieron|anuncio)\b`,
    ].join('|'),
    'i',
  ),
  pt: new RegExp(
    [
      String.raw`\b(aconteceu|ocorreu|sucedeu|terminou|acabou|resultou|no final|no fim|depois d[ae] (?:reuniao|se reunir|cupula|visita))\b`,
      String.raw`\b(se reuniu|se reuniram|reuniu-se|assinou|assinaram|compareceu|participou|foi realizad[ao]|foi cancelad[ao]|disse|disseram|fez|fizeram|discutiram|falaram sobre|decidiu|decidiram|anunciou)\b`,
    ].join('|'),
    'i',
  ),
} as const;

/** A passage speaks of something ahead. */
/** The words after "is" or "was" that make what follows a plan: "is expected to", "was due to". */
const PLANNED = 'expected|set|scheduled|due|going';

const AHEAD = new RegExp(
  String.raw`\b(will|won['’]t|(?:is|are) (?:${PLANNED}) to|plans? to|upcoming|next (?:week|month|meeting|gathering))\b`,
  'i',
);

/** A passage reports something done or said (a past tense of the common reporting and event verbs). */
const DONE = /\b(said|says|told|met|was|were|had|did|took|held|happened|ended|went|gave|made|came)\b/i;

/**
 * True when `question` asks what happened rather than what is planned or what is: the English
 * reading, or `original`, the question as typed in Spanish or Portuguese.
 */
export function asksOutcome(question: string, original?: TypedQuestion): boolean {
  return !ASKS_PLAN.test(question) && readsAs(ASKS_OUTCOME, ASKS_OUTCOME_IN, question, original);
}

/**
 * Asked what was planned, in the past: "what was Pompeo going to do in Colombia", "what were
 * they supposed to sign", and a machine reading's "what the Pompeo was to do" ("o que o Pompeo
 * foi fazer"). A preview answers it.
 */
const ASKS_PLAN = new RegExp(
  String.raw`\b(?:was|were)\s+(?:[\w'’]+\s+){0,3}?(?:${PLANNED}|gonna|supposed|planning|planned|meant)\s+to\b|\b(?:was|were)\s+to\s+[a-z]+`,
  'i',
);

/** A sentence reports how something came out: a verb of a result in the past. */
const RESULT =
  /\b(failed|rejected|approved|adopted|passed|agreed|reached|ended|voted|won|lost|decided|resolved|collapsed|succeeded|refused|blocked)\b/i;

/** True when `text` reports a result ("failed to reach a consensus", "the motion passed"). */
export function reportsResult(text: string): boolean {
  return RESULT.test(text);
}

/** True when `text` speaks of things ahead and reports nothing done or said. */
export function onlyPlanned(text: string): boolean {
  return AHEAD.test(text) && !DONE.test(text);
}

/** A month named in a question, with the year that follows it ("June 2017", "6 August, 2019"). */
const ASKED_MONTH = new RegExp(String.raw`\b(${MONTH_NAMES.join('|')})\b(?:\s+(?:\d{1,2},?\s+)?((?:19|20)\d\d))?`, 'i');

/** A month the question names, with its year when it gives one ("the August meeting", "in June 2017"); "may" counts only before a year. */
export function askedMonth(question: string): { month: number; year: number | null } | null {
  const m = ASKED_MONTH.exec(question);
  // A month cut short counts beside a day ("the aug 6 meeting"): alone, "mar" or "jan" may be a word or a name.
  const short = m ? null : SHORT_WITH_DAY.exec(question);
  const name = m?.[1] ?? short?.[1] ?? short?.[2];
  if (name === undefined || (name.toLowerCase() === 'may' && m?.[2] === undefined)) return null;
  const year = m?.[2] ?? /\b((?:19|20)\d\d)\b/.exec(question)?.[1];
  return { month: monthNumber(name)!, year: year === undefined ? null : Number(year) };
}

const SHORT_WITH_DAY = new RegExp(
  String.raw`\b(${SHORT_MONTH})\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(${SHORT_MONTH})\b`,
  'i',
);

/**
 * True when an article `published` ("2019-07-04", "2019-07") came out before the `asked` month
 * (of the article's own year when the question gives none): it can only have looked ahead to it.
 * A date without a month ("2019") cannot tell.
 */
export function publishedBefore(published: string | null | undefined, asked: { month: number; year: number | null }): boolean {
  const m = /^(\d{4})-(\d{2})/.exec(published ?? '');
  if (!m) return false;
  const year = Number(m[1]);
  const askedYear = asked.year ?? year;
  return year < askedYear || (year === askedYear && Number(m[2]) < asked.month);
}

/** "Still", "now", "these days": the question asks how things stand today, in any language citebot reads. */
const ASKS_NOW = {
  en: /\b(still|anymore|any more|nowadays|right now|currently|at the moment|these days|as of (?:now|today)|now)\b/i,
  es: /\b(todavia|aun|ahora|actualmente|hoy en dia|estos dias|a dia de hoy)\b/i,
  pt: /\b(ainda|agora|atualmente|hoje em dia|nesses dias|esses dias|neste momento)\b/i,
} as const;

/**
 * True when `question` asks how things stand now ("is Maduro still president"): a corpus of
 * dated articles can only say how they stood when its newest one ran. Reads the English
 * reading and, for a translated question, the question as typed.
 */
export function asksNow(question: string, original?: TypedQuestion): boolean {
  return readsAs(ASKS_NOW.en, ASKS_NOW, question, original);
}

/** `english` matches the English reading, or the typed language's rule matches the question as typed, accents or not. */
function readsAs(english: RegExp, typedRules: Partial<Record<string, RegExp>>, question: string, original?: TypedQuestion): boolean {
  if (english.test(question)) return true;
  const rule = original && typedRules[original.language];
  return rule !== undefined && original !== undefined && rule.test(withoutDiacritics(original.text));
}
