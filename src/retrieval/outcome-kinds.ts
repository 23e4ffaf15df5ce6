/**
 * The kinds of decisive outcome a question may ask about (see outcome.ts): for each, the words
 * a question asks one with and the words a passage reports one with. Read in order: the first
 * kind whose words the question holds is the one asked; taking a post is built from the question
 * (becomingKind). Pure; English.
 */
import { isPostKind, isPostWord } from './role.js';

/** A kind of outcome: how a question asks it, and how a passage reports it, either way. */
export interface OutcomeKind {
  asks: RegExp;
  reports: RegExp;
  /**
   * A report followed by a name is a title, not the outcome: "stood by elected Venezuelan
   * President Nicolas Maduro" names who holds the post, and says nothing of the subject taking it.
   */
  titles?: boolean;
}

/**
 * Kinds of decisive outcome: the words a question asks one with, and the words a passage
 * reports one with, either way ("convicted" is answered by "acquitted" as well as by "guilty").
 */
export const OUTCOMES: readonly OutcomeKind[] = [
  {
    // Undoing a measure is an outcome of its own, read first: a ban or sanctions
    // reported as imposed do not say they were lifted ("the ban in the end" is no ending of it). A Spanish "levantar las sanciones" comes
    // back from translation as "raised the sanctions".
    asks: /\b(?:lift(?:ed)?|eased?|removed?|scrap(?:ped)?|drop(?:ped)?|end(?:ed)?)\s+(?:the\s+|its\s+|their\s+|all\s+|some\s+|any\s+)?(?:\w+\s+)?(?:sanctions?|embargo|ban|restrictions?|tariffs?)\b|\braised?\s+(?:the\s+)?(?:sanctions?|embargo|ban)\b|\b(?:sanctions?|embargo|ban|restrictions?|tariffs?)\s+(?:\w+\s+){0,3}?(?:lift(?:ed)?|eased?|removed?|scrap(?:ped)?|drop(?:ped)?|(?<!\bthe\s)end(?:ed)?)\b/i,
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
    // A vote or a bid is won or lost in other words: "failed to reach a consensus", "was approved";
    // a prize too: "was declared best film", "took the best actress award", "scooped", "earned a Cesar prize".
    reports:
      /\b(win|wins|won|winners?|winning|victory|victorious|beat|beats|beaten|defeat\w*|lose|loses|lost|losing|champions?(?!\s+(?:league|trophy|cup|challenge|series|tour))|fail(?:s|ed)?|fell short|succeed(?:s|ed)?|passed|approved|adopted|rejected|thr(?:ew|own) out|voted down|turned down|vetoed|triumph\w*|clinch\w*|scoop\w*|(?:was|were)\s+(?:named|declared|voted)|took\s+(?:the\s+)?(?:best|title|award|prize|crown|gold|honours)|(?:earn|receiv|collect)(?:ed|es|s)?\s+(?:\S+\s+){0,3}?(?:awards?|prizes?|titles?|trophy|trophies|medals?))\b/i,
  },
  {
    asks: /\b(ban|banned|suspend(?:ed)?|barred|fined)\b/i,
    // "Will take no action against X" answers it too.
    reports: /\b(bans?|banned|suspen\w*|barred|fined?|fines|cleared|punish\w*|no (?:further )?action)\b/i,
  },
  {
    asks: /\b(resign(?:ed|ing)?|quit(?:s|ting)?|leav(?:e|es|ing)(?=\s+(?:the|office)\b)|step(?:ped|ping)? down|sack(?:ed)?|fired|oust(?:ed)?|overthrow(?:n)?|topple[sd]?|depose[sd]?|retire[sd]?)\b/i,
    // Quitting a body is leaving it: "has begun the process of leaving the bloc".
    reports:
      /\b(resign\w*|quit\w*|step(?:ped|s)? down|sack\w*|fired|ousted|oust\w*|(?:was|were|been|being|be) dismissed|dismissal|retir\w*|leav(?:e|es|ing)|left|withdr[ae]w\w*|exit\w*|pull(?:ed|s|ing)? out)\b/i,
  },
  {
    asks: /\b(replac(?:e|ed|ing)|succeeded|successor)\b/i,
    reports: /\b(replac\w*|succe(?:eded|eds|ssor|ssion)|took over|takes over|taken over|appoint\w*|named|sworn in)\b/i,
  },
  {
    asks: /\b((?:re-?)?elect(?:ed)?|appoint(?:ed)?|sworn in)\b/i,
    // An election held or called for is no one's outcome: "asked for early elections".
    reports: /\b(\w*elect(?:ed|s)?|(?:re-?)?election (?:of|as)|appoint\w*|sworn|took office|voted (?:in|for)|won)\b/i,
  },
  {
    asks: /\b(buy|bought|buying|acquire[sd]?|acquiring|take over|took over|taken over|merge[sd]?)\b/i,
    // Every purchase is a sale, to someone: "the sale of the 33% stake to Spain's Ferrovial" says
    // who bought it ("sales rose" says nothing of a purchase).
    reports:
      /\b(buy\w*|bought|acqui\w*|purchas\w*|takeover|take over|took over|taken over|merge\w*|deal|sale of|(?:sold|sell(?:s|ing)?)\s+(?:\S+\s+){0,4}?to)\b/i,
  },
  {
    // A decision on an offer or a request: answered by its acceptance or its refusal.
    asks: /\b(accept(?:ed|ing)?|agree(?:d|ing)? to|reject(?:ed|ing)?|refus(?:e|ed|ing)|declin(?:e|ed|ing)|turn(?:ed|ing)? down)\b/i,
    reports: /\b(accept\w*|agree\w*|reject\w*|refus\w*|declin\w*|turn(?:ed|s)? down|snub\w*|boycott\w*)\b/i,
  },
  {
    asks: /\b(join(?:ed|ing)?|rejoin(?:ed|ing)?|admitted)\b/i,
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
    asks: /\b(attend(?:ed|ing)?|show(?:ed|ing)? up|turn(?:ed|ing)? up|t(?:ake|ook|aking) part|participat(?:e|ed|ing)|boycott(?:ed|ing)?|skip(?:ped|ping)?)\b/i,
    reports:
      /\b(attend\w*|show(?:ed|s)? up|turn(?:ed|s)? up|t(?:ook|aking|akes) part|participat\w*|(?:was|were) (?:present|absent)|absen(?:t|ce)|boycott\w*|skipp\w*|stay(?:ed)? away|arrived)\b/i,
  },
  {
    // "Killed the resolution" is no death: a text or a plan killed was blocked. Catching someone
    // ("did the cops ever catch the guy") is an arrest; catching a flight or a cold is not asked so.
    asks: /\b(die|died|kill(?:ed)?(?!\s+(?:[\w'’-]+\s+){0,3}?(?:resolution|bill|proposal|deal|plan|motion|measure|law|idea|project|talks|bid|vote|reform|scheme)s?\b)|arrest(?:ed)?|(?:catch|caught)(?=\s+(?:the|a|an|him|her|them|anyone|anybody|someone|whoever)\b)|charged|jail(?:ed)?|sentenced|released|freed|deport(?:ed)?|extradite[sd]?|go(?:ne)? to (?:jail|prison)|went to (?:jail|prison))\b/i,
    reports:
      /\b(di(?:e|ed|es)|dead|death|killed|arrest\w*|caught|charged|detain\w*|jail\w*|prison|sentence\w*|releas\w*|freed|deport\w*|extradit\w*|custody)\b/i,
  },
];

/** "Became PM", "become the new president": a post taken, asked with up to three words after the verb. */
const BECOMES = /\bbec(?:a|o)me\s+(?:the\s+|a\s+)?((?:[\w’'-]+\s*){1,3})/i;

/**
 * Taking a post ("when did Brown become PM", "did X become president") as a kind of its own:
 * asked by the post, reported by the same post taken, however the passage words the taking
 * ("became prime minister in 1997", "was elected Tory leader", "took office").
 * "Became Britain's longest-serving chancellor" says nothing of becoming PM. Null for any other question.
 */
export function becomingKind(question: string): OutcomeKind | null {
  const m = BECOMES.exec(question);
  if (!m) return null;
  const words = m[1]!.trim().split(/\s+/);
  const at = words.findIndex((w) => isPostWord(w) || /^pm$/i.test(w));
  if (at < 0) return null;
  const head = words[at]!.toLowerCase();
  const kind = at > 0 && isPostKind(words[at - 1]!) ? `${words[at - 1]!.toLowerCase()} ` : '';
  // A premier is a prime minister: "Mr Blair became the youngest premier of the 20th century".
  const post = head === 'pm' || (head === 'minister' && kind === 'prime ') ? '(?:pm|prime minister|premier)' : `${kind}${head}`;
  const taking = String.raw`(?:bec(?:a|o)mes?|becoming|named|appointed|(?:re-?)?elected|installed|sworn in as|t(?:ook|akes|aking) over as)`;
  return {
    titles: true,
    asks: new RegExp(String.raw`\bbec(?:a|o)me\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}?${words[at]!.replace(/[^\p{L}]/gu, '')}\b`, 'iu'),
    // Taking office is taking the post, whichever it is: "since Mr Bush took office", "was sworn in".
    reports: new RegExp(
      String.raw`\b${taking}\s+(?:[\w’'-]+\s+){0,3}?${post}\b|\b(?:came to power|t(?:ook|akes|aking) office|sworn in|inaugurat\w*)\b`,
      'i',
    ),
  };
}
