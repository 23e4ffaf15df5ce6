import { describe, expect, it } from 'vitest';
import { askedOutcome } from '../../src/retrieval/outcome.js';
import { reportsOutcome } from '../../src/retrieval/outcome-report.js';
import { tokenize } from '../../src/text/tokenize.js';
import { keyTerm } from '../support/key-terms.js';

const name = (text: string) => keyTerm(text, { entity: true, alternatives: [tokenize(text)] });
const common = (text: string) => keyTerm(text, { alternatives: [tokenize(text)] });

describe('reportsOutcome', () => {
  const convicted = askedOutcome('did Scrushy get convicted')!;
  const scrushy = name('Scrushy');

  it('reads an outcome of a name standing before its word or just after it', () => {
    expect(reportsOutcome('A jury acquitted Scrushy on Tuesday.', [scrushy], [scrushy], convicted.reportsAt)).toBe(true);
    expect(reportsOutcome('Scrushy was found guilty of fraud.', [scrushy], [scrushy], convicted.reportsAt)).toBe(true);
  });

  it('does not read an outcome in a sentence without the name, nor one of another clause', () => {
    const apart = 'Scrushy goes on trial. Two former employees pleaded guilty last year.';
    expect(reportsOutcome(apart, [scrushy], [scrushy], convicted.reportsAt)).toBe(false);
    const beside = 'Mr Sullivan has pleaded guilty and will be sentenced following the Scrushy trial.';
    expect(reportsOutcome(beside, [scrushy], [scrushy], convicted.reportsAt)).toBe(false);
  });

  it('asked who won what, needs what was won beside the win, and the name anywhere in the passage', () => {
    const won = askedOutcome('who won best actor at the Baftas')!;
    const baftas = keyTerm('Baftas', { entity: true, alternatives: [['bafta']] });
    const actor = common('best actor');
    const foxx = 'Vera Drake shared the honours at the Bafta awards. Jamie Foxx won best actor for Ray.';
    expect(reportsOutcome(foxx, [baftas], [], won.reportsAt, [actor])).toBe(true);
    const named = 'The Bafta awards went well. Foxx was named best actor by the academy.';
    expect(reportsOutcome(named, [baftas], [], won.reportsAt, [actor])).toBe(true);
    const nominated = 'At the Bafta awards, Jamie Foxx was nominated for best actor.';
    expect(reportsOutcome(nominated, [baftas], [], won.reportsAt, [actor])).toBe(false);
    expect(reportsOutcome('Jamie Foxx won best actor for Ray.', [baftas], [], won.reportsAt, [actor])).toBe(false);
  });

  it('asked who won a vote, still reads a motion’s fate of the names asked, without the word "vote"', () => {
    const won = askedOutcome('who won the OAS vote')!;
    const oas = keyTerm('OAS', { entity: true, alternatives: [['oa']] });
    const vote = common('vote');
    expect(reportsOutcome('At the meeting, the OAS rejected Venezuela’s proposal.', [oas], [], won.reportsAt, [vote])).toBe(true);
    expect(reportsOutcome('The OAS met. Mexico lost its temper.', [oas], [], won.reportsAt, [vote])).toBe(false);
    expect(reportsOutcome('The OAS has thrown out the proposal.', [oas], [], won.reportsAt, [vote])).toBe(true);
  });

  it('asked which kind of winner won, reads one of its words beside the outcome as the report', () => {
    const won = askedOutcome('which comedy bit won the bbc poll')!;
    const bbc = keyTerm('BBC', { entity: true, alternatives: [['bbc']] });
    const [poll, comedy] = [common('poll'), common('comedy')];
    expect(reportsOutcome('At the BBC awards, a sketch won the comedy prize.', [bbc], [], won.reportsAt, [poll], [comedy])).toBe(true);
    expect(reportsOutcome('At the BBC awards, Holmes won gold. A comedy was shown.', [bbc], [], won.reportsAt, [poll], [comedy])).toBe(
      false,
    );
  });
});
