import { describe, expect, it } from 'vitest';
import { headsBody, isPostWord, postMentions } from '../../src/retrieval/role.js';

describe('postMentions', () => {
  const venezuela = [['venezuela'], ['venezuelan']];
  const country = (terms: readonly string[]) => ['mexico', 'venezuela', 'venezuelan', 'peru'].includes(terms.join(' '));
  const mentions = (text: string, post: string, owner: string[][] = venezuela) => postMentions(text, post, owner, country);

  it('finds the post near a form of its owner, before it or just after it', () => {
    expect(mentions('Venezuelan Foreign Minister Jorge Arreaza spoke.', 'foreign minister').owner).toBe(true);
    expect(mentions('The talks were led by the President of Venezuela.', 'president').owner).toBe(true);
    expect(mentions('Pompeo will travel to Venezuela to meet with President Nicolas Maduro.', 'president').owner).toBe(true);
  });

  it('finds an ambassador asked about as a representative or an envoy, as news varies the word', () => {
    const moncada = mentions('Venezuelan Permanent Representative to the UN Samuel Moncada spoke.', 'un ambassador');
    expect(moncada).toMatchObject({ owner: true, asked: true });
    expect(mentions('Venezuelan President Nicolas Maduro spoke.', 'ambassador').owner).toBe(false);
  });

  it("tells another country's post, and a reporting verb between, from the owner's", () => {
    const other = mentions('Mexico’s Foreign Minister Luis Videgaray said he will continue to oppose Venezuela.', 'foreign minister');
    expect(other).toEqual({ owner: false, asked: false, unowned: false });
    expect(mentions('“Relations with Venezuela must be restored,” said the president.', 'president').owner).toBe(false);
  });

  it('notes a mention with no country beside it, which a domestic outlet writes for its own', () => {
    expect(mentions('Prime Minister Tony Blair will speak today.', 'prime minister')).toEqual({
      owner: false,
      asked: false,
      unowned: true,
    });
    expect(mentions('The Deputy Minister of Health spoke.', 'prime minister')).toEqual({ owner: false, asked: false, unowned: false });
  });

  it('takes any post beside the owner for one named only by rank', () => {
    expect(mentions('Mexico’s OAS Ambassador Luis Alfonso de Alba', 'head', [['oa']])).toMatchObject({ owner: true, asked: false });
    expect(mentions('Venezuelan opposition leader Juan Guaido', 'leader')).toMatchObject({ owner: true, asked: true });
  });

  it('takes a post heading its owner as asked for its head, but not one serving it', () => {
    expect(mentions('The OAS Secretary General Luis Almagro also said', 'head', [['oa']])).toMatchObject({ owner: true, asked: true });
    expect(mentions('Venezuelan President Nicolas Maduro', 'leader')).toMatchObject({ owner: true, asked: true });
    expect(mentions('Mike Nash, vice president in Microsoft’s security unit', 'head', [['microsoft']])).toMatchObject({ asked: false });
    expect(mentions('Venezuelan Foreign Minister Jorge Arreaza', 'leader')).toMatchObject({ owner: true, asked: false });
    expect(mentions('US Secretary of State Mike Pompeo', 'head', [['us']])).toMatchObject({ owner: true, asked: false });
  });
});

describe('headsBody', () => {
  it('knows the posts heading what they belong to, and not those serving it', () => {
    expect(['head', 'president', 'chairman', 'secretary general'].map(headsBody)).toEqual([true, true, true, false]);
    expect(['vice president', 'spokesman', 'ambassador'].map(headsBody)).toEqual([false, false, false]);
  });
});

describe('isPostWord', () => {
  it('knows posts, in any case', () => {
    expect(isPostWord('Minister')).toBe(true);
    expect(isPostWord('Venezuela')).toBe(false);
  });
});
