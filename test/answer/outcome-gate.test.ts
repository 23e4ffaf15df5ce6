import { describe, expect, it } from 'vitest';
import type { HeadPassage } from '../../src/answer/gates.js';
import { outcomeUnreported, reportsAsked } from '../../src/answer/outcome-gate.js';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { tokenize } from '../../src/text/tokenize.js';
import { keyTerm } from '../support/key-terms.js';
import { passageSupport } from '../support/passage-support.js';

const name = (text: string) => keyTerm(text, { entity: true, alternatives: [tokenize(text)] });
const reading = (searchText: string, ...names: string[]): QuestionAnalysis => ({
  searchText,
  corrections: [],
  terms: names.map(name),
  answerType: 'any',
  answerTypes: [],
  related: [],
});
const passage = (text: string, entityShare: number): HeadPassage => ({
  text,
  support: passageSupport({ share: entityShare, entityShare }),
});

describe('outcomeUnreported', () => {
  const asked = reading('did Scrushy get convicted', 'Scrushy');

  it('names the outcome and the names when the passages naming the subject only report the trial', () => {
    const found = outcomeUnreported(asked, [passage('Scrushy goes on trial for fraud.', 1)]);
    expect(found?.word).toBe('convicted');
    expect(found?.names.map((t) => t.text)).toEqual(['Scrushy']);
  });

  it('is lifted by a passage naming the subject in the sentence that reports the verdict', () => {
    expect(outcomeUnreported(asked, [passage('Scrushy goes on trial.', 1), passage('A jury acquitted Scrushy.', 1)])).toBeNull();
  });

  it('does not count a verdict in a sentence about someone else', () => {
    const text = 'Scrushy goes on trial. Two former employees pleaded guilty last year.';
    expect(outcomeUnreported(asked, [passage(text, 1)])).not.toBeNull();
  });

  it('needs the subject before the outcome, or its object just after: a plea beside their trial is another’s', () => {
    const beside = 'Mr Sullivan has pleaded guilty to fraud and will be sentenced following the Scrushy trial.';
    expect(outcomeUnreported(asked, [passage(beside, 1)])).not.toBeNull();
    expect(outcomeUnreported(asked, [passage('Mr Scrushy was found guilty of fraud.', 1)])).toBeNull();
    expect(outcomeUnreported(asked, [passage('A jury in Alabama convicted former boss Richard Scrushy.', 1)])).toBeNull();
  });

  it('gives the outcome to another name opening a clause of its own between the subject and it', () => {
    const resign = reading('did Almagro resign', 'Almagro');
    const other = 'But Almagro did not set a date, although Venezuela has begun the process of leaving the bloc.';
    expect(outcomeUnreported(resign, [passage(other, 1)])).not.toBeNull();
    const own = 'Almagro, who led the OAS since Venezuela joined, resigned on Friday.';
    expect(outcomeUnreported(resign, [passage(own, 1)])).toBeNull();
  });

  it('keeps a name after a preposition the object it is, not the subject of a clause of its own', () => {
    const visit = reading('when did Pompeo visit Colombia', 'Pompeo', 'Colombia');
    const trip = 'On Sunday, Pompeo will travel to the city of Cucuta located near the border of Colombia to visit shelters.';
    expect(outcomeUnreported(visit, [passage(trip, 1)])).toBeNull();
  });

  it('reads a name joined by "and" to the subject as sharing the outcome, and reaches an object past grammar words', () => {
    const cleared = reading('did Kenteris have his ban lifted', 'Kenteris');
    expect(
      outcomeUnreported(cleared, [passage('Kostas Kenteris and Katerina Thanou have been cleared of doping offences.', 1)]),
    ).toBeNull();
    const lifted = reading('were the sanctions on Libya lifted', 'Libya');
    const reward = 'The move came after the US lifted a trade ban to reward Libya for giving up weapons.';
    expect(outcomeUnreported(lifted, [passage(reward, 1)])).toBeNull();
    expect(outcomeUnreported(lifted, [passage('The US imposed sanctions on Libya in 1986.', 1)])?.word).toBe('sanctions on Libya lifted');
  });

  it('needs the name the question makes the subject standing as the outcome’s subject or object, not past a comma', () => {
    const visit = reading('is Obrador going to visit Caracas', 'Obrador', 'Caracas');
    const hosted = 'The parties in Caracas suspended negotiations hosted by the Government of Mexico, Obrador stated.';
    expect(outcomeUnreported(visit, [passage(hosted, 1)])?.word).toBe('visit');
    expect(outcomeUnreported(visit, [passage('Obrador will visit Caracas on Friday.', 1)])).toBeNull();
    const stance = reading('did Mexico change its stance on Venezuela', 'Mexico', 'Venezuela');
    const held = '“Mexico’s position will not change,” said the minister, who condemned Venezuela.';
    expect(outcomeUnreported(stance, [passage(held, 1)])).toBeNull();
  });

  it('gives an outcome after a possessive to its owner, and to each name of a list after it', () => {
    const resign = reading('did Howard resign', 'Howard');
    expect(outcomeUnreported(resign, [passage('Tory leader Michael Howard has accepted the MP’s resignation.', 1)])).not.toBeNull();
    expect(outcomeUnreported(resign, [passage('Michael Howard’s resignation came on Friday.', 1)])).toBeNull();
    const dyke = reading('did Greg Dyke resign', 'Greg Dyke');
    const list =
      'The affair prompted the resignation of BBC chairman Gavyn Davies, director-general Greg Dyke and reporter Andrew Gilligan.';
    expect(outcomeUnreported(dyke, [passage(list, 1)])).toBeNull();
  });

  it('needs every name the passage writes in the sentence reporting the outcome', () => {
    const bought = reading('did Google buy Yahoo', 'Google', 'Yahoo');
    const apart = 'Google grew fast. Yahoo bought Flickr last year.';
    expect(outcomeUnreported(bought, [passage(apart, 1)])?.word).toBe('buy');
    expect(outcomeUnreported(bought, [passage('Google bought Yahoo in May.', 1)])).toBeNull();
  });

  it('asked who won what, needs a report writing what was won beside its word; the names may stand elsewhere in the passage', () => {
    const q = 'who won the Hartlepool by-election';
    const byElection = keyTerm('by-election', { at: 4, alternatives: [tokenize('by-election')] });
    const who: QuestionAnalysis = {
      ...reading(q),
      terms: [keyTerm('Hartlepool', { entity: true, at: 3, alternatives: [['hartlepool']] }), byElection],
    };
    const away = 'The Londoners lost away to Hartlepool and drew at home to Sheffield Wednesday.';
    expect(outcomeUnreported(who, [passage(away, 1)])?.word).toBe('won');
    const won = 'The Hartlepool vote was held on Thursday. Labour’s Iain Wright won the by-election with a reduced majority.';
    expect(outcomeUnreported(who, [passage(won, 1)])).toBeNull();
  });

  it('reads a prize as won when it is declared, taken or scooped', () => {
    const q = 'who won best film at the Baftas';
    const film = keyTerm('best film', { at: 2, alternatives: [tokenize('best film')] });
    const who: QuestionAnalysis = { ...reading(q), terms: [film, keyTerm('Baftas', { entity: true, at: 5, alternatives: [['bafta']] })] };
    const declared = 'The Aviator took the main honours at the Bafta awards. The Aviator was declared best film on Saturday.';
    expect(outcomeUnreported(who, [passage(declared, 1)])).toBeNull();
    expect(
      outcomeUnreported(who, [passage('The Aviator leads the Bafta field with 14 nominations, including best film.', 1)]),
    ).not.toBeNull();
  });

  it('reads a name asked after "in" or "at" as where it happened, not as who did it', () => {
    const rem = keyTerm('REM', { entity: true, alternatives: [['rem']], at: 0 });
    const sheffield = keyTerm('Sheffield', { entity: true, alternatives: [['sheffield']], at: 3 });
    const asked: QuestionAnalysis = { ...reading('rem gig in sheffield, what did they end up playing'), terms: [rem, sheffield] };
    const text = 'REM played acoustic versions of their hits on Monday, a week after the Sheffield gig was called off.';
    expect(outcomeUnreported(asked, [passage(text, 1)])).toBeNull();
    const elsewhere: QuestionAnalysis = { ...reading('rem and sheffield united, what did they end up playing'), terms: [rem, sheffield] };
    expect(outcomeUnreported(elsewhere, [passage(text, 1)])).not.toBeNull();
  });

  it('reads only the passages naming the most of the question', () => {
    const pool = [passage('Scrushy goes on trial.', 1), passage('Another boss was convicted.', 0)];
    expect(outcomeUnreported(asked, pool)).not.toBeNull();
  });

  it('leaves other questions, and a pool naming nothing asked, alone', () => {
    expect(outcomeUnreported(reading('why is Scrushy on trial', 'Scrushy'), [passage('Scrushy goes on trial.', 1)])).toBeNull();
    expect(outcomeUnreported(asked, [passage('A trial opens.', 0)])).toBeNull();
  });
});

describe('reportsAsked', () => {
  it('asked who came by an outcome, tells the passages reporting it from the others', () => {
    const q = 'who won best film at the Baftas';
    const film = keyTerm('best film', { at: 2, alternatives: [tokenize('best film')] });
    const who: QuestionAnalysis = { ...reading(q), terms: [film, keyTerm('Baftas', { entity: true, at: 5, alternatives: [['bafta']] })] };
    const reports = reportsAsked(who);
    expect(reports?.('At the Bafta awards, The Aviator was declared best film.')).toBe(true);
    expect(reports?.('The Aviator leads the Bafta field with 14 nominations, including best film.')).toBe(false);
  });

  it('asked whether it came about, tells the passages reporting it of the name asked from the others', () => {
    const reports = reportsAsked(reading('did Scrushy get convicted', 'Scrushy'));
    expect(reports?.('A jury convicted Scrushy on Friday.')).toBe(true);
    expect(reports?.('Scrushy goes on trial.')).toBe(false);
  });

  it('is null for a question asking no outcome', () => {
    expect(reportsAsked(reading('why is Scrushy on trial', 'Scrushy'))).toBeNull();
  });
});
