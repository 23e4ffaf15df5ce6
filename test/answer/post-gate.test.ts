import { describe, expect, it } from 'vitest';
import type { HeadPassage } from '../../src/answer/gates.js';
import { postAsked, postUnnamed as postUnnamedFor } from '../../src/answer/post-gate.js';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { keyTerm } from '../support/key-terms.js';
import { passageSupport } from '../support/passage-support.js';

const reading = (searchText: string): QuestionAnalysis => ({
  searchText,
  corrections: [],
  terms: [],
  answerType: 'any',
  answerTypes: [],
  related: [],
});
const head = (text: string, share: number, entityShare: number, typed: boolean): HeadPassage => ({
  text,
  support: passageSupport({ share, entityShare, typed }),
});

describe('postUnnamed', () => {
  const postUnnamed = (r: QuestionAnalysis, pool: readonly HeadPassage[]) => postUnnamedFor(r, postAsked(r), pool);
  const owner = keyTerm('venezuela', { entity: true, at: 2, alternatives: [['venezuela'], ['venezuelan']] });
  const asked = { ...reading('who is venezuela foreign minister'), terms: [owner] };
  const naming = (text: string): HeadPassage => ({
    ...head(text, 1, 1, true),
    support: { ...head('', 1, 1, true).support, carried: [true] },
  });

  it('finds a post the passages naming its owner name only beside other countries', () => {
    const found = postUnnamed(asked, [naming('Mexico’s Foreign Minister Luis Videgaray said he will continue to oppose Venezuela.')]);
    expect(found).toMatchObject({ post: 'foreign minister', owner: { text: 'venezuela' } });
  });

  it("is satisfied by the owner's post, or by one beside no country, and leaves other questions alone", () => {
    expect(postUnnamed(asked, [naming('Venezuela spoke.'), naming('Venezuelan Foreign Minister Jorge Arreaza spoke.')])).toBeNull();
    expect(postUnnamed(asked, [naming('Venezuela spoke. The foreign minister will travel on Friday.')])).toBeNull();
    expect(postUnnamed({ ...reading('who did venezuela invite'), terms: [owner] }, [naming('Venezuela spoke.')])).toBeNull();
    // A body's posts other than its head may go by words the corpus does not link ("CEO", "chief executive"): they are not judged.
    const fed = { ...owner, text: 'Fed', alternatives: [['fed']] };
    expect(postUnnamed({ ...reading('who is the spokesman of the fed'), terms: [fed] }, [naming('The Fed raised rates.')])).toBeNull();
  });

  it('asked who heads a body, needs some post written against its name, under any title', () => {
    const lima = keyTerm('Lima', { entity: true, at: 5, alternatives: [['lima']] });
    const head = { ...reading('who is the head of the lima group'), terms: [lima] };
    const found = postUnnamed(head, [naming('The Lima Group met in Peru, whose foreign minister Nestor Popolizio spoke.')]);
    expect(found).toMatchObject({ post: 'head', owner: { text: 'Lima group' } });
    expect(postUnnamed(head, [naming('The Lima Group met. Its secretary, the head of the Lima Group, spoke.')])).toBeNull();
    const caricom = keyTerm('Caricom', { entity: true, at: 5, alternatives: [['caricom']] });
    const chair = { ...reading('who is the president of caricom'), terms: [caricom] };
    expect(postUnnamed(chair, [naming('Caricom chairman Ralph Gonsalves spoke.')])).toBeNull();
    expect(postUnnamed(chair, [naming('The 14 members of Caricom put forward a counterproposal.')])).toMatchObject({ post: 'president' });
    // "The Fed" is the Federal Reserve, a form the corpus may not link: a body named by an English word is not judged.
    const fed = keyTerm('Fed', { entity: true, at: 5, alternatives: [['fed']] });
    expect(postUnnamed({ ...reading('who is the chairman of the fed'), terms: [fed] }, [naming('The Fed raised rates.')])).toBeNull();
  });

  it('asked who held it when something happened, needs its holder named where that event is', () => {
    const mexico = keyTerm('mexico', { entity: true, at: 2, alternatives: [['mexico'], ['mexican']] });
    const videgaray = keyTerm('videgaray', { entity: true, at: 6, alternatives: [['videgaray']] });
    const then = { ...reading("who was mexico's president back when videgaray was foreign minister"), terms: [mexico, videgaray] };
    const carrying = (text: string, carried: boolean[]): HeadPassage => ({ text, support: { ...head(text, 1, 1, true).support, carried } });
    const later = carrying('The Mexican president, Andrés Manuel López Obrador, spoke.', [true, false]);
    expect(postUnnamed(then, [later])).toMatchObject({ post: 'president', then: true });
    const same = carrying('Videgaray spoke for Mexican President Enrique Peña Nieto.', [true, true]);
    expect(postUnnamed(then, [later, same])).toBeNull();
    expect(postUnnamed({ ...then, searchText: "who is mexico's president" }, [later])).toBeNull();
  });

  it('needs a property beside its owner: a sentence naming it alone is no country’s', () => {
    const capital = { ...reading('what is the capital of venezuela'), terms: [{ ...owner, at: 4 }] };
    const found = postUnnamed(capital, [naming('Venezuela spoke. The move makes it easier to raise capital.')]);
    expect(found).toMatchObject({ post: 'capital', kind: 'property' });
    expect(postUnnamed(capital, [naming('Thousands marched in the Venezuelan capital, Caracas.')])).toBeNull();
  });
});

describe('postAsked', () => {
  const country = keyTerm('venezuela', { entity: true, at: 2, alternatives: [['venezuela'], ['venezuelan']] });
  const party = keyTerm('UKIP', { entity: true, at: 3, alternatives: [['ukip']] });
  const naming = (text: string): HeadPassage => ({ text, support: passageSupport({ carried: [true] }) });

  it('finds where a passage names the post of a body as well as a country’s, but judges only a country’s', () => {
    const asked = postAsked({ ...reading('who is the ukip leader'), terms: [party] });
    expect(asked).toMatchObject({ post: 'leader', country: false });
    expect(asked?.mentions(naming('UKIP leader Roger Knapman said he would go.')).owner).toBe(true);
    expect(asked?.mentions(naming('UKIP lost a member.')).owner).toBe(false);
    expect(postAsked({ ...reading('who is venezuela foreign minister'), terms: [country] })?.country).toBe(true);
  });
});
