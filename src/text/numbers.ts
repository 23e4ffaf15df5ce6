/**
 * Numbers as news writes them in words ("eleven of the group's members", "hundreds of
 * thousands"), as a pattern's alternatives for building others (no group, no anchors). Pure.
 */
export const NUMBER_WORDS = String.raw`one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|hundreds?|thousands?|millions?|billions?|several`;
