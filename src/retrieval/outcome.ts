/**
 * Yes-or-no questions about a decisive outcome ("did X get convicted", "did A beat B", "was Y
 * banned"), and passages that report such an outcome. A passage about the trial, the bid or the
 * charge, written before the verdict, shares every name of the question yet cannot answer it:
 * the outcome is what the question hinges on. Pure; English (a translated question is read in
 * its English reading).
 */
import { asksWhether, OPENING_FILLER } from './whether.js';

/**
 * Kinds of decisive outcome: the words a question asks one with, and the words a passage
 * reports one with, either way ("convicted" is answered by "acquitted" as well as by "guilty").
 */
const OUTCOMES: readonly { asks: RegExp; reports: RegExp }[] = [
  {
    // Undoing a measure is an outcome of its own, read first: a ban or sanctions
    // reported as imposed do not say they were lifted. A Spanish "levantar las sanciones" comes
    // back from translation as "raised the sanctions".
    asks: /\b(?:lift(?:ed)?|eased?|removed?|scrap(?:ped)?|drop(?:ped)?|end(?:ed)?)\s+(?:the\s+|its\s+|their\s+|all\s+|some\s+|any\s+)?(?:\w+\s+)?(?:sanctions?|embargo|ban|restrictions?|tariffs?)\b|\braised?\s+(?:the\s+)?(?:sanctions?|embargo|ban)\b|\b(?:sanctions?|embargo|ban|restrictions?|tariffs?)\s+(?:\w+\s+){0,3}?(?:lift(?:ed)?|eased?|removed?|scrap(?:ped)?|drop(?:ped)?|end(?:ed)?)\b/i,
    reports:
      /\b(lift\w*|eas(?:e|ed|es|ing)|remov\w*|scrap\w*|waiv\w*|relief|relax\w*|roll(?:ed|s)? back|dropp?\w*|ended|cleared|overturn\w*|quash\w*|revok\w*|rescind\w*)\b/i,
  },
  {
    asks: /\b(convict(?:ed)?|found guilty|acquit(?:ted)?)\b/i,
    // A plea of not guilty is no verdict.
    reports: /\b(convict\w*|(?<!\bplead(?:s|ed)? not )guilty|acquit\w*|verdict|cleared)\b/i,
  },
  {
    asks: /\b(win|won|beat|beaten|defeat(?:ed)?|lose|lost|pass(?:ed)?|approved?|adopt(?:ed)?)\b/i,
    // A vote or a bid is won or lost in other words: "failed to reach a consensus", "was approved".
    reports:
      /\b(win|wins|won|winners?|winning|victory|victorious|beat|beats|beaten|defeat\w*|lose|loses|lost|losing|champions?(?!\s+(?:league|trophy|cup|challenge|series|tour))|fail(?:s|ed)?|fell short|succeed(?:s|ed)?|passed|approved|adopted|rejected)\b/i,
  },
  {
    asks: /\b(ban|banned|suspend(?:ed)?|barred|fined)\b/i,
    // "Will take no action against X" answers it too.
    reports: /\b(bans?|banned|suspen\w*|barred|fined?|fines|cleared|punish\w*|no (?:further )?action)\b/i,
  },
  {
    asks: /\b(resign(?:ed)?|quit|step(?:ped)? down|sacked|fired|ousted|overthrown|toppled|deposed|retire[sd]?)\b/i,
    // Quitting a body is leaving it: "has begun the process of leaving the bloc".
    reports:
      /\b(resign\w*|quit\w*|step(?:ped|s)? down|sack\w*|fired|ousted|oust\w*|(?:was|were|been|being|be) dismissed|dismissal|retir\w*|leav(?:e|es|ing)|left|withdr[ae]w\w*|exit\w*|pull(?:ed|s|ing)? out)\b/i,
  },
  {
    asks: /\b(replac(?:e|ed|ing)|succeeded|successor)\b/i,
    reports: /\b(replac\w*|succe(?:eded|eds|ssor|ssion)|took over|takes over|taken over|appoint\w*|named|sworn in)\b/i,
  },
  {
    asks: /\b(elected|re-?elected|appointed|sworn in)\b/i,
    // An election held or called for is no one's outcome: "asked for early elections".
    reports: /\b(\w*elect(?:ed|s)?|(?:re-?)?election (?:of|as)|appoint\w*|sworn|took office|voted (?:in|for)|won)\b/i,
  },
  {
    asks: /\b(buy|bought|buying|acquire[sd]?|acquiring|take over|took over|taken over|merge[sd]?)\b/i,
    reports: /\b(buy\w*|bought|acqui\w*|purchas\w*|takeover|take over|took over|taken over|merge\w*|deal)\b/i,
  },
  {
    // A decision on an offer or a request: answered by its acceptance or its refusal.
    asks: /\b(accept(?:ed)?|agree(?:d)? to|reject(?:ed)?|refuse(?:d)?|decline(?:d)?|turn(?:ed)? down)\b/i,
    reports: /\b(accept\w*|agree\w*|reject\w*|refus\w*|declin\w*|turn(?:ed|s)? down|snub\w*|boycott\w*)\b/i,
  },
  {
    asks: /\b(join(?:ed)?|rejoin(?:ed)?|admitted)\b/i,
    reports: /\b(join\w*|rejoin\w*|member\w*|admi(?:t|tted|ssion)|accession)\b/i,
  },
  {
    // Whether they met: answered by a meeting, a visit or talks, not by one planned ("will meet"). A
    // meeting's noun counts where it is held or ends ("the assembly of the OAS in Cancun", "the
    // session ended"), not as a word for any event ("a press conference", "bilateral meetings").
    // "O Pompeo se reuniu com o Guaidó?" comes back "The Pompeo gathered with the Guaido?".
    asks: /\b(meet|met|visit(?:ed)?|talk(?:ed)? (?:to|with)|sp(?:eak|oke) (?:to|with)|h(?:o|e)ld talks|gather(?:ed)? with)\b/i,
    reports:
      /\b(met|meets|(?:meeting|talks) with|visit(?:s|ed|ing)?|talked|spoke|h(?:o|e)ld talks|hosted|received|arrived|at the (?:\w+ )?(?:meeting|session|summit|assembly)|(?:meeting|session|summit|assembly) (?:of|in|at|ended|closed|took place|was held))\b/i,
  },
  {
    // A change of mind: answered by the change reported, or by holding the line.
    asks: /\b(chang(?:e|ed) (?:its|his|her|their) (?:mind|position|stance|vote)|reversed?|u-?turn(?:ed)?|back(?:ed)? down|backtrack(?:ed)?)\b/i,
    reports:
      /\b(chang(?:e|ed|es|ing) (?:its|his|her|their) (?:mind|position|stance|vote|policy)|revers\w*|u-?turn\w*|back(?:ed|s)? down|backtrack\w*|shift\w*|switch\w*|(?:will|would) not change)\b/i,
  },
  {
    asks: /\b(sanction(?:ed)?|embargo(?:ed)?)\b/i,
    reports: /\b(sanction\w*|embargo\w*|penalt\w*|tariffs?)\b/i,
  },
  {
    // Whether someone came: answered by their attending or by their staying away.
    asks: /\b(attend(?:ed)?|show(?:ed)? up|turn(?:ed)? up|t(?:ake|ook) part|participated?|boycott(?:ed)?|skip(?:ped)?)\b/i,
    reports:
      /\b(attend\w*|show(?:ed|s)? up|turn(?:ed|s)? up|t(?:ook|aking|akes) part|participat\w*|(?:was|were) (?:present|absent)|absen(?:t|ce)|boycott\w*|skipp\w*|stay(?:ed)? away|arrived)\b/i,
  },
  {
    asks: /\b(die|died|killed|arrested|jailed|sentenced|released|freed|deported|extradited|go(?:ne)? to (?:jail|prison)|went to (?:jail|prison))\b/i,
    reports: /\b(di(?:e|ed|es)|dead|death|killed|arrest\w*|jail\w*|prison|sentence\w*|releas\w*|freed|deport\w*|extradit\w*|custody)\b/i,
  },
];

