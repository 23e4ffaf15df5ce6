import { describe, expect, it } from 'vitest';
import { postBeside } from '../../src/retrieval/post-beside.js';

describe('postBeside', () => {
  const lima = [['lima', 'group']];

  it('finds a post written against a body’s name, before or after it, perhaps with one word between', () => {
    expect(postBeside('The OAS Secretary General Luis Almagro also said', [['oa']])).toBe(true);
    expect(postBeside('Talks were led by the head of the Lima Group.', lima)).toBe(true);
    expect(postBeside('IMF managing director Rodrigo Rato said', [['imf']])).toBe(true);
  });

  it('does not take a post further off, which is someone else’s', () => {
    const envoy = 'They pledged to welcome it into the Lima Group, vowing to treat his envoy as the representative of Venezuela.';
    expect(postBeside(envoy, lima)).toBe(false);
    expect(postBeside('The Lima Group met in Peru.', lima)).toBe(false);
  });

  it('takes only a post that heads the body when asked so: not one serving it', () => {
    const un = [['un']];
    expect(postBeside('Venezuelan Permanent Representative to the UN Samuel Moncada said', un)).toBe(true);
    expect(postBeside('Venezuelan Permanent Representative to the UN Samuel Moncada said', un, true)).toBe(false);
    expect(postBeside('said Keith Rockwell, UN spokesman, and the UN deputy head', un, true)).toBe(false);
    expect(postBeside('The OAS Secretary General Luis Almagro also said', [['oa']], true)).toBe(true);
    expect(postBeside('IMF managing director Rodrigo Rato said', [['imf']], true)).toBe(true);
  });

  it('takes the post a body opening the sentence calls "its", not one of a body named later', () => {
    const ashley = [['laura', 'ashlei']];
    const parting = 'Laura Ashley is parting company with its chief executive Ainum Mohd-Saaid.';
    expect(postBeside(parting, ashley, true)).toBe(true);
    expect(postBeside('Shares fell after Laura Ashley said its sales would drop.', ashley, true)).toBe(false);
    expect(postBeside('Its owner said Laura Ashley would soon announce its new chief executive.', ashley, true)).toBe(false);
    expect(postBeside('Laura Ashley thanked its spokesman.', ashley, true)).toBe(false);
    expect(postBeside('Laura Ashley said its board of directors made the decision.', ashley, true)).toBe(false);
  });
});
