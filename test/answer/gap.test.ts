import { describe, expect, it } from 'vitest';
import { describeAsOf, describeGap, describeRefusal, describeUnansweredParts, joinLines, type Refusal } from '../../src/answer/gap.js';
import type { KeyTerm } from '../../src/retrieval/key-terms.js';
import { keyTerm } from '../support/key-terms.js';
import { passageSupport } from '../support/passage-support.js';
import type { PassageSupport } from '../../src/retrieval/support.js';

const term = (text: string, entity: boolean, inCorpus = true) => keyTerm(text, { entity, inCorpus, weight: 1 });
const at = (t: KeyTerm, first: number): KeyTerm => ({ ...t, words: { first, last: first } });
const best = (carried: boolean[], typed = true): PassageSupport =>
  passageSupport({ carried, share: 0.5, entityShare: 0.5, typed, contentShare: 0.5, sentenceShare: 0.5 });

describe('describeGap', () => {
  it('names what the corpus never mentions, capitalised as a name', () => {
    expect(describeGap([term('delcy rodriguez', true, false), term('oas', true)], 'any', null)).toBe(
      'The corpus never mentions Delcy Rodriguez.',
    );
    expect(describeGap([term('gdp', true, false)], 'any', null)).toBe('The corpus never mentions GDP.');
    expect(describeGap([term('eu', true, false)], 'any', null)).toBe('The corpus never mentions EU.');
    expect(describeGap([term('imf', true, false)], 'any', null)).toBe('The corpus never mentions IMF.');
    expect(describeGap([term('ed miliband', true, false)], 'any', null)).toBe('The corpus never mentions Ed Miliband.');
    expect(describeGap([term('kim', true, false)], 'any', null)).toBe('The corpus never mentions Kim.');
  });

  it('says when no passage brings two names together', () => {
    expect(describeGap([term('peru', true), term('AMLO', true)], 'any', best([true, false]))).toBe(
      'No passage in the corpus speaks of Peru and AMLO together.',
    );
  });

  it('shows neighbouring words of the question as one name', () => {
    const terms = [at(term('lima', true), 3), at(term('group', true), 4), at(term('2022', true), 7)];
    expect(describeGap(terms, 'any', best([true, true, false]))).toBe('No passage in the corpus speaks of Lima Group and 2022 together.');
  });

  it('names a name read twice once', () => {
    const terms = [at(term('half-life', true), 4), at(term('Half-Life', true), 8)];
    expect(describeGap(terms, 'number', best([true, true], false))).toBe(
      'The corpus mentions Half-life but gives no passage with a number for this.',
    );
  });

  it('says when the subject is there but not the kind of fact asked for', () => {
    expect(describeGap([term('peru', true), term('visit', false)], 'number', best([true, true], false))).toBe(
      'The corpus mentions Peru but gives no passage with a number for this.',
    );
  });

  it('names a measure asked for as what it is', () => {
    const asked = [term('peru', true), term('meeting', false)];
    expect(describeGap(asked, 'number', best([true, true], false), 'en', 'length')).toBe(
      'The corpus mentions Peru but gives no passage with a length for this.',
    );
    expect(describeGap(asked, 'any', best([true, true], false), 'en', 'money')).toBe(
      'The corpus mentions Peru but gives no passage with a sum of money for this.',
    );
    expect(describeGap(asked, 'date', best([true, true], false), 'es', 'time')).toBe(
      'El corpus menciona a Peru, pero ningún pasaje da una hora sobre esto.',
    );
  });

  it('says it in the language the question was asked in', () => {
    expect(describeGap([term('bolsonaro', true, false)], 'any', null, 'es')).toBe('El corpus nunca menciona a Bolsonaro.');
    expect(describeGap([term('peru', true), term('AMLO', true)], 'any', best([true, false]), 'pt')).toBe(
      'Nenhum trecho do corpus fala de Peru e AMLO ao mesmo tempo.',
    );
    expect(describeGap([term('peru', true), term('visit', false)], 'date', best([true, true], false), 'es')).toBe(
      'El corpus menciona a Peru, pero ningún pasaje da una fecha sobre esto.',
    );
    expect(describeGap([term('weather', false)], 'any', best([false]), 'pt')).toBe('O corpus não tem nenhum trecho que responda a isso.');
  });

  it('falls back to a plain refusal', () => {
    expect(describeGap([term('weather', false)], 'any', best([false]))).toBe('The corpus has no passage that answers this.');
  });
});

