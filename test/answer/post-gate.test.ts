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
    // A company may go by forms the corpus does not link ("Fed", "Federal Reserve"): only countries are judged.
    const fed = { ...owner, text: 'Fed', alternatives: [['fed']] };
    expect(postUnnamed({ ...reading('who is the chairman of the fed'), terms: [fed] }, [naming('The Fed raised rates.')])).toBeNull();
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
