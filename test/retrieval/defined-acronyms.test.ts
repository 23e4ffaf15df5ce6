import { describe, expect, it } from 'vitest';
import { definedAcronyms } from '../../src/retrieval/defined-acronyms.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('definedAcronyms', () => {
  it('reads an acronym defined in brackets after its long form, whatever their case', () => {
    expect(definedAcronyms('how many anti-social behaviour orders (Asbos) were used')).toEqual([
      [tokenize('Asbos'), tokenize('anti-social behaviour orders')],
    ]);
    expect(definedAcronyms('numbers on the Telephone Preference Service (TPS) lists')).toEqual([
      [tokenize('TPS'), tokenize('Telephone Preference Service')],
    ]);
  });

  it('allows connectors inside the long form and a plural after a capital', () => {
    expect(definedAcronyms('the Organization of American States (OAS) met')).toEqual([
      [tokenize('OAS'), tokenize('Organization of American States')],
    ]);
    expect(definedAcronyms('some non-governmental organisations (NGOs) left')).toEqual([
      [tokenize('NGOs'), tokenize('non-governmental organisations')],
    ]);
  });

  it('reads nothing when the words before the bracket do not spell it', () => {
    expect(definedAcronyms('shares in the firm (BT) rose')).toEqual([]);
    expect(definedAcronyms('the former leader (Blair) said')).toEqual([]);
    expect(definedAcronyms('no brackets here at all')).toEqual([]);
  });
});
