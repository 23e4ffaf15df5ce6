import { describe, expect, it } from 'vitest';
import type { KeyTerm } from '../../src/retrieval/key-terms.js';
import { missingNames, supportOf } from '../../src/retrieval/support.js';
import { STANCE_TERM } from '../../src/retrieval/stance.js';
import { dayTerm } from '../../src/retrieval/days.js';
import { SUM_TERM } from '../../src/retrieval/measure.js';

const term = (text: string, alternatives: string[][], entity = true, inCorpus = true, weight = entity ? 3 : 1): KeyTerm => ({
  text,
  alternatives,
  entity,
  inCorpus,
  weight,
  words: { first: 0, last: 0 },
});
const peru = term('peru', [['peru'], ['peruvian']]);
const invite = term('invite', [['invit']], false);
const obrador = term('amlo', [['amlo'], ['andr', 'manuel', 'lopez', 'obrador']]);

describe('supportOf', () => {
  it('counts a term carried by any of its forms, and a long name by its last two words', () => {
    const s = supportOf([peru, invite, obrador], 'The Peruvian minister invited López Obrador.', 'any');
    expect(s.carried).toEqual([true, true, true]);
    expect(s.share).toBe(1);
  });

  it('does not read the pronoun "us" as the United States', () => {
    const us = term('US', [['us'], ['unit', 'state']]);
    expect(supportOf([us], 'A dialogue “that allows us to establish” peace.', 'any').carried).toEqual([false]);
    expect(supportOf([us], 'The US and Peru met.', 'any').carried).toEqual([true]);
    expect(supportOf([us], 'The United States met Peru.', 'any').carried).toEqual([true]);
  });

  it('carries a day asked about only where a sentence writes that day', () => {
    const day = term('July 30', [[dayTerm(7, 30)]], true);
    expect(supportOf([day], 'Maduro kept to the July 30 polls.', 'any').carried).toEqual([true]);
    expect(supportOf([day], 'In July last year, 30% of homes had broadband.', 'any').carried).toEqual([false]);
  });

  it('carries a word for money where a sentence gives a sum', () => {
    const money = term('money', [['monei'], [SUM_TERM]], false);
    expect(supportOf([money], 'Pence announced an additional $60 million in humanitarian aid.', 'any').carried).toEqual([true]);
    expect(supportOf([money], 'Pence announced more humanitarian aid.', 'any').carried).toEqual([false]);
  });

  it('carries a stance asked about only where a sentence states one', () => {
    const stance = term('policy', [[STANCE_TERM]], false);
    expect(supportOf([peru, stance], 'Peru’s position will not change.', 'any').carried).toEqual([true, true]);
    expect(supportOf([peru, stance], 'Since the change in immigration policy, Peru received hundreds.', 'any').carried).toEqual([
      true,
      false,
    ]);
  });

  it('weighs names above common words', () => {
    const s = supportOf([peru, invite], 'They invited everyone.', 'any');
    expect(s.share).toBeCloseTo(1 / 4);
    expect(s.entityShare).toBe(0);
  });

  it('judges the best window of two sentences, so scattered terms do not add up', () => {
    const text = 'Peru spoke first. The weather was fine. Lunch was served. Many were invited later.';
    expect(supportOf([peru, invite], text, 'any').carried).toEqual([true, false]);
  });

  it('asks the window to hold the kind of fact asked for', () => {
    expect(supportOf([peru], 'Peru invited 100 countries.', 'number').typed).toBe(true);
    expect(supportOf([peru], 'Peru invited many countries.', 'date').typed).toBe(false);
  });

  it('does not take a name the question gives for the "who" it asks', () => {
    const popolizio = term('popolizio', [['popolizio']]);
    expect(supportOf([popolizio, invite], 'Foreign Minister Nestor Popolizio invited them.', 'person').typed).toBe(false);
    expect(supportOf([popolizio, invite], 'Nestor Popolizio invited Luis Videgaray.', 'person').typed).toBe(true);
  });

  it('answers "who is" a name with a sentence naming them: a question of names only gives none', () => {
    const popolizio = term('popolizio', [['popolizio']]);
    expect(supportOf([popolizio], 'Foreign Minister Nestor Popolizio spoke.', 'person').typed).toBe(true);
  });
});

describe('supportOf, proximity and predicate', () => {
  it('measures what one sentence carries on its own, apart from the two-sentence window', () => {
    const s = supportOf([peru, invite], 'Peru spoke first. Many were invited later.', 'any');
    expect(s.share).toBe(1);
    expect(s.sentenceShare).toBeCloseTo(3 / 4);
    expect(supportOf([peru, invite], 'Peru invited many. Then it rained.', 'any').sentenceShare).toBe(1);
  });

  it('tells the common words carried apart from the names', () => {
    expect(supportOf([peru, invite], 'Peru spoke.', 'any').contentShare).toBe(0);
    expect(supportOf([peru, invite], 'Peru invited them.', 'any').contentShare).toBe(1);
  });

  it('measures the most common words one sentence carries, so a predicate split over two sentences counts less', () => {
    const focus = term('focus', [['focu']], false);
    expect(supportOf([peru, invite, focus], 'Peru spoke. The talks will focus on those invited.', 'any').sentenceContent).toBe(1);
    expect(supportOf([peru, invite, focus], 'Peru invited them. The focus is trade.', 'any').sentenceContent).toBeCloseTo(1 / 2);
  });

  it('notes when the best sentence opens with a name asked about', () => {
    expect(supportOf([peru, invite], 'Peru has invited Russia.', 'any').opensWithName).toBe(true);
    expect(supportOf([peru, invite], 'On a sunny Wednesday in the capital, officials said Peru invited Russia.', 'any').opensWithName).toBe(
      false,
    );
  });
});

