import { describe, expect, it } from 'vitest';
import { askedSpeaker, speakerForms, speakerTerms, speakingOfAsked, spokenTopic } from '../../src/retrieval/asked-speaker.js';
import type { QuestionAnalysis } from '../../src/retrieval/key-terms.js';
import { keyTerm } from '../support/key-terms.js';

describe('askedSpeaker', () => {
  it('finds who a question asks to have spoken', () => {
    expect(askedSpeaker('what did trump say about venezuela')).toBe('trump');
    expect(askedSpeaker('What has Maria Corina Machado said about the talks?')).toBe('Maria Corina Machado');
    expect(askedSpeaker('what does the head of the OAS think')).toBe('head of the OAS');
    expect(askedSpeaker('what did the rfu and the english clubs think of the plan')).toBe('rfu and the english clubs');
    expect(askedSpeaker('how did the minister react to the vote')).toBe('minister');
    expect(askedSpeaker('did popolizio say anything about maduro')).toBe('popolizio');
    expect(askedSpeaker('what did trump tweet about maduro')).toBe('trump');
    expect(askedSpeaker('what did the senator threaten')).toBe('senator');
    expect(askedSpeaker('What the Trump said on the Venezuela')).toBe('Trump');
    expect(askedSpeaker('What China said on the invitation?')).toBe('China');
    expect(askedSpeaker('What said Trump on Venezuela?')).toBe('Trump');
    expect(askedSpeaker('What thinks Amlo of the migrants')).toBe('Amlo');
    expect(askedSpeaker('How it reacted Maduro to the vote of the OAS')).toBe('Maduro');
    expect(askedSpeaker('As it reacted the Videgaray to the vote')).toBe('Videgaray');
    expect(askedSpeaker('when did maduro respond to the invite')).toBe('maduro');
    expect(askedSpeaker('did the minister comment on the vote')).toBe('minister');
    expect(askedSpeaker('did amlo like the visa plan')).toBe('amlo');
    expect(askedSpeaker('does the minister not like the deal')).toBe('minister');
    expect(askedSpeaker('what did amlo make of the visa plan')).toBe('amlo');
  });

  it('asks nothing of questions about what someone did or wanted', () => {
    expect(askedSpeaker('what did pompeo want in colombia')).toBeNull();
    expect(askedSpeaker('who said the talks failed')).toBeNull();
    expect(askedSpeaker('what did the lima group do')).toBeNull();
    expect(askedSpeaker('what did the lima group make in 2019')).toBeNull();
  });
});