describe('describeRefusal', () => {
  const none: Refusal = {
    vague: false,
    preview: false,
    silent: null,
    unnamed: null,
    unreported: null,
    nameless: null,
    unchosen: null,
    apart: false,
    missing: [],
    reading: { terms: [term('trump', true)], answerType: 'any' },
    best: null,
  };

  it("says the passages speak about someone without reporting what they said, in the asker's language", () => {
    const r = { ...none, silent: { who: [term('trump', true)], about: [] } };
    expect(describeRefusal(r)).toBe('The corpus mentions Trump but no passage reports what Trump said.');
    expect(describeRefusal(r, 'es')).toBe('El corpus menciona a Trump, pero ningún pasaje recoge lo que dijo.');
  });

  it('names what someone was asked to have spoken about, as typed', () => {
    const about = [at(term('lima', true), 5), at(term('group', true), 6)];
    const r = { ...none, silent: { who: [term('maduro', true)], about } };
    expect(describeRefusal(r)).toBe('The corpus mentions Maduro but no passage reports what Maduro said about Lima Group.');
    expect(describeRefusal(r, 'pt')).toBe('O corpus menciona Maduro, mas nenhum trecho relata o que disse sobre Lima Group.');
    const inYear = { ...none, silent: { who: [term('blair', true)], about: [term('iraq', true), term('2010', true)] } };
    expect(describeRefusal(inYear)).toBe('The corpus mentions Blair but no passage reports what Blair said about Iraq in 2010.');
    // A year within what they were asked about is said there, once.
    const coup = { ...none, silent: { who: [term('mexico', true)], about: [term('2019', true)], topic: 'the 2019 coup attempt' } };
    expect(describeRefusal(coup)).toBe('The corpus mentions Mexico but no passage reports what Mexico said about the 2019 coup attempt.');
    // What they spoke of as asked stands for the names within it, written as names.
    const meeting = { ...r, silent: { ...r.silent, who: [term('russia', true)], topic: 'the lima group meeting' } };
    expect(describeRefusal(meeting)).toBe(
      'The corpus mentions Russia but no passage reports what Russia said about the Lima Group meeting.',
    );
    expect(describeRefusal(meeting, 'es')).toBe(
      'El corpus menciona a Russia, pero ningún pasaje recoge lo que dijo sobre «lima group meeting».',
    );
  });

  it('names a thing asked to have spoken with its article, and its owner among what it spoke of', () => {
    const r = { ...none, silent: { who: [term('report', false)], about: [term('almagro', true)] } };
    expect(describeRefusal(r)).toBe('The corpus mentions the report but no passage reports what the report said about Almagro.');
    // Named right before it, the name is the thing's owner, not what it spoke of.
    const owned = {
      ...none,
      silent: { who: [at(term('report', false), 3)], about: [at(term('almagro', true), 2), at(term('cuba', true), 6)] },
    };
    expect(describeRefusal(owned)).toBe(
      'The corpus mentions Almagro’s report but no passage reports what Almagro’s report said about Cuba.',
    );
    expect(describeRefusal(owned, 'es')).toContain('«report» de Almagro');
  });

  it('says no passage names the post asked about beside its owner', () => {
    const r = { ...none, unnamed: { post: 'Foreign Minister', owner: term('venezuela', true), kind: 'post' as const } };
    expect(describeRefusal(r)).toBe('The corpus mentions Venezuela but no passage names Venezuela’s foreign minister.');
    expect(describeRefusal(r, 'pt')).toBe('O corpus menciona Venezuela, mas nenhum trecho diz quem ocupa esse cargo.');
  });

  it('says no passage names the property asked about, in words for a fact rather than a post', () => {
    const r = { ...none, unnamed: { post: 'capital', owner: term('peru', true), kind: 'property' as const } };
    expect(describeRefusal(r)).toBe('The corpus mentions Peru but no passage names Peru’s capital.');
    expect(describeRefusal(r, 'es')).toBe('El corpus menciona a Peru, pero ningún pasaje da ese dato.');
  });

  it('says no passage reports the outcome asked about, naming the names as typed', () => {
    const r = { ...none, unreported: { word: 'convicted', names: [at(term('richard', true), 1), at(term('scrushy', true), 2)] } };
    expect(describeRefusal(r)).toBe('The corpus mentions Richard Scrushy but no passage reports the outcome asked about (“convicted”).');
    expect(describeRefusal(r, 'es')).toBe('El corpus menciona a Richard Scrushy, pero ningún pasaje cuenta cómo terminó.');
  });

  it('says no passage names the holder at the time asked about, or the person described', () => {
    const then = { ...none, unnamed: { post: 'president', owner: term('mexico', true), kind: 'post' as const, then: true } };
    expect(describeRefusal(then)).toBe('The corpus mentions Mexico but no passage names Mexico’s president at the time asked about.');
    expect(describeRefusal(then, 'pt')).toBe('O corpus menciona Mexico, mas nenhum trecho diz quem ocupava esse cargo naquele momento.');
    const snoop = [at(term('snoop', true), 8), at(term('dogg', true), 9)];
    const artist = { ...none, nameless: { phrase: 'make up artist', names: snoop } };
    expect(describeRefusal(artist)).toBe('The corpus mentions Snoop Dogg but no passage gives the name of the make up artist.');
    const wife = {
      ...none,
      nameless: { phrase: "david miliband's wife", names: [at(term('david', true), 2), at(term('miliband', true), 3)] },
    };
    expect(describeRefusal(wife)).toBe("The corpus mentions David Miliband but no passage gives the name of David Miliband's wife.");
  });

  it('says no passage says which of the two things asked', () => {
    const choice = { ...none, unchosen: { options: ['tory', 'labour'] as const, names: [at(term('davies', true), 2)] } };
    expect(describeRefusal(choice)).toBe('The corpus mentions Davies but no passage says whether tory or labour.');
    expect(describeRefusal(choice, 'es')).toBe('El corpus menciona a Davies, pero ningún pasaje dice si tory o labour.');
  });

  it('puts a name the corpus never mentions first, and a question naming nothing before all', () => {
    const lula = { ...none, reading: { terms: [term('lula', true, false)], answerType: 'any' as const } };
    expect(describeRefusal({ ...lula, missing: ['lula'], silent: { who: [term('lula', true)], about: [] } })).toBe(
      'The corpus never mentions Lula.',
    );
    expect(describeRefusal({ ...none, vague: true, preview: true })).toMatch(/^The question does not say what it is about/);
    expect(describeRefusal({ ...none, preview: true })).toBe(
      'The corpus reports this only as planned, possible or asked for, not how it turned out.',
    );
  });
});