/**
 * Just before a word: it speaks of the outcome as possible ("could be banned"), as a risk
 * ("could face a jail sentence", "faces up to 85 years in prison"), on a condition ("if found
 * guilty") or as not to come ("won't resign"). Such a word answers no question about it.
 */
const UNCERTAIN =
  /\b(?:(?:could|can|may|might|should|must|cannot|can['’]t|won['’]t)\s+(?:be\s+|have\s+been\s+)?|(?:faces?|facing|risks?|risking)\b[^.;]{0,30}|(?:if|unless)\s+(?:\w+\s+){0,2})$/i;

/** Just before a word: it speaks of the outcome as ahead ("bid to win", "will meet"), which answers only a question asked ahead. */
const AHEAD = /\b(?:to|will|would|hopes?|bid)\s+(?:be\s+|have\s+been\s+)?$/i;

/**
 * A question asks about a decisive outcome when it asks whether it came ("did X get convicted",
 * see asksWhether; "why was X banned" takes it as given), or asks with "who" or "which" and a
 * verb in the past: "who replaced X", "X vs Y, which one won", not "who is buying", or ahead:
 * "who will replace X", which a passage expecting it answers too. "Who" may open the question or
 * a clause of it.
 */
const ASKS_WHO = new RegExp(String.raw`(?:${OPENING_FILLER}|[,;:]\s*)(?:who|which)\b`, 'i');
const PAST = /(?:ed|^successor|^won|^lost|^beat(?:en)?|^bought|^quit|^took over|^taken over|^sworn in|^stepped down|^found guilty)$/i;

