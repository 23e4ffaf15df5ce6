/**
 * General English word lists for finding the names a news corpus is about. None is fitted to
 * one corpus: they are the connectors, roles and calendar words of English news prose.
 */

/** Lower-case words that may sit inside a name: "Organization of American States", "Simón de Bolívar". */
export const CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'the',
  'for',
  'de',
  'del',
  'da',
  'do',
  'dos',
  'la',
  'le',
  'van',
  'von',
  'al',
  'bin',
  'y',
]);

/**
 * Roles that end a title before a person's name ("Foreign Minister", "Secretary General",
 * "Senator"): the name after them is the subject, the title is not part of it.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  (
    'president minister secretary senator sen rep congressman congresswoman governor mayor ambassador chancellor ' +
    'king queen prince princess pope emir sultan sheikh premier director spokesman spokeswoman spokesperson commander ' +
    'representative rapporteur envoy judge justice attorney leader chairman chairwoman chair ceo mr mrs ms dr prof ' +
    'lieutenant colonel captain admiral sergeant cardinal bishop archbishop reverend lawmaker delegate counsellor counselor adviser advisor'
  ).split(' '),
);

/** Words that qualify a role ("Vice President", "Foreign Minister"); a title only when a role word follows. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  'vice deputy foreign prime interim acting former special permanent chief executive assistant under first senior top general'.split(' '),
);

/** Dates are not subjects: a month or weekday is never offered as a topic. */
export const CALENDAR: ReadonlySet<string> = new Set(
  (
    'january february march april may june july august september october november december ' +
    'monday tuesday wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);
