import { describe, expect, it } from 'vitest';
import { askedMeasure, givesLength, lacksMeasure } from '../../src/retrieval/measure.js';

describe('lacksMeasure', () => {
  it('asks a rate of a passage that gives only counts, and finds one as a percentage or a ratio', () => {
    const passage = 'The exodus of hundreds of thousands of Venezuelans was spawned by soaring inflation.';
    expect(lacksMeasure('what was the inflation rate in 2019', passage)).toBe(true);
    expect(lacksMeasure('what percentage of venezuelans left', 'Some 499 in the same period left.')).toBe(true);
    expect(lacksMeasure('what was the inflation rate', 'Inflation reached 130,060 percent.')).toBe(false);
    expect(lacksMeasure('what was the unemployment rate', 'Unemployment fell to 4.7%.')).toBe(false);
    // Growth asked by its name is a rate too: "1.1% in 2004", not "the worst performers in recent years".
    expect(lacksMeasure("what was italy's growth in 2004", 'The country has been one of the worst performers.')).toBe(true);
    expect(lacksMeasure("what was italy's growth in 2004", 'Growth was 1.1% in 2004.')).toBe(false);
    expect(lacksMeasure('what percentage of voters backed him', 'One in three voters backed him.')).toBe(false);
  });

  it('takes a multiple for how much more something is', () => {
    expect(lacksMeasure('how much more powerful is the chip', 'The chip will be up to 10 times more powerful.')).toBe(false);
    expect(lacksMeasure('how much faster is it', 'It is twice as fast.')).toBe(false);
    expect(lacksMeasure('how much more powerful is the chip', 'The chip is more powerful.')).toBe(true);
  });

  it('reads how fast something grew or fell as a rate, but not how fast anything else was done', () => {
    expect(lacksMeasure("how fast did japan's economy grow", 'It is the second biggest economy, with 127 million people.')).toBe(true);
    expect(lacksMeasure("how fast did japan's economy grow", "Japan's economy grew by just 0.1%.")).toBe(false);
    expect(askedMeasure('how quickly did prices rise')).toBe('rate');
    expect(askedMeasure('how quickly did the police respond')).toBeNull();
  });

  it('asks nothing of a question for a plain count or for no figure', () => {
    expect(lacksMeasure('how many venezuelans left', 'Hundreds of thousands left.')).toBe(false);
    expect(lacksMeasure('when does the meeting start', 'Established in 2017.')).toBe(false);
  });

  it('finds a time of day asked for that a passage with only a year or a date does not give', () => {
    expect(lacksMeasure('what time does the meeting start', 'Established in 2017, the group meets in August.')).toBe(true);
    expect(lacksMeasure('what time does the meeting start', 'The meeting starts at 10:30 on Tuesday.')).toBe(false);
  });

  it('reads how tall, far, deep or wide as a length, given in a unit of distance or height', () => {
    expect(askedMeasure('How tall is Mount Everest?')).toBe('length');
    expect(askedMeasure('how far is cucuta from caracas')).toBe('length');
    // "How high" is no length: of inflation it asks a rate.
    expect(askedMeasure('how high is inflation')).toBe('rate');
    expect(askedMeasure('how high is the fence')).toBeNull();
    expect(lacksMeasure('how tall is the tower', 'It takes 30 floors of lifts to climb Mount Everest, he joked.')).toBe(true);
    expect(lacksMeasure('how tall is the statue', 'The statue stands 46 metres high.')).toBe(false);
    expect(lacksMeasure('how tall is he', 'He is six feet tall.')).toBe(false);
    expect(lacksMeasure('how far out did he shoot from', 'Mendes shot from 50 yards.')).toBe(false);
  });

  it('finds how long something lasted asked of a passage that gives only its day', () => {
    expect(lacksMeasure('how long did the oas meeting last', "Tuesday's Permanent Council meeting ended without a vote.")).toBe(true);
    expect(lacksMeasure('how long is the border', 'Pompeo will visit the border city of Cucuta on Sunday.')).toBe(true);
    expect(lacksMeasure('how long did the talks last', 'The talks ran for two hours.')).toBe(false);
    expect(lacksMeasure('how long was the conflict', 'After a 52-year long armed conflict, peace came.')).toBe(false);
    expect(lacksMeasure('how long did the summit last', 'The three-day summit closed.')).toBe(false);
    expect(lacksMeasure('how long is the border', 'The border runs 2,219 km.')).toBe(false);
    expect(lacksMeasure('how long ago did it start', 'It started on Tuesday.')).toBe(false);
  });

  it('takes the year something began for how long it has lasted', () => {
    expect(lacksMeasure('how long has the group existed', 'Established in 2017, the group has 14 members.')).toBe(false);
    expect(lacksMeasure('how long did the group meet', 'Established in 2017, the group has 14 members.')).toBe(true);
  });

  it('finds how much asked of a passage with no amount, and money for a price', () => {
    expect(lacksMeasure('how much does the oas spend on venezuela', 'Venezuela based much of its arguments on claims.')).toBe(true);
    expect(lacksMeasure('how much aid did the us send', 'The US would send an additional $60 million in aid.')).toBe(false);
    expect(lacksMeasure('how much oil', 'Output fell to 700,000 barrels a day.')).toBe(false);
    expect(lacksMeasure('how much did prices rise', 'Prices rose 5% in May.')).toBe(false);
    expect(lacksMeasure('how much did the firm pay for the site', 'The firm now owns 8% of the site.')).toBe(true);
    expect(lacksMeasure('how much did the film cost', 'The film cost just £3.5m to make.')).toBe(false);
    expect(lacksMeasure('how much did the film make', 'The book has sold around one million copies.')).toBe(true);
    expect(lacksMeasure('how much did the airline lose', 'The 48-year-old Australian will be released from Camp Delta.')).toBe(true);
    expect(lacksMeasure('how much longer will the talks last', 'The talks will last two more days.')).toBe(false);
  });

  it('reads an offer or a sale as a price, and a price per unit as given only for that unit', () => {
    expect(askedMeasure('how much is the firm going to sell the robot for')).toBe('money');
    expect(lacksMeasure('how much is the firm going to sell the robot for', 'The 1.3m robot can move at 3.7m/h.')).toBe(true);
    expect(lacksMeasure('how much per share is pernod offering', 'Pernod - at 7.5bn euros - is 9% smaller.')).toBe(true);
    expect(lacksMeasure('how much per share is pernod offering', 'Pernod is offering 450p a share.')).toBe(false);
    expect(lacksMeasure('what price per tonne do farmers get', 'Farmers get $1,500 per tonne.')).toBe(false);
    expect(lacksMeasure('what price per tonne do farmers get', 'The subsidy totals $20m for 600,000 tonnes.')).toBe(true);
  });

  it('reads a price named alone at the end as asking one', () => {
    expect(askedMeasure('nintendo ds us price?')).toBe('money');
    expect(askedMeasure('metal slug 3 cost')).toBe('money');
    expect(askedMeasure('did the price rise')).toBeNull();
  });

  it('asks a rate in any part of the question', () => {
    expect(askedMeasure('lee sued marvel and won? what percentage does he get')).toBe('rate');
  });

  it('finds a score asked for, given as one', () => {
    expect(askedMeasure('moya v roddick davis cup, whats the score')).toBe('score');
    expect(askedMeasure('what was the final score')).toBe('score');
    expect(askedMeasure('who scored')).toBeNull();
    expect(lacksMeasure('what was the score', 'Moya won 6-2 7-6 (7-1).')).toBe(false);
    expect(lacksMeasure('what was the score', 'Moya won in straight sets.')).toBe(true);
  });

  it('finds a sentence or penalty asked for, which facing charges does not give', () => {
    expect(askedMeasure('what sentence did john nettle get')).toBe('penalty');
    expect(askedMeasure('whats the punishment for the hackers')).toBe('penalty');
    expect(askedMeasure('what did the sentence say')).toBeNull();
    expect(lacksMeasure('what sentence did he get', 'Among those facing charges is John Nettle.')).toBe(true);
    expect(lacksMeasure('what sentence did he get', 'He was jailed for 46 months.')).toBe(false);
    expect(lacksMeasure('what sentence did he get', 'He was fined £5,000.')).toBe(false);
  });

  it('finds an age asked for', () => {
    expect(lacksMeasure('how old is the striker', "Wednesday's game will pit the striker against his old club.")).toBe(true);
    expect(lacksMeasure('how old is the striker', 'The 19-year-old striker scored twice.')).toBe(false);
  });
});

