import { describe, expect, it } from 'vitest';
import { analyseQuestion, type TermStats } from '../../src/retrieval/key-terms.js';
import { STANCE_TERM } from '../../src/retrieval/stance.js';
import { dayTerm } from '../../src/retrieval/days.js';
import { SUM_TERM } from '../../src/retrieval/measure.js';
import { buildVocabulary } from '../../src/retrieval/vocabulary.js';
import { tokenize } from '../../src/text/tokenize.js';

const texts = [
  'The Organization of American States (OAS) met in Geneva to discuss Freedonia.',
  'Foreign Minister Ana Vidal said Freedonia would hold talks with Mexican officials.',
  'The talks ended without a deal, officials said.',
];
const docs = texts.map((t) => new Set(tokenize(t)));
const stats: TermStats = {
  vocabulary: buildVocabulary(texts),
  documentShare: (term) => docs.filter((d) => d.has(term)).length / docs.length,
  cooccur: (a, b) => docs.some((d) => d.has(a) && d.has(b)),
};
const terms = (q: string) => analyseQuestion(q, stats).terms.map((t) => ({ text: t.text, entity: t.entity, inCorpus: t.inCorpus }));

describe('analyseQuestion', () => {
  it("reads a leader's government as their country's too, when the corpus says which they head", () => {
    const heads: TermStats = { ...stats, governments: (surname) => (surname === 'vidal' ? [tokenize('Freedonia government')] : []) };
    const vidal = (q: string) => analyseQuestion(q, heads).terms.find((t) => t.text.toLowerCase() === 'vidal')!.alternatives;
    expect(vidal("when did vidal's govt hold talks")).toContainEqual(tokenize('Freedonia government'));
    expect(vidal('when did vidal hold talks')).not.toContainEqual(tokenize('Freedonia government'));
  });

  it("searches a body's head asked about by their name", () => {
    const heads: TermStats = { ...stats, heads: (body) => (body === 'oa' ? [tokenize('Ana Vidal'), ['vidal']] : []) };
    expect(analyseQuestion('what does the oas chief want', heads).related).toEqual(expect.arrayContaining(['ana', 'vidal']));
    expect(analyseQuestion('what does the oas want', heads).related).not.toContain('vidal');
  });

  it('reads initials the corpus never writes as the name they spell, and searches that name', () => {
    const reading = analyseQuestion('what did the fmav say', {
      ...stats,
      vocabulary: buildVocabulary([...texts, 'Foreign Minister Ana Vidal spoke.']),
    });
    const fmav = reading.terms.find((t) => t.text.toLowerCase() === 'fmav')!;
    expect(fmav).toMatchObject({ entity: true, inCorpus: true });
    expect(fmav.alternatives).toContainEqual(tokenize('Foreign Minister Ana Vidal'));
    expect(reading.related).toEqual(expect.arrayContaining(tokenize('Foreign Minister Ana Vidal')));
  });

  it('reads chat and corrects misspelt corpus names, saying what it changed', () => {
    const a = analyseQuestion('whats the deal w vidall & the oas', stats);
    expect(a.searchText).toBe('vidal and the oas');
    expect(a.corrections).toEqual([{ from: 'vidall', to: 'vidal' }]);
  });

  it('leaves out a light verb the corpus never writes, and keeps one it writes', () => {
    // "giving" asks nothing of a corpus that words the act another way; "held" it writes.
    expect(terms('how many talks are they giving').map((t) => t.text)).toEqual(['talks']);
    expect(terms('what did vidal say').map((t) => t.text)).toEqual(['vidal', 'say']);
  });

  it('gives a place that names a body with a noun none of the country’s forms: the Lima Group is not Peru', () => {
    const corpus = ['The Lima Group met in Peru.', 'Peru invited Cuba to the next Lima Group meeting.', 'Lima is hot.'];
    const sets = corpus.map((t) => new Set(tokenize(t)));
    const own: TermStats = {
      vocabulary: buildVocabulary(corpus),
      documentShare: (term) => sets.filter((d) => d.has(term)).length / sets.length,
      cooccur: (a, b) => sets.some((d) => d.has(a) && d.has(b)),
    };
    const forms = (q: string) => analyseQuestion(q, own).terms.map((t) => t.alternatives.map((a) => a.join(' ')));
    expect(forms('when does the lima group meet')[0]).toEqual(['lima']);
    expect(forms('what is it like in lima')[0]).toContainEqual('peru');
  });

  it("shows an acronym typed in lower case in the corpus's capitals", () => {
    expect(terms('did the oas meet in geneva').map((t) => t.text)).toEqual(['OAS', 'meet', 'geneva']);
  });

  it('reads a lower-case word as common when the asker capitalises names, whatever the corpus capitalises', () => {
    const corpus = ['Shares in the airline Frontier rose.', 'Analysts said Frontier would grow.', 'Migrants from Freedonia were held.'];
    const local: TermStats = { ...stats, vocabulary: buildVocabulary(corpus), documentShare: () => 0.3 };
    const frontier = (q: string, typed?: string) => analyseQuestion(q, local, typed).terms.find((t) => t.text === 'frontier')?.entity;
    expect(frontier('How many migrants from Freedonia were held at the frontier?')).toBe(false);
    expect(frontier('how many migrants from freedonia were held at the frontier')).toBe(true);
    // A machine translation capitalises on its own: the question as typed decides.
    expect(frontier('How many migrants from Freedonia were held at the frontier?', 'cuantos migrantes en la frontera')).toBe(true);
  });

  it('marks names the corpus never mentions, even typed in lower case', () => {
    expect(terms('what did rodrigo paz say about the talks')).toContainEqual({ text: 'rodrigo paz', entity: true, inCorpus: false });
  });

  it('does not take a common English word the corpus lacks for a missing name', () => {
    expect(terms('what was the opinion on the talks')).toContainEqual({ text: 'opinion', entity: false, inCorpus: false });
  });

  it('does not read a word as a name for its capital when it opens a sentence inside the question', () => {
    expect(terms('what did they want on the talks? Opinion polls?')).toContainEqual({ text: 'Opinion', entity: false, inCorpus: false });
  });

  it('does not read a common word as a name because its stem is an acronym\'s ("one" and "ONS")', () => {
    const own = ['The Office for National Statistics (ONS) said one in five jobs went.', 'ONS figures were out, one said.'];
    const vocabulary = buildVocabulary(own);
    const ownDocs = own.map((t) => new Set(tokenize(t)));
    const ownStats: TermStats = { vocabulary, documentShare: (t) => ownDocs.filter((d) => d.has(t)).length / 2, cooccur: () => true };
    const one = analyseQuestion('which one won', ownStats).terms.find((t) => t.text === 'one');
    expect(one).toMatchObject({ entity: false, alternatives: [['on']] });
    expect(analyseQuestion('what did the ons say', ownStats).terms[0]).toMatchObject({ entity: true });
  });

  it('reads the kind of answer after "which" or "what" as a common noun, however the corpus capitalises it', () => {
    const own = ['Manchester City won. City fans sang.', 'The City beat United, City said.'];
    const ownDocs = own.map((t) => new Set(tokenize(t)));
    const ownStats: TermStats = {
      vocabulary: buildVocabulary(own),
      documentShare: (t) => ownDocs.filter((d) => d.has(t)).length / 2,
      cooccur: () => true,
    };
    expect(analyseQuestion('in which city did they play', ownStats).terms.find((t) => t.text === 'city')).toMatchObject({ entity: false });
    expect(analyseQuestion('did city win', ownStats).terms.find((t) => t.text === 'city')).toMatchObject({ entity: true });
  });

  it('reads "going to" and "gonna" as the future, not as a word the question hinges on', () => {
    expect(terms('what are the talks gonna cover').map((t) => t.text)).toEqual(['talks', 'cover']);
    expect(terms('where is vidal going after the talks').map((t) => t.text)).toContain('going');
  });

  it('finds a name the corpus writes another way: demonym, acronym or long form', () => {
    expect(terms('what did mexico say')).toContainEqual({ text: 'mexico', entity: true, inCorpus: true });
    expect(terms('what did the organization of american states decide')).toContainEqual({
      text: 'organization american states',
      entity: true,
      inCorpus: true,
    });
  });

  it('reads a stance asked about as carried by a sentence stating one, and searches its other names too', () => {
    const a = analyseQuestion("what is freedonia's position on mexico", stats);
    const position = a.terms.find((t) => t.text === 'position')!;
    expect(position.alternatives).toEqual([[STANCE_TERM]]);
    expect(position.entity).toBe(false);
    expect(a.related).toEqual(expect.arrayContaining(['polici', 'stanc', 'view']));
    // A question asking no stance searches no stance noun (only other forms of its own words: "met").
    expect(analyseQuestion('did the oas meet in geneva', stats).related).toEqual(['met']);
  });

  it('reads a day of a month as one name, carried only where a passage writes that day', () => {
    const a = analyseQuestion('how did the july 30 talks go', stats);
    expect(a.terms.map((t) => t.text)).toEqual(['July 30', 'talks', 'go']);
    expect(a.terms[0]).toMatchObject({ alternatives: [[dayTerm(7, 30)]], entity: true, inCorpus: false });
  });

  it('lets a sum carry a word for money', () => {
    const money = analyseQuestion('did freedonia get any money', stats).terms.find((t) => t.text === 'money')!;
    expect(money.alternatives).toContainEqual([SUM_TERM]);
    expect(analyseQuestion('did freedonia get any talks', stats).terms.some((t) => t.alternatives.some((a) => a[0] === SUM_TERM))).toBe(
      false,
    );
  });

  it('searches the forms of a verb the stemmer parts from it ("die" and "died")', () => {
    const a = analyseQuestion('how did vidal die', stats);
    expect(a.terms.find((t) => t.text === 'die')?.alternatives).toEqual([['die'], ['di']]);
    expect(a.related).toEqual(['di']);
  });

  it("searches a word's other English spelling where the corpus writes it, names included", () => {
    const both = ['The Labour party met the defense minister.', 'The defence budget grew.', 'Australia’s Labor party lost.'];
    const mixed: TermStats = {
      vocabulary: buildVocabulary(both),
      documentShare: () => 0.5,
      cooccur: () => true,
    };
    const forms = (q: string, word: string) => analyseQuestion(q, mixed).terms.find((t) => t.text.toLowerCase() === word)!.alternatives;
    expect(forms('what did the defense minister say', 'defense')).toContainEqual(tokenize('defence'));
    const labor = analyseQuestion('what did the labor party say', mixed).terms[0]!;
    expect(labor.entity).toBe(true);
    expect(labor.alternatives).toContainEqual(tokenize('labour'));
    // Written only the other way, the word is read as the corpus spells it.
    const only: TermStats = { ...mixed, vocabulary: buildVocabulary(both.slice(0, 2)) };
    expect(analyseQuestion('what did the labor party say', only).terms[0]!.text.toLowerCase()).toBe('labour');
  });

  it('knows the kind of answer asked for', () => {
    expect(analyseQuestion('how many officials came', stats).answerType).toBe('number');
    expect(analyseQuestion('when did the talks end', stats).answerType).toBe('date');
    expect(analyseQuestion('who spoke for freedonia', stats).answerType).toBe('person');
  });

  it('takes two neighbouring names the corpus never puts in one passage for a name it does not hold', () => {
    expect(terms('what did geneva vidal say')).toContainEqual({ text: 'geneva vidal', entity: true, inCorpus: false });
    expect(terms('what did ana vidal say')).toContainEqual({ text: 'ana', entity: true, inCorpus: true });
  });

  it('takes a first name and a surname the corpus gives only other people for a name it does not hold', () => {
    const people = [...texts, 'Ana Vidal met Tomas Ruiz. Later Ruiz left, and Vidal stayed.'];
    const held = people.map((t) => new Set(tokenize(t)));
    const named: TermStats = {
      vocabulary: buildVocabulary(people),
      documentShare: (term) => held.filter((d) => d.has(term)).length / held.length,
      cooccur: () => true,
    };
    const read = (q: string) => analyseQuestion(q, named).terms.map((t) => ({ text: t.text, inCorpus: t.inCorpus }));
    expect(read('did tomas vidal meet ruiz')).toContainEqual({ text: 'tomas vidal', inCorpus: false });
    expect(read('did tomas ruiz meet vidal')).not.toContainEqual(expect.objectContaining({ inCorpus: false }));
  });

  it('writes a word the corpus hyphenates once, and marks the common words of an opening part naming the story', () => {
    const hyphened: TermStats = { ...stats, vocabulary: buildVocabulary([...texts, 'Shoppers at Wal-Mart said Wal-Mart was cheap.']) };
    const reading = analyseQuestion('the walmart deal talks - who ended them', hyphened);
    expect(reading.terms.map((t) => t.text.toLowerCase())).toContain('wal-mart');
    expect(reading.terms.filter((t) => t.topic).map((t) => t.text)).toEqual(['deal', 'talks']);
  });
});
