import { describe, expect, it } from 'vitest';
import { normalizeChat } from '../../src/text/chat.js';

describe('normalizeChat', () => {
  it('drops the word chat names the person asked for by ("who is the guy …"), but not before "of"', () => {
    expect(normalizeChat("who's the guy pompeo meets in paraguay")).toBe('who pompeo meets in paraguay');
    expect(normalizeChat('who are the people who got invited')).toBe('who got invited');
    expect(normalizeChat('who is the man of the match')).toBe('who is the man of the match');
    expect(normalizeChat('who is the person')).toBe('who is the person');
  });

  it('spells out chat shorthand and ampersands', () => {
    expect(normalizeChat('how is the govt dealing w refugees & migrants')).toBe('how is the government dealing with refugees and migrants');
    expect(normalizeChat('didnt pernod lose out on some whisky co before')).toBe('did not pernod lose out on some whisky company before');
    expect(normalizeChat('mexico vs. the us')).toBe('mexico versus the us');
    expect(normalizeChat('chile n peru in latam')).toBe('chile and peru in latin america');
    expect(normalizeChat('wats the euro doing')).toBe('what is the euro doing');
    expect(normalizeChat('amlo press conf, next mtg')).toBe('amlo press conference, next meeting');
  });

  it('spells out a question word typed short only where it opens the question', () => {
    expect(normalizeChat('hw many votes did mexico need')).toBe('how many votes did mexico need');
    expect(normalizeChat('ok wen is the meeting')).toBe('when is the meeting');
    expect(normalizeChat('y did caricom oppose it')).toBe('why did caricom oppose it');
    expect(normalizeChat('what did wen say')).toBe('what did wen say');
    expect(normalizeChat('Wen Jiabao said what')).toBe('Wen Jiabao said what');
  });

  it('spells out units of time, which would otherwise read as names the corpus never mentions', () => {
    expect(normalizeChat('who won the most awards this yr')).toBe('who won the most awards this year');
    expect(normalizeChat('talks lasted 3 hrs over 2 wks')).toBe('talks lasted 3 hours over 2 weeks');
  });

  it('spells out a month typed short, but not "jan", a name, nor "mar", a verb', () => {
    expect(normalizeChat('what did the lima group do in feb')).toBe('what did the lima group do in february');
    expect(normalizeChat('who met on aug 6')).toBe('who met on august 6');
    expect(normalizeChat('what did jan egeland say')).toBe('what did jan egeland say');
  });

  it('reads everyday chat words as chat, not as names the corpus never mentions', () => {
    expect(normalizeChat('smh whats the gov doing abt inflation tbh')).toBe('what is the government doing about inflation');
    expect(normalizeChat('thats the vp, aka the deputy, right?')).toBe('that is the vice president, also known as the deputy, right?');
  });

  it('unstretches words stretched for emphasis and restores a dropped g, but not in acronyms or names', () => {
    expect(normalizeChat('whyyy did they leave, sooo weird')).toBe('why did they leave, weird');
    expect(normalizeChat('goood question about AAA ratings')).toBe('good question about AAA ratings');
    expect(normalizeChat("what is peru doin, what r they sayin' about latin putin")).toBe(
      'what is peru doing, what are they saying about latin putin',
    );
  });

  it('writes a year or a thousand typed short in full, and drops a pasted link', () => {
    expect(normalizeChat("what happened w the oas in '17")).toBe('what happened with the oas in 2017');
    expect(normalizeChat("pompeo trip 2k19 vs the '98 crisis")).toBe('pompeo trip 2019 versus the 1998 crisis');
    expect(normalizeChat('what did mexico do https://example.com/a?b=1 at the oas')).toBe('what did mexico do at the oas');
    expect(normalizeChat('were 150k arrested, or 1.5k')).toBe('were 150,000 arrested, or 1,500');
  });

  it('opens contractions, with or without the apostrophe', () => {
    expect(normalizeChat("why weren't they invited")).toBe('why were not they invited');
    expect(normalizeChat('why werent they invited')).toBe('why were not they invited');
    expect(normalizeChat("where'd pompeo go")).toBe('where did pompeo go');
    expect(normalizeChat('whered they meet, tl;dr')).toBe('where did they meet');
    expect(normalizeChat("why won't they, can't they?")).toBe('why will not they, cannot they?');
    expect(normalizeChat('whos the ambassador')).toBe('who is the ambassador');
    expect(normalizeChat('did he say when hed resubmit')).toBe('did he say when he would resubmit');
    expect(normalizeChat('what did they say theyre doing')).toBe('what did they say they are doing');
    // "shed" and "wed" are words of their own.
    expect(normalizeChat('why did they shed jobs')).toBe('why did they shed jobs');
  });

  it('drops conversational filler, phrases before words', () => {
    expect(normalizeChat("wait what's the deal with the summit these days??")).toBe('the summit?');
    expect(normalizeChat('so like what did the minister say exactly or what')).toBe('what did the minister say');
    expect(normalizeChat('did mexico change its stance or nah')).toBe('did mexico change its stance');
    expect(normalizeChat('did the vote pass or not?')).toBe('did the vote pass?');
    expect(normalizeChat('What did Mexico do there? Thanks!')).toBe('What did Mexico do there?');
    expect(normalizeChat("what's the 411 on the summit")).toBe('the summit');
    expect(normalizeChat('ok but what did the minister actually do')).toBe('what did the minister do');
    expect(normalizeChat('but the minister left')).toBe('but the minister left');
  });

  it('keeps "like" as the verb of a yes/no question, and drops it as filler elsewhere', () => {
    expect(normalizeChat('did amlo like the visa plan')).toBe('did amlo like the visa plan');
    expect(normalizeChat('does the us not like the deal')).toBe('does the us not like the deal');
    expect(normalizeChat('does it look like a coup')).toBe('does it look a coup');
    expect(normalizeChat('did like anyone vote')).toBe('did anyone vote');
    expect(normalizeChat('ok but did lopez obrador actually like the visa plan')).toBe('did lopez obrador like the visa plan');
  });

  it('reads "ok" as the verb of a yes/no question: approve', () => {
    expect(normalizeChat('did uefa ok artificial pitches')).toBe('did uefa approve artificial pitches');
    expect(normalizeChat('ok did uefa vote')).toBe('did uefa vote');
  });

  it('reads "whats it cost" as "what does it cost"', () => {
    expect(normalizeChat('whats it cost')).toBe('what does it cost');
    expect(normalizeChat("what's that mean")).toBe('what does that mean');
    expect(normalizeChat('whats it about')).toBe('what is it about');
  });

  it('reads "what %" as a percentage, "pm" as a prime minister but not beside a time, "noms" and "mag"', () => {
    expect(normalizeChat('wat % of the money does he get')).toBe('what percentage of the money does he get');
    expect(normalizeChat("how much did thailand's pm say")).toBe("how much did thailand's prime minister say");
    expect(normalizeChat('is it at 5 pm or 5pm')).toBe('is it at 5 pm or 5pm');
    expect(normalizeChat('bafta noms in the mag')).toBe('bafta nominations in the magazine');
  });

  it('writes a place under ten in words, as news does, but keeps a day in figures', () => {
    expect(normalizeChat('who came 2nd behind them')).toBe('who came second behind them');
    expect(normalizeChat('what happened on july 2nd')).toBe('what happened on july 2nd');
  });

  it('reads "oct 21 thru aug" as a span of months from 2021, and "jul 30 to aug 6" as days', () => {
    expect(normalizeChat('arrests oct 21 thru aug')).toBe('arrests october 2021 through august');
    expect(normalizeChat('from jul 30 to aug 6')).toBe('from july 30 to august 6');
  });

  it('reads a size ("8x10") as no name, and spells out "urself", "gf" and "qf"', () => {
    expect(normalizeChat('an 8x10 print vs doing it urself')).toBe('an 8 by 10 print versus doing it yourself');
    expect(normalizeChat("brown's ex gf")).toBe("brown's ex girlfriend");
    expect(normalizeChat('who did he beat in the qf')).toBe('who did he beat in the quarter-final');
  });

  it('drops "stuff" closing a clause, and keeps it naming something', () => {
    expect(normalizeChat('whats up with the visa stuff')).toBe('the visa');
    expect(normalizeChat("whats top of stuff mag's list")).toBe("what is top of stuff mag's list");
  });

  it('spells out "photo op", and drops "tho" ending a question', () => {
    expect(normalizeChat('what did fox say abt the photo op')).toBe('what did fox say about the photo opportunity');
    expect(normalizeChat('does the fbi send emails tho?')).toBe('does the fbi send emails?');
    expect(normalizeChat('why did it fail even though they voted')).toBe('why did it fail even though they voted');
  });

  it('drops laughter and "so far" as filler', () => {
    expect(normalizeChat('hahaha what did pompeo say lolol')).toBe('what did pompeo say');
    expect(normalizeChat('how many visas were handed out so far?')).toBe('how many visas were handed out?');
  });

  it('keeps the case of names', () => {
    expect(normalizeChat('what did AMLO say abt Peru')).toBe('what did AMLO say about Peru');
  });

  it('spells out quarters, "xmas", "msgs", "tix", and "acc" before "to"', () => {
    expect(normalizeChat('did their q4 profit beat q3')).toBe('did their fourth quarter profit beat third quarter');
    expect(normalizeChat('the xmas tree that gets text msgs')).toBe('the christmas tree that gets text messages');
    expect(normalizeChat('weekend tix how much')).toBe('weekend tickets how much');
    expect(normalizeChat('how many cases acc to the nao')).toBe('how many cases according to the nao');
    expect(normalizeChat('my acc was closed')).toBe('my acc was closed');
  });

  it('spells out business chat shorthand ("biz", "mgmt", "mgr", "uni")', () => {
    expect(normalizeChat('how much is lenovo paying for the pc biz')).toBe('how much is lenovo paying for the pc business');
    expect(normalizeChat('their new comms chief')).toBe('their new communications chief');
    expect(normalizeChat('how much compo do u get')).toBe('how much compensation do you get');
    expect(normalizeChat('did the mgr blame mgmt or the uni')).toBe('did the manager blame management or the university');
  });

  it('spells out "prof" and a nation\'s nickname as articles write them', () => {
    expect(normalizeChat('what does the hertfordshire prof say')).toBe('what does the hertfordshire professor say');
    expect(normalizeChat('who knocked her out at the aussie open')).toBe('who knocked her out at the australian open');
  });

  it('spells out words typed with a digit for their sound ("b4", "2day", "l8r")', () => {
    expect(normalizeChat('which brands did they buy b4 that')).toBe('which brands did they buy before that');
    expect(normalizeChat('is the vote 2day or 2nite')).toBe('is the vote today or tonight');
    expect(normalizeChat('the deal came l8r')).toBe('the deal came later');
  });

  it('reads "<name> on <subject>" as asking their position on it', () => {
    expect(normalizeChat('amlo on the visa plan')).toBe("what is amlo's position on the visa plan");
    expect(normalizeChat('Videgaray on Maduro?')).toBe("what is Videgaray's position on Maduro");
    expect(normalizeChat('the US on venezuela')).toBe("what is the US's position on venezuela");
  });

  it('leaves "on" alone after an English word, before a day, or in a question', () => {
    expect(normalizeChat('sanctions on venezuela')).toBe('sanctions on venezuela');
    expect(normalizeChat('pompeo on sunday')).toBe('pompeo on sunday');
    expect(normalizeChat('what did pompeo say on sunday')).toBe('what did pompeo say on sunday');
  });

  it('returns a question made only of filler as typed, rather than nothing', () => {
    expect(normalizeChat('lol ok')).toBe('lol ok');
  });
});