describe('missingNames', () => {
  it('lists only names the corpus lacks in every form', () => {
    const lula = term('lula', [['lula']], true, false);
    const opinion = term('opinion', [['opinion']], false, false);
    expect(missingNames([peru, lula, opinion])).toEqual([lula]);
  });
});

describe('supportOf with the article title', () => {
  it('counts names in the headline as carried by every passage of the article, but not common words', () => {
    const meeting = term('meeting', [['meet']], false);
    const text = 'The meeting will focus on humanitarian aid.';
    expect(supportOf([peru, meeting], text, 'any').carried).toEqual([false, true]);
    expect(supportOf([peru, meeting], text, 'any', 'Peru invites Russia to a meeting').carried).toEqual([true, true]);
    expect(supportOf([peru, invite], 'Talks went on.', 'any', 'Peru invites Russia').carried).toEqual([true, false]);
  });
});

describe('supportOf with the question', () => {
  it('asks the measure the question asks for: a rate is no count, a span of days is a length', () => {
    const rate = 'what was the inflation rate in venezuela';
    expect(supportOf([], 'Hundreds of thousands fled soaring inflation.', 'number', '', rate).typed).toBe(false);
    expect(supportOf([], 'Inflation reached 130,060 percent.', 'number', '', rate).typed).toBe(true);
    const length = 'how long is the envoy trip';
    expect(supportOf([], 'The envoy travels on 11-15 April.', 'number', '', length).typed).toBe(true);
    expect(supportOf([], 'The envoy travels on Friday, his 3rd trip.', 'number', '', length).typed).toBe(false);
    expect(supportOf([], 'The envoy travels on 11-15 April.', 'number').typed).toBe(false);
  });

  it('asks a date where a name the question asks about stands', () => {
    const when = 'when was peru founded';
    expect(supportOf([peru], 'Peru argued for talks. The talks began on March 24.', 'date', '', when).typed).toBe(false);
    expect(supportOf([peru], 'Established in 1821, Peru argued for talks.', 'date', '', when).typed).toBe(true);
  });

  it('asks the measure where a name the question asks about stands', () => {
    const price = 'how much did peru pay for the jets';
    const apart = 'Peru bought jets. A star actor was paid $2m for a film.';
    expect(supportOf([peru], apart, 'number', '', price).typed).toBe(false);
    expect(supportOf([peru], 'Peru paid $2m for the jets.', 'number', '', price).typed).toBe(true);
  });
});

describe('supportOf with the question, a measure given apart from the words of the question', () => {
  it("finds the measure in the sentence naming what is asked, though the question's words cluster in two others", () => {
    const japan = term('japan', [['japan']]);
    const growth = term('grow', [['grow'], ['grew']], false);
    const text = "Japan's output rose by just 0.1%. Analysts were surprised. Its fast-growing rival weighs on Japan's growth.";
    expect(supportOf([japan, growth], text, 'number', '', "how fast did japan's economy grow").typed).toBe(true);
  });
});

describe('supportOf with a question asking who', () => {
  it('gives the share the best sentence naming someone the question does not carries', () => {
    const pompeo = term('pompeo', [['pompeo']]);
    const meet = term('meet', [['meet'], ['met']], false);
    const text = 'Pompeo arrives on Friday. Pompeo will meet President Abdo Benitez.';
    expect(supportOf([pompeo, meet], text, 'person', '', 'who will pompeo meet').typedShare).toBe(1);
    expect(supportOf([pompeo, meet], 'Pompeo will meet them.', 'person', '', 'who will pompeo meet').typedShare).toBe(0);
  });
});

describe('supportOf with the question and the title', () => {
  it('asks the measure in a sentence naming what is asked, not beside a name only the headline gives', () => {
    const maduro = term('maduro', [['maduro']]);
    const long = 'how long has maduro been president';
    const text = 'Pompeo will discuss the 2019 APEC conference.';
    expect(supportOf([maduro], text, 'number', 'Pompeo tour to boost anti-Maduro coalition', long).typed).toBe(false);
    expect(supportOf([maduro], 'Maduro has ruled since 2013.', 'number', '', long).typed).toBe(true);
  });
});

describe('supportOf typedShare', () => {
  it('is the share of the question carried by the best sentence giving the measure asked for', () => {
    const trial = term('trial', [['trial']], false);
    const last = term('last', [['last']], false);
    const ebbers = term('ebbers', [['ebber']]);
    const question = 'how long will ebbers trial last';
    const jail = supportOf([ebbers, trial, last], 'Mr Ebbers could face up to 85 years.', 'number', '', question);
    const lasts = supportOf([ebbers, trial, last], 'Mr Ebbers’ trial is expected to last two months.', 'number', '', question);
    expect(jail.typed && lasts.typed).toBe(true);
    expect(lasts.typedShare).toBe(1);
    expect(jail.typedShare).toBeLessThan(0.7);
    expect(supportOf([ebbers], 'Mr Ebbers spoke.', 'number').typedShare).toBeUndefined();
  });
});

describe('supportOf datesAsked', () => {
  it('marks a passage whose sentence giving the date asked dates a common word of the question', () => {
    const lima = term('lima', [['lima']]);
    const meeting = term('meeting', [['meet']], false);
    const question = 'when is the lima group meeting';
    const dating = 'Peru invited 100 countries to the August 6 meeting of the Lima Group.';
    const other = 'After the coup attempt in April, Peru invited Russia to the next Lima Group meet-up.';
    expect(supportOf([lima, meeting], dating, 'date', '', question).datesAsked).toBe(true);
    expect(supportOf([lima, meeting], other, 'date', '', question).datesAsked).toBeUndefined();
    expect(supportOf([lima, meeting], dating, 'any', '', 'what did the lima group meeting do').datesAsked).toBeUndefined();
  });
});
