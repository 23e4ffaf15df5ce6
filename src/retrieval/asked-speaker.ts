import type { KeyTerm, QuestionAnalysis } from './key-terms.js';
import { isPlaceName } from '../text/geo.js';
import { isSpeechWord, reportsSpeaking } from './speaker.js';
import { surfaceWords } from './surface-words.js';

/**
 * Questions about what someone said ("what did Trump say about Venezuela", "how did Maduro
 * react"): who is asked to have spoken, under which forms, and about what. Whether a passage
 * reports them speaking is read in speaker.ts. Pure; English (a translated question is read in
 * its English reading).
 */

/** Up to seven words naming who spoke ("the head of the OAS", "the rfu and the english clubs"). */
const WHO = String.raw`((?:[\p{L}\p{N}’'.-]+\s+){0,6}?[\p{L}\p{N}’'.-]+)`;

/** "what / when did X say / tell / think / make of …", "how did X react", "did X say anything", "did X respond", and a machine translation's "what said X about …". */
const ASKS_SAID = [
  String.raw`^(?:what|how|why|when)\s+(?:did|does|do|has|have|had|would)\s+${WHO}\s+(?:say|said|tell|told|think|thought|claim|claimed|announce|announced|argue|argued|warn|warned|declare|declared|react|reacted|respond|responded|reply|replied|tweet|tweeted|write|wrote|threaten|threatened|promise|promised|make(?=\s+of\b)|made(?=\s+of\b))\b`,
  String.raw`^(?:did|does|has|have)\s+${WHO}\s+(?:say|said|tell|told|announce|announced|claim|claimed)\s+(?:anything|something)\b`,
  // A reaction is spoken whatever it is asked with: "did Maduro respond to the invite"; so is liking
  // something, which only what they said can tell: "did AMLO like the visa plan".
  String.raw`^(?:did|does|do|has|have)\s+${WHO}\s+(?:not\s+)?(?:react|reacted|respond|responded|reply|replied|comment|commented|like|liked|dislike|disliked|approve|approved)\b`,
  // The engine keeps the source's order: "¿Qué dijo Trump sobre …?" comes back "What said Trump on …?",
  // and "o que o Trump disse" "What the Trump said" ("o que a China disse": "What China said").
  String.raw`^what\s+(?:the\s+)?${WHO}\s+(?:said|told|thought|claimed|announced)\b`,
  String.raw`^what\s+(?:said|says|told|tells|thought|thinks|claimed|claims|announced)\s+(?:the\s+)?${WHO}(?=\s+(?:about|of|on|in|at|to|regarding)\b|\s*[?.!]?$)`,
  // "¿Cómo reaccionó Maduro al voto?" comes back "How it reacted Maduro to the vote", and "como reagiu o Maduro" "As it reacted the Maduro".
  String.raw`^(?:how|as)\s+(?:it\s+)?(?:reacted|responded|replied)\s+(?:the\s+)?${WHO}(?=\s+(?:about|of|on|in|at|to|regarding)\b|\s*[?.!]?$)`,
].map((source) => new RegExp(source, 'iu'));

/** The words of a question naming who is asked to have spoken, or null when it asks no such thing. */
export function askedSpeaker(question: string): string | null {
  const text = question.trim();
  for (const rule of ASKS_SAID) {
    const who = rule.exec(text)?.[1]?.replace(/^the\s+/i, '');
    if (who !== undefined && who !== '') return who;
  }
  return null;
}

/**
 * The question's names for who it asks to have spoken: "colombia" in "what did colombia say
 * when …", or a person's thing ("the report" in "what did almagros report say"). Places
 * included; whether a place may stand for its officials is the caller's call.
 */