/** What a question asks the outcome of: the kind's report pattern, and the word the question asks it with. */
export interface AskedOutcome {
  /** The word as the question has it ("convicted"). */
  word: string;
  /** Where `sentence` reports an outcome of that kind: each word of it not spoken of as ahead, by its start and end. */
  reportsAt: (sentence: string) => { start: number; end: number }[];
}

/** The matches of `words` (a pattern without the global flag) in `text` spoken of as come about, or also as ahead when `ahead`. */
function reports(words: RegExp, text: string, ahead: boolean): { start: number; end: number }[] {
  const all = new RegExp(words.source, 'gi');
  return [...text.matchAll(all)]
    .filter((m) => {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      return !UNCERTAIN.test(before) && (ahead || !AHEAD.test(before));
    })
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** "Who will replace X", "who is going to win": asked ahead, answered by what the passages expect as well. */
const WHO_AHEAD = /\bwho\s+(?:will|would|is going to|['’]s going to|is gonna|gonna|is expected to|is likely to)\s+/i;

/**
 * Asked whether it is to come ("will X visit Y", "is X going to meet Y"), or when it came or
 * comes ("when was X elected"): a passage expecting it answers too ("will travel to … on
 * Sunday"), and one naming the subject but no such outcome answers nothing.
 */
const ASKS_AHEAD = new RegExp(
  String.raw`${OPENING_FILLER}(?:when\b|will\b|(?:is|are)\b.{0,40}?\b(?:going to|gonna|planning to|expected to|set to|about to)\b)`,
  'i',
);

/** The decisive outcome a yes-or-no, "who" or "when" question asks about, or null for any other question. */
export function askedOutcome(question: string): AskedOutcome | null {
  const text = question.trim();
  const who = ASKS_WHO.test(text);
  const later = ASKS_AHEAD.test(text);
  if (!who && !later && !asksWhether(text)) return null;
  const ahead = later || (who && WHO_AHEAD.test(text));
  for (const kind of OUTCOMES) {
    const m = kind.asks.exec(text);
    if (!m || (who && !ahead && !PAST.test(m[0]))) continue;
    // Asked ahead, the words it is asked with report it too: "Pompeo will meet with Abdo Benitez".
    const words = ahead ? new RegExp(`${kind.reports.source}|${kind.asks.source}`, 'i') : kind.reports;
    return { word: m[0], reportsAt: (sentence) => reports(words, sentence, ahead) };
  }
  return null;
}