describe('describeUnansweredParts', () => {
  it('names the part of a two-part question that no passage answers', () => {
    expect(describeUnansweredParts(['person', 'reason'], (t) => t === 'person')).toBe('None of these passages says why.');
    expect(describeUnansweredParts(['person', 'date', 'reason'], (t) => t === 'person')).toBe('None of these passages says when or why.');
  });

  it('names the open parts in Spanish and Portuguese', () => {
    expect(describeUnansweredParts(['person', 'date', 'reason'], (t) => t === 'person', 'es')).toBe(
      'Ninguno de estos pasajes dice cuándo ni por qué.',
    );
    expect(describeUnansweredParts(['person', 'reason'], (t) => t === 'reason', 'pt')).toBe('Nenhum destes trechos diz quem.');
  });

  it('says nothing when every part is answered, or the question has one part', () => {
    expect(describeUnansweredParts(['person', 'reason'], () => true)).toBeNull();
    expect(describeUnansweredParts(['reason'], () => false)).toBeNull();
  });
});

describe('describeAsOf', () => {
  it('names the newest dated article, whatever the precision of the dates, or nothing when none is dated', () => {
    expect(describeAsOf(['2017-06', '2019-07-04', null, '2019-04'])).toBe(
      'The newest of these articles is from 2019-07-04: the corpus cannot say how things stand now.',
    );
    expect(describeAsOf([null, undefined, ''])).toBeNull();
    expect(describeAsOf(['2022-10'], 'es')).toMatch(/^El más reciente de estos artículos es de 2022-10/);
  });

  it('joins the lines that are there', () => {
    expect(joinLines('A.', null, 'B.')).toBe('A. B.');
    expect(joinLines(null, null)).toBeNull();
  });
});

describe('describeGap, a common noun never mentioned', () => {
  it('names it in lower case with its article, not as a capitalised name', () => {
    const pope: KeyTerm = { ...term('pope', true, false), noun: true };
    expect(describeGap([pope], 'any', null)).toBe('The corpus never mentions the pope.');
    expect(describeGap([pope], 'any', null, 'es')).toBe('El corpus nunca menciona a «pope».');
  });
});