export function speakerTerms(reading: QuestionAnalysis): KeyTerm[] {
  // A possessive is its owner's name: "almagro's report" names Almagro.
  const asked = askedSpeaker(reading.searchText)?.replace(/['’]s\b/giu, '') ?? null;
  if (asked === null) return [];
  // Whole words only: "us" is not in "business".
  const said = (t: KeyTerm) => ` ${asked.toLowerCase()} `.includes(` ${t.text.toLowerCase()} `);
  // A figure speaks for no one and owns nothing: "the 20 countries" are not 20's.
  const named = reading.terms.filter((t) => t.entity && said(t) && !/^\d[\d,.]*$/.test(t.text));
  const head = headNoun(reading, asked, named);
  return head.length > 0 ? head : named;
}

/** Words for the figures a body publishes, which it speaks through. */
const FIGURES = /^(?:numbers|figures|data|stats|statistics)$/i;

/**
 * A common word ending who is asked to have spoken, after a person's name: "almagros updated
 * report" is the report speaking, not Almagro, who must still be named beside it. Not after "of"
 * ("the head of the OAS" names the OAS).
 */
function headNoun(reading: QuestionAnalysis, asked: string, named: readonly KeyTerm[]): KeyTerm[] {
  // The phrase ends where a preposition opens what it spoke of: "report on venezuela".
  const all = asked.toLowerCase().split(/\s+/);
  const cut = all.findIndex((w, i) => i > 0 && /^(?:on|about|in|at|to|for|from|over|regarding|with)$/.test(w));
  const words = cut < 0 ? all : all.slice(0, cut);
  const last = words[words.length - 1]!;
  const phrase = ` ${words.join(' ')} `;
  const owners = named.filter((t) => phrase.includes(` ${t.text.toLowerCase()} `));
  if (owners.length === 0 || words.includes('of') || owners.some((t) => t.text.toLowerCase().split(' ').includes(last))) return [];
  // A body's or a country's noun is who speaks for it ("a UN expert", "Mexico's ambassador"):
  // they speak under its name. Only a person's is a thing of theirs ("Almagro's report").
  // So is a body's head ("the Fifa boss"), who speaks under their own name (see body-heads.ts).
  if (owners.some((t) => isPlaceName(t.text) || /^\p{Lu}{2,}$/u.test(t.text) || t.headedBy !== undefined)) return [];
  // A word of speech is the owner speaking: "videgaray's statement" is Videgaray's words; so are
  // the figures a body publishes: "the nationwide numbers" say what the Nationwide reports.
  if (isSpeechWord(last) || FIGURES.test(last)) return [];
  const head = reading.terms.find((t) => !t.entity && t.inCorpus && t.text.toLowerCase() === last);
  return head === undefined ? [] : [head];
}

/**
 * Asked what someone said, whether a passage reports them speaking and carries every other name
 * the question asks about (`carried` is its support's, term by term); null for any other question.
 */
export function speakingOfAsked(reading: QuestionAnalysis): ((text: string, carried: readonly boolean[]) => boolean) | null {
  const who = speakerTerms(reading).filter((t) => t.inCorpus);
  if (who.length === 0) return null;
  const forms = speakerForms(who);
  // Every other name asked about, and each speaker when several are asked together ("what did
  // Nicaragua and Bolivia argue"): a passage with one of them speaking alone answers half.
  const about = reading.terms.flatMap((t, i) => (t.entity && t.inCorpus && (who.length > 1 || !who.includes(t)) ? [i] : []));
  // And a word of what they are asked to have spoken of ("about the oas vote"), if the question names it.
  const topic = topicTerms(reading).map((t) => reading.terms.indexOf(t));
  const onTopic = (carried: readonly boolean[]) => topic.length === 0 || topic.some((i) => carried[i] === true);
  return (text, carried) => about.every((i) => carried[i] === true) && onTopic(carried) && reportsSpeaking(text, forms);
}

/**
 * The forms under which the asked speakers (`who`) are read speaking. A place speaks under its
 * own name ("Colombia stressed"): its capital's forms are another name's ("Lima" in "the Lima
 * Group" is not Peru speaking through its minister). A body's head asked about speaks under their name.
 */
export function speakerForms(who: readonly KeyTerm[]): (readonly string[])[] {
  // Asked what a body's head said, the head speaks, not the body: "the OAS rejected …" is no word of its chief's.
  return who.flatMap((t) => t.headedBy ?? (isPlaceName(t.text) ? t.alternatives.slice(0, 1) : t.alternatives));
}

/** The word after which a question names what someone spoke of. */
const TOPIC = /^(?:about|regarding|on|over)$/i;

/** A verb after which "of" names what someone's view is asked of: "what did AMLO think of the visa plan". */
const VIEW = 'think|thought|make|made|say|said|speak|spoke|feel|felt';
const VIEW_VERB = new RegExp(`^(?:${VIEW})$`, 'i');

/** Verbs of liking whose object is what a view is asked of: "did AMLO like the visa plan". */
const LIKING = 'like|liked|dislike|disliked|approve|approved';
const LIKING_VERB = new RegExp(`^(?:${LIKING})$`, 'i');

/** Verbs of a reaction, after which "to" names what it was to: "how did Barker react to Corbett's remarks". */
const REACTION = 'react|reacted|respond|responded|reply|replied';
const REACTION_VERB = new RegExp(`^(?:${REACTION})$`, 'i');

/**
 * Where what someone spoke of starts: after "about", after "of" following a verb of a view, "to"
 * following a verb of a reaction, or after a verb of liking.
 */
function topicAt(searchText: string): number {
  const words = surfaceWords(searchText);
  const after = (i: number, verb: RegExp) => verb.test(words[i - 1]?.word ?? '');
  return words.findIndex(
    (w, i) =>
      TOPIC.test(w.word) ||
      LIKING_VERB.test(w.word) ||
      (/^of$/i.test(w.word) && after(i, VIEW_VERB)) ||
      (/^to$/i.test(w.word) && after(i, REACTION_VERB)),
  );
}

/** What someone is asked to have spoken about: the question's words after "about", and its terms there. */
export interface SpokenTopic {
  terms: KeyTerm[];
  /** As asked ("the oas vote"), without a year closing it: "about mexico in 2022" reads the year as when. */
  phrase: string;
}

/** What is spoken of, as asked, to the end of the question but a year closing it. */
const PHRASE = new RegExp(
  String.raw`\b(?:about|regarding|on|over|(?:${VIEW})\s+of|(?:${REACTION})\s+to|(?:${LIKING})(?:\s+of)?)\s+(.+?)(?:\s+in\s+\d{4})?\s*[?.!]*$`,
  'i',
);

/** What the question asks someone to have spoken about ("what did china say about the invitation"), or null. */
export function spokenTopic(reading: QuestionAnalysis): SpokenTopic | null {
  const at = topicAt(reading.searchText);
  if (at < 0) return null;
  const terms = reading.terms.filter((t) => t.inCorpus && t.words.first > at && !/^\d{4}$/.test(t.text));
  const phrase = PHRASE.exec(reading.searchText)?.[1];
  return terms.length === 0 || phrase === undefined ? null : { terms, phrase };
}

/** The common words of what someone is asked to have spoken about: "vote" in "what did mexico say about the oas vote". */
function topicTerms(reading: QuestionAnalysis): KeyTerm[] {
  const at = topicAt(reading.searchText);
  return at < 0 ? [] : reading.terms.filter((t) => !t.entity && t.inCorpus && t.words.first > at);
}
