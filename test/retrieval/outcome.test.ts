import { describe, expect, it } from 'vitest';
import { askedOutcome, type AskedOutcome } from '../../src/retrieval/outcome.js';

/** Whether `sentence` reports the outcome asked about anywhere. */
const reported = (asked: AskedOutcome, sentence: string) => asked.reportsAt(sentence).length > 0;

describe('askedOutcome', () => {
  it('reads the decisive outcome a yes-or-no question asks about, after chat filler', () => {
    expect(askedOutcome('did the senator get convicted in the end')?.word).toBe('convicted');
    expect(askedOutcome('wait did Rome beat Madrid for the games')?.word).toBe('beat');
    expect(askedOutcome('was the coach banned')?.word).toBe('banned');
    expect(askedOutcome('has the minister resigned yet')?.word).toBe('resigned');
  });

  it('reads no outcome the question says did not or will not come: it describes, it does not ask', () => {
    expect(askedOutcome('when are the elections maduro will not back down on')).toBeNull();
    expect(askedOutcome('why did the minister never resign')).toBeNull();
    expect(askedOutcome('when will the minister resign')?.word).toBe('resign');
  });

  it('reads "end up" and any verb as asking how it turned out, whatever the question word', () => {
    const agreed = askedOutcome('what did pompeo and pinera end up agreeing in santiago')!;
    expect(agreed.word).toBe('agreeing');
    expect(reported(agreed, 'Pompeo and Pinera signed an agreement.')).toBe(true);
    expect(reported(agreed, 'Pompeo hopes to agree a deal with Pinera.')).toBe(false);
    // A kind known by name comes first: a refusal answers "did they end up accepting" too.
    expect(reported(askedOutcome('did russia end up accepting the invite')!, 'Russia declined the invitation.')).toBe(true);
  });

  it('asked how or why they ended up doing something, takes it as done: no outcome asked', () => {
    expect(askedOutcome('how did dick morris even end up working with ukip')).toBeNull();
    expect(askedOutcome('so why did they end up leaving')).toBeNull();
  });

  it('reads no death in a resolution or a bill "killed": it was blocked', () => {
    expect(askedOutcome("who killed mexico's venezuela resolution")).toBeNull();
    expect(askedOutcome('who killed the journalist')?.word).toBe('killed');
  });

  it('reads who an outcome came to: "who replaced X" asks a succession, which an appointment reports', () => {
    const asked = askedOutcome('who replaced the minister')!;
    expect(asked.word).toBe('replaced');
    expect(reported(asked, 'The president appointed a new minister on Monday.')).toBe(true);
    expect(reported(asked, 'The minister met his counterpart.')).toBe(false);
    expect(askedOutcome('who won the vote')?.word).toBe('won');
    expect(askedOutcome('tape vs disc, which one won')?.word).toBe('won');
    expect(askedOutcome('who is buying the new shares')).toBeNull();
    expect(askedOutcome('is the firm buying the shares')).toBeNull();
  });

  it('reads "is X quitting …" typed without its question mark only when asked to order quotes', () => {
    expect(askedOutcome('wait is the minister actually quitting the party')).toBeNull();
    expect(askedOutcome('wait is the minister actually quitting the party', true)?.word).toBe('quitting');
    expect(askedOutcome('is the minister in office', true)).toBeNull();
  });

  it('reads "who will replace X" as asking ahead, answered by a passage expecting it as well', () => {
    const asked = askedOutcome('who will replace the minister')!;
    expect(asked.word).toBe('replace');
    expect(reported(asked, 'The US wants to oust the minister and replace him with his deputy.')).toBe(true);
    expect(reported(asked, 'The minister met his counterpart.')).toBe(false);
    expect(reported(askedOutcome('who replaced the minister')!, 'They want to replace him with his deputy.')).toBe(false);
    expect(reported(askedOutcome('who will the envoy meet in asuncion')!, 'The envoy will meet with the president in Asuncion.')).toBe(
      true,
    );
  });

  it('reads "will X", "is X going to" and "when" as asked ahead: a plan answers them, a risk or a condition does not', () => {
    const when = askedOutcome('when was the senator reelected')!;
    expect(when.word).toBe('reelected');
    expect(reported(when, 'The senator asked for early elections.')).toBe(false);
    expect(reported(when, 'The senator was re-elected in May.')).toBe(true);
    const visit = askedOutcome('is the envoy going to visit the border')!;
    expect(reported(visit, 'On Sunday the envoy will travel to the border to visit shelters.')).toBe(true);
    expect(askedOutcome('will the envoy meet the president')?.word).toBe('meet');
    const convicted = askedOutcome('when did the boss get convicted')!;
    expect(reported(convicted, 'The boss could face 85 years in jail if convicted.')).toBe(false);
    expect(reported(convicted, 'The boss was convicted in March.')).toBe(true);
    expect(askedOutcome('when did the talks stop')).toBeNull();
    expect(askedOutcome('when did the chancellor become pm')?.word).toBe('become pm');
    expect(askedOutcome('who became party leader')?.word).toBe('became party leader');
  });

  it('reads a post taken before a name as a title, not as someone taking it', () => {
    const asked = askedOutcome('when did the leader become interim president')!;
    expect(reported(asked, 'They stood by elected Venezuelan President Nicolas Maduro.')).toBe(false);
    expect(reported(asked, 'The leader was elected interim president in January.')).toBe(true);
    expect(reported(asked, 'In January the leader was elected president.')).toBe(true);
  });

  it('reads undoing a measure and a change of mind as outcomes of their own', () => {
    const lift = askedOutcome('did the us lift sanctions on the country')!;
    expect(lift.word).toBe('lift sanctions');
    expect(reported(lift, 'The US imposed new sanctions on the country.')).toBe(false);
    expect(reported(lift, 'The US eased sanctions on the country in May.')).toBe(true);
    expect(askedOutcome('were the sanctions lifted')?.word).toBe('sanctions lifted');
    expect(askedOutcome('did the ban end')?.word).toBe('ban end');
    // "levantó las sanciones" as translated; raising tariffs is no lifting.
    expect(askedOutcome('United States raised the sanctions to Venezuela?')?.word).toBe('raised the sanctions');
    expect(askedOutcome('did the us raise tariffs')).toBeNull();
    const mind = askedOutcome('did the bloc change its mind later')!;
    expect(reported(mind, 'The bloc put forward a counterproposal.')).toBe(false);
    expect(reported(mind, '“Our position will not change,” the bloc said.')).toBe(true);
    expect(reported(mind, 'Four of these countries changed their position.')).toBe(true);
  });

  it('reads the base form "did" asks with: sack, oust, elect, arrest, as well as their past', () => {
    expect(askedOutcome('did the club sack the striker')?.word).toBe('sack');
    expect(askedOutcome('did the army oust the president')?.word).toBe('oust');
    expect(askedOutcome('did they elect him')?.word).toBe('elect');
    expect(askedOutcome('did the police arrest the leader')?.word).toBe('arrest');
  });

  it('reads catching someone as an arrest, and catching anything else as no outcome', () => {
    expect(askedOutcome('did the cops ever catch the guy who robbed them')?.word).toBe('catch');
    expect(askedOutcome('did he catch up with the leaders')).toBeNull();
  });

  it('reads the -ing form of accepting, joining or attending as asking the outcome', () => {
    expect(askedOutcome('did russia end up accepting the invite')?.word).toBe('accepting');
    expect(askedOutcome('did china end up showing up to the meeting')?.word).toBe('showing up');
    expect(askedOutcome('did canada end up joining the group')?.word).toBe('joining');
  });

  it('reads quitting or leaving a body or an office as an outcome, not leaving for a place', () => {
    expect(askedOutcome('Is Venezuela quitting the organization?')?.word).toBe('quitting');
    expect(askedOutcome('did venezuela leave the oas')?.word).toBe('leave');
    expect(askedOutcome('did pompeo leave for colombia')).toBeNull();
  });

  it('reads a yes-or-no question asked by its question mark alone, as chat and translations ask it', () => {
    expect(askedOutcome('the coach got sacked?')?.word).toBe('sacked');
    expect(askedOutcome('The president was overthrown?')?.word).toBe('overthrown');
    expect(askedOutcome('why was the coach sacked?')).toBeNull();
  });

  it('leaves open questions and questions about no decisive outcome alone', () => {
    expect(askedOutcome('how did the vote go')).toBeNull();
    expect(askedOutcome('why was the coach banned')).toBeNull();
    expect(askedOutcome('did the minister criticise Lima')).toBeNull();
    expect(askedOutcome('did Mexico walk out of the meeting')).toBeNull();
  });

  it('counts a report of either outcome: a verdict answers "convicted" whichever way it went', () => {
    const asked = askedOutcome('was the senator convicted')!;
    expect(reported(asked, 'The jury acquitted the senator on Friday.')).toBe(true);
    expect(reported(asked, 'The senator was found guilty of fraud.')).toBe(true);
    expect(reported(asked, 'The senator goes on trial for fraud.')).toBe(false);
  });

  it('counts leaving a body as quitting it, and reads retiring as stepping down', () => {
    expect(reported(askedOutcome('did the country quit the bloc')!, 'It has begun the process of leaving the bloc.')).toBe(true);
    expect(askedOutcome('did the coach retire')?.word).toBe('retire');
    expect(reported(askedOutcome('did the boss go to prison')!, 'He was jailed for five years.')).toBe(true);
  });

  it('does not read a competition’s name as a win', () => {
    const won = askedOutcome('did chelsea win the champions league')!;
    expect(reported(won, 'Chelsea face Barcelona in the Champions League on Wednesday.')).toBe(false);
    expect(reported(won, 'Chelsea were crowned champions.')).toBe(true);
  });

  it('reads a dismissal as an outcome, not dismissing a claim', () => {
    const resign = askedOutcome('did the minister resign')!;
    expect(reported(resign, 'The minister was dismissed on Friday.')).toBe(true);
    expect(reported(resign, 'The minister has dismissed claims that he would go.')).toBe(false);
  });

  it('reads a decision on an offer, answered by its refusal as well as its acceptance, and joining a body', () => {
    const asked = askedOutcome('did the country accept the invitation')!;
    expect(asked.word).toBe('accept');
    expect(reported(asked, 'The country has rejected the invitation.')).toBe(true);
    expect(reported(asked, 'The country was invited to the summit.')).toBe(false);
    expect(reported(askedOutcome('did the country rejoin the bloc')!, 'It has been a member of the bloc since 1948.')).toBe(true);
  });

  it('reads whether someone came, answered by their staying away as well as by their attending', () => {
    const asked = askedOutcome('did russia attend the summit')!;
    expect(asked.word).toBe('attend');
    expect(reported(asked, 'Russia was invited to the next summit.')).toBe(false);
    expect(reported(asked, 'Russia will attend the summit.')).toBe(false);
    expect(reported(asked, 'Russia stayed away from the summit.')).toBe(true);
    expect(reported(askedOutcome('did the minister show up?')!, 'The minister took part in the talks.')).toBe(true);
  });

  it('reads whether they met, answered by a meeting held, not by one planned nor by any event', () => {
    const asked = askedOutcome('did the envoy and the minister meet')!;
    expect(asked.word).toBe('meet');
    expect(reported(asked, 'The envoy will meet the minister on Friday.')).toBe(false);
    expect(reported(asked, 'The envoy told a press conference the minister was away.')).toBe(false);
    expect(reported(asked, 'The envoy held talks with the minister on Monday.')).toBe(true);
    expect(reported(askedOutcome('did the council meet in june')!, "Tuesday's council session ended without a vote.")).toBe(true);
    expect(askedOutcome('The envoy gathered with the minister?')?.word).toBe('gathered with');
    expect(reported(askedOutcome('did the envoy visit the border')!, 'The envoy will travel to the border to visit camps.')).toBe(false);
  });

  it('reads whether sanctions came, and who a successor is whatever the tense', () => {
    expect(reported(askedOutcome('did the us sanction the country')!, 'Sanctions imposed by the US hurt the country.')).toBe(true);
    expect(askedOutcome('who is the minister’s successor')?.word).toBe('successor');
    expect(askedOutcome('who is buying the shares')).toBeNull();
  });

  it('counts a vote lost in other words as the outcome of "win"', () => {
    const asked = askedOutcome('did the proposal win at the assembly')!;
    expect(reported(asked, 'The proposal failed to reach a consensus.')).toBe(true);
    expect(reported(asked, 'The resolution was approved by 20 votes.')).toBe(true);
    expect(askedOutcome('did the assembly pass the resolution')?.word).toBe('pass');
  });

  it('does not count a risk, a condition or a plea of not guilty as the outcome', () => {
    const asked = askedOutcome('did the boss get convicted')!;
    expect(reported(asked, 'The boss could face a jail sentence of 85 years if convicted of all charges.')).toBe(false);
    expect(reported(asked, 'The boss has pleaded not guilty to charges of fraud.')).toBe(false);
    expect(reported(asked, 'The boss was found guilty of fraud.')).toBe(true);
    expect(reported(askedOutcome('did the boss go to prison')!, 'The boss faces up to 85 years in prison.')).toBe(false);
    expect(askedOutcome('was the coach banned')!.reportsAt('The FA will take no action against the coach.')).toHaveLength(1);
  });

  it('does not count an outcome spoken of as ahead or possible', () => {
    const asked = askedOutcome('did the city win the games')!;
    expect(reported(asked, "The city's bid to win the games gathers pace.")).toBe(false);
    expect(reported(asked, 'The city could win the games next year.')).toBe(false);
    expect(reported(asked, 'The city won the games in July.')).toBe(true);
    const ban = askedOutcome('was the coach banned')!;
    expect(reported(ban, 'The coach could be banned for the final.')).toBe(false);
  });
});
