import { describe, expect, it } from 'vitest';
import { InitialForms } from '../../src/retrieval/initial-forms.js';
import { tokenize } from '../../src/text/tokenize.js';

const forms = (runs: string[][]) => {
  const f = new InitialForms();
  for (const run of runs) f.addRun(run);
  return f;
};

describe('InitialForms', () => {
  it('links an acronym to the runs whose initials it spells, connectors skipped', () => {
    const f = forms([
      ['Organization', 'of', 'American', 'States'],
      ['Ana', 'Vidal'],
    ]);
    expect(f.acronymGroups(['OAS'])).toEqual([[tokenize('OAS'), tokenize('Organization of American States')]]);
  });

  it('links an acronym to none when more than a few runs spell it', () => {
    const f = forms([
      ['Mr', 'Wilson'],
      ['Mike', 'Watt'],
      ['Mary', 'West'],
      ['Max', 'Wood'],
    ]);
    expect(f.acronymGroups(['MW'])).toEqual([]);
  });

  it('drops a run that loses a word to the stopword list, so it spells no letter', () => {
    expect(forms([['Must', 'Want']]).acronymGroups(['MW'])).toEqual([]);
  });

  it('keeps initials of three or more letters that the corpus never writes as a word', () => {
    const f = forms([
      ['Economic', 'Policy', 'Institute'],
      ['Ana', 'Vidal'],
      ['Eva', 'Vera', 'Lopez'],
    ]);
    const unwritten = f.unwritten((w) => w === 'evl');
    expect(unwritten.get('epi')).toEqual([tokenize('Economic Policy Institute')]);
    expect(unwritten.has('evl')).toBe(false);
  });

  it('keeps two initials only when they spell one name: "dr" for the Dominican Republic, not "av" for two', () => {
    const f = forms([
      ['Dominican', 'Republic'],
      ['Ana', 'Vidal'],
      ['Alan', 'Vega'],
    ]);
    const unwritten = f.unwritten(() => false);
    expect(unwritten.get('dr')).toEqual([tokenize('Dominican Republic')]);
    expect(unwritten.has('av')).toBe(false);
  });
});
