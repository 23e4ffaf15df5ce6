import { describe, expect, it } from 'vitest';
import type { HeadPassage } from '../../src/answer/gates.js';
import { speakerSilent, speaksOfTopic } from '../../src/answer/speaker-gate.js';
import { tokenize } from '../../src/text/tokenize.js';
import { keyTerm } from '../support/key-terms.js';
import { headPassage as head, readingOf as reading } from '../support/gate-inputs.js';

/** A passage carrying the question's terms as `carried` says, with the sentence before it when given. */
const withLead = (text: string, carried: boolean[], lead?: string): HeadPassage => ({
  ...head(text, 1, 1, false),
  support: { ...head('', 1, 1, false).support, carried },
  ...(lead === undefined ? {} : { lead }),
});

describe('speakerSilent', () => {
  const term = (text: string) => keyTerm(text, { entity: true, at: 2 });
  const naming = (text: string): HeadPassage => ({
    ...head(text, 1, 1, false),
    support: { ...head('', 1, 1, false).support, carried: [true] },
  });

  it('names who the passages only speak about', () => {
    const asked = { ...reading('what did trump say about sanctions'), terms: [term('trump')] };
    expect(speakerSilent(asked, [naming('Sanctions imposed by the Trump administration hurt.')])?.who[0]?.text).toBe('trump');
    expect(speakerSilent(asked, [naming('Sanctions hurt.'), naming('Trump said sanctions work.')])).toBeNull();
  });

  it('asks them to speak in a passage naming what they were asked about', () => {
    const asked = { ...reading('what did maduro say about peru'), terms: [term('maduro'), keyTerm('peru', { entity: true, at: 5 })] };
    const carrying = (text: string, carried: boolean[]): HeadPassage => ({ ...naming(text), support: { ...naming('').support, carried } });
    const apart = [carrying('Maduro said the coup failed.', [true, false]), carrying('Peru invited 100 countries.', [false, true])];
    expect(speakerSilent(asked, apart)).toMatchObject({ who: [{ text: 'maduro' }], about: [{ text: 'peru' }] });
    expect(speakerSilent(asked, [...apart, carrying('Maduro told Peru to leave.', [true, true])])).toBeNull();
  });

  it('leaves out a country, which speaks through its officials, and a name no passage carries', () => {
    expect(
      speakerSilent({ ...reading('what did colombia say'), terms: [term('colombia')] }, [naming('Colombia was attacked.')]),
    ).toBeNull();
    const asked = { ...reading('what did trump say'), terms: [term('trump')] };
    expect(speakerSilent(asked, [{ ...naming('Sanctions hurt.'), support: { ...naming('').support, carried: [false] } }])).toBeNull();
  });

  it('leaves out a body named after a place, which speaks through its members ("the lima group")', () => {
    const asked = { ...reading('what did the lima group say'), terms: [term('lima'), keyTerm('group', { entity: true, at: 4 })] };
    const both: HeadPassage = { ...naming('The Lima Group met.'), support: { ...naming('').support, carried: [true, true] } };
    expect(speakerSilent(asked, [both])).toBeNull();
  });

  it('matches the speaker by whole words: "us" is not asked about in "what did business say"', () => {
    expect(speakerSilent({ ...reading('what did business say'), terms: [term('us')] }, [naming('The US was attacked.')])).toBeNull();
  });
});

