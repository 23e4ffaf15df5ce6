/**
 * English contractions typed without their apostrophe ("dont", "theyre"), spelled out by
 * `normalizeChat` (chat.ts) as part of its shorthand table (chat-shorthand.ts). Only forms that
 * are no English word of their own.
 */
export const CONTRACTIONS: Readonly<Record<string, string>> = {
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  cant: 'cannot',
  wont: 'will not',
  couldnt: 'could not',
  shouldnt: 'should not',
  wouldnt: 'would not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  mustnt: 'must not',
  neednt: 'need not',
  aint: 'is not',
  // Not "id", "hell", "shed", "wed", "well", "were": English words of their own.
  hes: 'he is',
  shes: 'she is',
  hed: 'he would',
  theyd: 'they would',
  youd: 'you would',
  theyre: 'they are',
  youre: 'you are',
  theyve: 'they have',
  ive: 'i have',
  itll: 'it will',
  theyll: 'they will',
  thats: 'that is',
  theres: 'there is',
  heres: 'here is',
  shouldve: 'should have',
  couldve: 'could have',
  wouldve: 'would have',
};