describe('speakerTerms and speakingOfAsked', () => {
  const reading = (searchText: string): QuestionAnalysis => ({
    searchText,
    corrections: [],
    terms: [keyTerm('colombia', { entity: true }), keyTerm('venezuela', { entity: true, at: 4 })],
    answerType: 'any',
    answerTypes: ['any'],
    related: [],
  });

  it('reads who a question asks to have spoken among its names, places included', () => {
    expect(speakerTerms(reading('what did colombia say about venezuela')).map((t) => t.text)).toEqual(['colombia']);
    expect(speakerTerms(reading('what happened in colombia and venezuela'))).toEqual([]);
  });

  it('reads no figure as who spoke nor as an owner: "the 20 countries" are not 20\'s', () => {
    const terms = [keyTerm('20', { entity: true, at: 3 }), keyTerm('countries', { at: 4 })];
    expect(speakerTerms({ ...reading('what did the 20 countries say'), terms })).toEqual([]);
  });

  it("reads a person's thing as who is asked to have spoken, but a body's or a country's noun, or a word of speech, as its owner", () => {
    const asked = (question: string, terms: ReturnType<typeof keyTerm>[]) =>
      speakerTerms({ ...reading(question), terms }).map((t) => t.text);
    const almagro = keyTerm('almagro', { entity: true, at: 2 });
    const venezuela = keyTerm('venezuela', { entity: true, at: 6 });
    expect(
      asked('what did almagro updated report on venezuela say', [
        almagro,
        keyTerm('updated', { at: 3 }),
        keyTerm('report', { at: 4 }),
        venezuela,
      ]),
    ).toEqual(['report']);
    expect(asked('what did almagro statement say', [almagro, keyTerm('statement', { at: 3 })])).toEqual(['almagro']);
    // The figures a body publishes are it speaking: "according to the Nationwide".
    expect(
      asked('what did the nationwide numbers say', [keyTerm('nationwide', { entity: true, at: 3 }), keyTerm('numbers', { at: 4 })]),
    ).toEqual(['nationwide']);
    // A possessive names its owner, with either apostrophe.
    expect(asked("what did almagro's report say", [almagro, keyTerm('report', { at: 3 })])).toEqual(['report']);
    expect(asked('what did almagro’s report say', [almagro, keyTerm('report', { at: 3 })])).toEqual(['report']);
    expect(asked('what did the un expert say', [keyTerm('UN', { entity: true, at: 3 }), keyTerm('expert', { at: 4 })])).toEqual(['UN']);
    expect(asked('what did the head of the oas say', [keyTerm('head', { at: 3 }), keyTerm('OAS', { entity: true, at: 6 })])).toEqual([
      'OAS',
    ]);
  });

  it('takes a passage in which they speak and which carries the other names asked about', () => {
    const speaks = speakingOfAsked(reading('what did colombia say about venezuela'))!;
    expect(speaks('Colombia stressed that Venezuela must talk.', [true, true])).toBe(true);
    expect(speaks('Colombia stressed its thanks.', [true, false])).toBe(false);
    expect(speaks('Venezuela attacked Colombia.', [true, true])).toBe(false);
    expect(speakingOfAsked(reading('what happened in colombia'))).toBeNull();
  });

  it('asks the passage in which they speak to carry a word of what they are asked to have spoken about', () => {
    const vote = keyTerm('vote', { at: 6 });
    const asked: QuestionAnalysis = {
      ...reading('what did colombia say about the vote'),
      terms: [keyTerm('colombia', { entity: true }), vote],
    };
    const speaks = speakingOfAsked(asked)!;
    expect(speaks('Colombia threatened to leave the chamber.', [true, false])).toBe(false);
    expect(speaks('Colombia said the vote was unfair.', [true, true])).toBe(true);
  });

  it('reads what they are asked their view of after "think of", not after any "of"', () => {
    const plan = keyTerm('plan', { at: 6 });
    const asked: QuestionAnalysis = {
      ...reading('what did colombia think of the plan'),
      terms: [keyTerm('colombia', { entity: true }), plan],
    };
    expect(spokenTopic(asked)).toEqual({ terms: [plan], phrase: 'the plan' });
    const head = {
      ...reading('what did the head of the oas say'),
      terms: [keyTerm('head', { at: 3 }), keyTerm('OAS', { entity: true, at: 6 })],
    };
    expect(spokenTopic(head)).toBeNull();
  });

  it('reads what they are asked to like as what they spoke of: "did amlo like the visa plan"', () => {
    const plan = keyTerm('plan', { at: 5 });
    const asked: QuestionAnalysis = { ...reading('did amlo like the visa plan'), terms: [keyTerm('amlo', { entity: true, at: 1 }), plan] };
    expect(spokenTopic(asked)).toEqual({ terms: [plan], phrase: 'the visa plan' });
  });

  it('reads what a reaction is asked to be to after "react to", not after any "to"', () => {
    const remarks = keyTerm('remarks', { at: 8 });
    const asked: QuestionAnalysis = {
      ...reading('how did barker react to corbett slamming the remarks'),
      terms: [keyTerm('barker', { entity: true, at: 2 }), keyTerm('corbett', { entity: true, at: 5 }), remarks],
    };
    expect(spokenTopic(asked)).toEqual({ terms: [asked.terms[1], remarks], phrase: 'corbett slamming the remarks' });
    const went = {
      ...reading('what did colombia say to go to the vote'),
      terms: [keyTerm('colombia', { entity: true }), keyTerm('vote', { at: 7 })],
    };
    expect(spokenTopic(went)).toBeNull();
  });

  it('asks a passage to carry every speaker when several are asked together', () => {
    const asked: QuestionAnalysis = {
      ...reading('what did nicaragua and bolivia argue'),
      terms: [keyTerm('nicaragua', { entity: true, at: 2 }), keyTerm('bolivia', { entity: true, at: 4 })],
    };
    const speaks = speakingOfAsked(asked)!;
    expect(speaks('Bolivia and Turkey rejected the attempt.', [false, true])).toBe(false);
    expect(speaks('Nicaragua and Bolivia argued it was illegal.', [true, true])).toBe(true);
  });

  it('reads a body\'s head as the body speaking under the head\'s name: "the fifa boss" is Blatter', () => {
    const fifa = keyTerm('Fifa', {
      entity: true,
      at: 3,
      alternatives: [['fifa'], ['sepp', 'blatter'], ['blatter']],
      headedBy: [['sepp', 'blatter'], ['blatter']],
    });
    const boss: QuestionAnalysis = { ...reading('what did the fifa boss say'), terms: [fifa, keyTerm('boss', { at: 4 })] };
    expect(speakerTerms(boss)).toEqual([fifa]);
    expect(speakerForms([fifa])).toEqual([['sepp', 'blatter'], ['blatter']]);
  });

  it('gives a place its own form only, and anyone else every form', () => {
    const lima = keyTerm('lima', { entity: true, alternatives: [['lima'], ['peru']] });
    const amlo = keyTerm('amlo', { entity: true, alternatives: [['amlo'], ['lopez', 'obrador']] });
    expect(speakerForms([lima, amlo])).toEqual([['lima'], ['amlo'], ['lopez', 'obrador']]);
  });

  it("reads a place speaking under its own name only, not its country's: Peru's minister is not the Lima Group", () => {
    const lima = keyTerm('lima', { entity: true, at: 3, alternatives: [['lima'], ['peru']] });
    const asked: QuestionAnalysis = { ...reading('what did the lima group say'), terms: [lima] };
    const speaks = speakingOfAsked(asked)!;
    expect(speaks("Peru's foreign minister told reporters of the meeting.", [true])).toBe(false);
    expect(speaks('Lima said the meeting would go ahead.', [true])).toBe(true);
  });
});