describe('speakerSilent, asked what they said about something', () => {
  const china = keyTerm('china', { entity: true, at: 2 });
  const invitation = keyTerm('invitation', { at: 6, alternatives: [tokenize('invitation')] });
  const asked = { ...reading('what did china say about the invitation'), terms: [china, invitation] };
  const passage = (text: string, lead?: string) => withLead(text, [true, true], lead);

  it('judges a country on what it is asked to have spoken about, and keeps that as asked', () => {
    const invitees = passage('Peru sent out invitations. Among the invitees are Russia and China, which rejected the coup.');
    expect(speakerSilent(asked, [invitees])).toMatchObject({ who: [{ text: 'china' }], topic: 'the invitation' });
    expect(speakerSilent(asked, [passage('China said the invitation was welcome.')])).toBeNull();
  });

  it('reads what they spoke of in the sentence where they speak, the next, or the one before when it names them or opens on a pronoun', () => {
    expect(speakerSilent(asked, [passage('China rejected the coup. The invitation came later.')])).toBeNull();
    expect(speakerSilent(asked, [passage('The invitation reached China. Later China said nothing of it.')])).toBeNull();
    expect(speakerSilent(asked, [passage('The invitation reached Peru. China rejected the coup.')])).not.toBeNull();
    // Before a passage's first sentence stands the sentence before it in its article.
    expect(speakerSilent(asked, [passage('China rejected the coup.', 'Their invitation came after the plan.')])).toBeNull();
    expect(speakerSilent(asked, [passage('China rejected the coup.', 'Peru sent an invitation.')])).not.toBeNull();
  });

  it('asks a name and a common word spoken of for the common word where they speak: the name may be everywhere', () => {
    const peru = keyTerm('peru', { entity: true, at: 2 });
    const venezuelan = keyTerm('venezuelan', { entity: true, at: 5 });
    const diplomats = keyTerm('diplomats', { at: 6, alternatives: [tokenize('diplomats')] });
    const diplomatsAsked = { ...reading('what did peru say about venezuelan diplomats'), terms: [peru, venezuelan, diplomats] };
    const carried = (text: string): HeadPassage => ({ ...passage(text), support: { ...passage('').support, carried: [true, true, true] } });
    expect(
      speakerSilent(diplomatsAsked, [carried('Peru told reporters it invited 100 countries. Venezuelan opposition leaders came.')]),
    ).toMatchObject({
      topic: 'venezuelan diplomats',
    });
    expect(speakerSilent(diplomatsAsked, [carried('Peru said Venezuelan diplomats must leave.')])).toBeNull();
  });

  it('takes the name ending what was spoken of, after common words, where they speak: the common words may be put another way', () => {
    const peru = keyTerm('peru', { entity: true, at: 2 });
    const comparing = keyTerm('comparing', { at: 5, alternatives: [tokenize('comparing')] });
    const hitler = keyTerm('hitler', { entity: true, at: 8 });
    const asked = { ...reading('what did peru say about comparing it to hitler'), terms: [peru, comparing, hitler] };
    const carried = (text: string): HeadPassage => ({ ...passage(text), support: { ...passage('').support, carried: [true, true, true] } });
    expect(speakerSilent(asked, [carried('Comparing it is wrong, some say. Peru said it was crass to liken it to Hitler.')])).toBeNull();
    expect(speakerSilent(asked, [carried('Hitler was compared. Peru said it was crass.')])).not.toBeNull();
    // A name owning what was spoken of ("the plan of the US", as a translation keeps Spanish order) is named everywhere.
    const plan = keyTerm('plan', { at: 5, alternatives: [tokenize('plan')] });
    const us = keyTerm('us', { entity: true, at: 8 });
    const owned = { ...reading('what did peru say about the plan of the us'), terms: [peru, plan, us] };
    expect(speakerSilent(owned, [carried('The plan was new. Peru said the US must talk.')])).not.toBeNull();
  });

  it('asks names alone spoken of only to stand in the passage where they speak', () => {
    const peru = { ...reading('what did china say about peru'), terms: [china, keyTerm('peru', { entity: true, at: 5 })] };
    expect(speakerSilent(peru, [passage('Peru spoke first. Later, in reply, China rejected the plan.')])).toBeNull();
    expect(speakerSilent(peru, [passage('Peru spoke first. Later, in reply, China was silent.')])).not.toBeNull();
    // A place's: anywhere in the passage, not only in the sentences that carry the most of the question.
    const apart = passage('Peru spoke first. The talks went on. Later, in reply, China rejected the plan.');
    expect(speakerSilent(peru, [{ ...apart, support: { ...apart.support, carried: [true, false] } }])).toBeNull();
  });
});

describe('speaksOfTopic', () => {
  const amlo = keyTerm('amlo', { entity: true, at: 2 });
  const plan = keyTerm('plan', { at: 6, alternatives: [tokenize('plan')] });
  const asked = { ...reading('what did amlo think of the plan'), terms: [amlo, plan] };
  const passage = (text: string, lead?: string) => withLead(text, [true, false], lead);

  it('holds for a passage in which they speak of what is asked, reading the sentence before', () => {
    const ofTopic = speaksOfTopic(asked)!;
    expect(ofTopic(passage('Amlo considered that the permits will help.', 'His statements come after the plan.'))).toBe(true);
    expect(ofTopic(passage('Amlo asked that the situation be normalized.', 'Talks were held in Mexico.'))).toBe(false);
  });

  it('holds, asked about a name, for a passage in which they speak naming it itself, not only in its headline', () => {
    const us = keyTerm('US', { entity: true, at: 5, alternatives: [tokenize('us'), tokenize('united states')] });
    const ofTopic = speaksOfTopic({ ...reading('what did amlo say about the us'), terms: [amlo, us] })!;
    // Both carry the US: the one below only through its headline.
    expect(ofTopic(withLead('Amlo asked the United States to restore relations.', [true, true]))).toBe(true);
    expect(ofTopic(withLead('Amlo asked that the situation be normalized.', [true, true]))).toBe(false);
    // Anywhere in it: a name asked about may be named in every passage, as Venezuela is.
    expect(ofTopic(withLead('The United States froze accounts. Amlo asked that it stop.', [true, true]))).toBe(true);
  });

  it('is null for a question asking nothing of what was said', () => {
    expect(speaksOfTopic({ ...reading('what did amlo say'), terms: [amlo] })).toBeNull();
  });
});