describe('givesLength', () => {
  it('finds a span of days for "how long", which a figure does not count', () => {
    expect(givesLength('how long is the trip', 'He travels on 11-15 April.')).toBe(true);
    expect(givesLength('how long is the trip', 'He travels on Friday.')).toBe(false);
    expect(givesLength('when is the trip', 'He travels on 11-15 April.')).toBe(false);
  });
});

describe('askedMeasure', () => {
  it('names the measure a question asks for, a price before any amount', () => {
    expect(askedMeasure('how long did the meeting last')).toBe('length');
    expect(askedMeasure('how much did they pay for it')).toBe('money');
    expect(askedMeasure('how much oil is left')).toBe('amount');
    expect(askedMeasure('what time does it start')).toBe('time');
    expect(askedMeasure('how many came')).toBeNull();
  });

  it('reads "what was X’s salary / the price of Y" as asking a sum of money, not "what was the budget debate about"', () => {
    expect(askedMeasure('what was wayne rooneys salary at man utd')).toBe('money');
    expect(askedMeasure('so whats the price of a ps3')).toBe('money');
    expect(askedMeasure('who set the budget')).toBeNull();
    expect(askedMeasure('what was the budget debate about')).toBeNull();
  });

  it('reads "which salary" and "what salary does X get" as asking a sum too, as a machine reads "¿qué salario tiene X?"', () => {
    expect(askedMeasure('Which salary has Maduro')).toBe('money');
    expect(askedMeasure('what salary does maduro get')).toBe('money');
    expect(askedMeasure('which budget cuts were announced')).toBeNull();
  });

  it('reads a sum named as what something is about, or as what was said of it, as no sum asked', () => {
    expect(askedMeasure('what did brown say about the budget')).toBeNull();
    expect(askedMeasure('what did the chancellor announce in the budget')).toBeNull();
    expect(askedMeasure('what does a ticket cost')).toBe('money');
  });
});
