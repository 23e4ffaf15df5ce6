import { endsSentence, normalizeForCompare, scriptShare } from './signals.js';

/** What a rule may know about the whole article besides the line it judges. */
export interface DocumentFacts {
  /** The writing system most of the article's letters are in. */
  script: string | null;
  /** Normalised names the article is signed with: its outlet and repeated " - Name" attributions. */
  siteNames: Set<string>;
}

/** A test that marks one line as page chrome on its own, without looking at its neighbours. */
export interface LineRule {
  name: string;
  test: (text: string, doc: DocumentFacts) => boolean;
}

/** A trailing " - Name" / " | Name" attribution of up to 60 characters (captions, taglines). */
export const TRAILING_ATTRIBUTION = /\s[-–—|]\s+([^-–—|]{2,60})$/u;

// Rules only ever judge short lines as chrome when the chrome they look for is short.
const short = (text: string, max: number) => text.length <= max;

const CROSS_LINK_LABEL =
  /^(read more|read also|also read|more to read|see also|related|related (stories|articles|coverage|content|news|reading|links?)|recommended( reading| for you)?|further reading|more on this( story| topic)?|you may also like|don'?t miss|must read)\s*([:|>»–—-]|$)/iu;

const UI_PHRASES = new Set(
  [
    'to participate in the discussion', 'log in or register', 'join the discussion', 'join the conversation',
    'leave a comment', 'comments are closed', 'show comments', 'hide comments', 'view comments',
    'skip to content', 'skip to main content', 'back to top', 'share this article', 'share this story',
    'next article', 'previous article', 'most read', 'most popular', 'top stories', 'trending now',
    'latest news', 'more stories', 'you must be logged in to post a comment', 'add to favourites',
  ],
);

const DATE_WORDS =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(s|sday)?|wed(nesday)?|thu(rs|rsday)?|fri(day)?|sat(urday)?|sun(day)?|updated|published|posted|last|modified|first|ago|years?|months?|weeks?|days?|hours?|mins?|minutes?|seconds?|am|pm|a\.m|p\.m|gmt|utc|[ecmp][sd]t|cet|cest|bst|msk|ist|on|at|st|nd|rd|th|today|yesterday)\b/giu;

/**
 * Nothing but dates, times and "updated ... ago" wording, e.g. "4 Jul, 2019 02:02 / Updated 5
 * years ago". Exported for the top-of-article check, which also accepts a bare date.
 */
export function isDateOnly(text: string): boolean {
  if (!short(text, 120) || !/\d|\bago\b/iu.test(text)) return false;
  return text.replace(DATE_WORDS, ' ').replace(/[\d\s.,:/|·•()+\-–—]+/gu, '') === '';
}

/** A timestamp line that says what it is ("Updated", "Published", "3 hours ago"): chrome anywhere. */
function isTimestamp(text: string): boolean {
  return isDateOnly(text) && /\b(updated|published|posted|modified|ago)\b/iu.test(text);
}

/** Mostly in another writing system than the article: a widget label left untranslated. */
function isForeignScript(text: string, doc: DocumentFacts): boolean {
  return scriptShare(text, doc.script) < 0.5;
}

function attributionIsSite(text: string, doc: DocumentFacts): boolean {
  const match = TRAILING_ATTRIBUTION.exec(text);
  return match !== null && short(text, 500) && doc.siteNames.has(normalizeForCompare(match[1]!));
}

/** Context-free rules, in the order they are tried; the first match names the drop. */
export const LINE_RULES: LineRule[] = [
  // Stray punctuation (", , ,", "***"). Lines of bare numbers may be table cells: see chrome runs.
  { name: 'punctuation-only', test: (t) => !/[\p{L}\p{N}]/u.test(t) },
  { name: 'foreign-script', test: isForeignScript },
  {
    name: 'photo-credit',
    test: (t) =>
      short(t, 500) &&
      (/©|^\(c\)\s/iu.test(t) ||
        /^(photo|photograph|image|picture|pictured|credit|illustration|caption|file photo)s?\s*[:/|]/iu.test(t) ||
        // "AP Photo / Jane Doe", "Getty Images/AFP" (no i flag: with it, \p{Lu} would match any letter).
        /\b([Pp]hoto|PHOTO|[Ii]mages?|IMAGES?|[Pp]ictures|PICTURES)\s*\/\s*\p{Lu}/u.test(t) ||
        // An agency credit closing the line: "... in Caracas. REUTERS/Carlos Garcia Rawlins".
        /\b\p{Lu}{3,}\s?\/\s?\p{Lu}\p{Ll}+(\s\p{Lu}\p{Ll}+)*\s*$/u.test(t)),
  },
  { name: 'caption-attribution', test: attributionIsSite },
  {
    name: 'cross-link',
    test: (t) =>
      short(t, 250) &&
      (CROSS_LINK_LABEL.test(t) || /^(READ MORE|SEE ALSO|READ ALSO|ALSO READ|RELATED)\b/u.test(t) ||
        /^also on\s+[\p{L}\d-]+(\.[\p{L}\d-]+)*\.\p{L}{2,}\b/iu.test(t) ||
        // "Also on CNN: …", "More from The Guardian: …": a site's own label, not "Also on Tuesday: …".
        /^([Aa]lso on|[Mm]ore (from|on))\s+(?!(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(\p{Lu}[\p{L}\d&.'-]*)(\s+\p{Lu}[\p{L}\d&.'-]*){0,3}\s*:/u.test(t)),
  },
  {
    name: 'newsletter',
    test: (t) =>
      short(t, 200) &&
      (/^subscribe\b/iu.test(t) ||
        /^(sign up|sign-up|register|join|get|receive)\b.*\b(newsletters?|alerts|inbox|digest)\b/iu.test(t) ||
        /^get the latest (news|updates|headlines|stories)\b/iu.test(t)),
  },
  {
    name: 'comment-widget',
    test: (t) =>
      (short(t, 60) && UI_PHRASES.has(normalizeForCompare(t))) ||
      // The label of a comment widget, with or without its count: "Comments", "12 comments", "Comments (3)".
      /^(\d+\s+)?comments?(\s*\(\d+\))?$/iu.test(t) ||
      (short(t, 80) && /^(share|follow us|like us) on\b|^(click|tap) here\b|^(please )?log in to\b/iu.test(t)),
  },
  { name: 'timestamp', test: isTimestamp },
  // "By Jane Doe"; a line starting with lower-case "by" continues a list ("by Harper Lee, ...").
  { name: 'byline', test: (t) => short(t, 80) && /^(By|BY)\s+\p{Lu}[^"“”\d]*$/u.test(t) && !endsSentence(t) },
  {
    name: 'outlet-name',
    test: (t, doc) => short(t, 100) && doc.siteNames.has(normalizeForCompare(t)),
  },
];

/** The name of the first context-free rule that marks `text` as chrome, or null. */
export function matchLineRule(text: string, doc: DocumentFacts): string | null {
  return LINE_RULES.find((rule) => rule.test(text, doc))?.name ?? null;
}
