import { describe, expect, it } from 'vitest';
import type { KeyTerm } from '../../src/retrieval/key-terms.js';
import { carriedBy, contains, namer, NO_TITLE, sentencesNaming } from '../../src/retrieval/naming.js';
import { splitSentences } from '../../src/text/sentences.js';
import { tokenize } from '../../src/text/tokenize.js';
import { wordsOf } from '../../src/text/words.js';

const name = (text: string): KeyTerm => ({
  text,
  alternatives: [tokenize(text)],
  entity: true,
  inCorpus: true,
  weight: 3,
  words: { first: 0, last: 0 },
});

/** A passage read sentence by sentence, under `title`. */
function passageOf(text: string, title = '') {
  const sentences = splitSentences(text);
  return { text, sentences, tokens: sentences.map((s) => tokenize(text.slice(s.start, s.end))), title: new Set(tokenize(title)) };
}

/** The common words asked, as terms. */
const asked = (words: string) => tokenize(words).map((w) => ({ ...name(w), entity: false }));

function naming(asked: string, text: string, title = '', asSubject = false): string[] {
  return sentencesNaming([name(asked)], passageOf(text, title), asSubject).map((s) => s.text);
}

describe('contains and carriedBy', () => {
  it('holds a long name by its last two words, and a name in the title only when asked', () => {
    expect(contains(new Set(['lopez', 'obrador']), ['andr', 'manuel', 'lopez', 'obrador'])).toBe(true);
    expect(carriedBy([name('Peru')], new Set(), new Set(['peru']))).toEqual([true]);
  });

  it('holds a body\'s head asked about ("the OAS boss") by their name, not by the body\'s', () => {
    const boss = { ...name('OAS'), headedBy: [tokenize('luis almagro'), tokenize('almagro')] };
    expect(carriedBy([boss], new Set(tokenize('The OAS rejected the proposal')), NO_TITLE)).toEqual([false]);
    expect(carriedBy([boss], new Set(tokenize('Almagro called for elections')), NO_TITLE)).toEqual([true]);
  });
});

describe('sentencesNaming', () => {
  it('keeps the sentences naming what is asked, not those the headline alone names it beside', () => {
    const text = 'Pompeo will meet Pinera in 2019. Maduro has accused the US.';
    expect(naming('Maduro', text, 'Pompeo tour to boost anti-Maduro coalition')).toEqual(['Maduro has accused the US.']);
  });

  it('takes a sentence naming no one at all as speaking of what the headline names', () => {
    const text = 'Pixies will headline Reading. Weekend tickets are now on sale priced at £125 each.';
    expect(naming('Leeds', text, 'Pixies to headline Leeds festival')).toEqual(['Weekend tickets are now on sale priced at £125 each.']);
    expect(naming('Leeds', text)).toEqual([]);
    expect(naming('Leeds', 'Tickets went on sale in Bristol.', 'Leeds festival')).toEqual([]);
    const passage = passageOf(text, 'Leeds fest');
    expect(sentencesNaming([name('Leeds')], passage, false, asked('weekend tickets'))).toHaveLength(1);
    expect(sentencesNaming([name('Leeds')], passage, false, asked('fest weekend tickets'))).toHaveLength(1);
    expect(sentencesNaming([name('Leeds')], passage, false, asked('day tickets'))).toHaveLength(0);
  });

  it('takes a clause naming no one, beside one naming another, as speaking of what the headline names', () => {
    const text = 'Output grew 0.1%. High oil prices knocked 0.2% off growth, while goods shipped to the US cost more.';
    const passage = passageOf(text, 'Japan growth stalls');
    const found = sentencesNaming([name('Japan')], passage, false, asked('oil prices knock'));
    expect(found.map((f) => f.text)).toEqual(['High oil prices knocked 0.2% off growth']);
    // The clause must carry what is asked on its own, and the headline must name what is asked.
    expect(sentencesNaming([name('Japan')], passage, false, asked('dollar shipped'))).toEqual([]);
    expect(
      sentencesNaming([name('Japan')], { ...passage, title: new Set(tokenize('Oil prices')) }, false, asked('oil prices knock')),
    ).toEqual([]);
  });

  it('takes "the <thing asked>" right after a sentence naming what is asked and that thing as speaking of it', () => {
    const text =
      'BAA plans to expand Stansted by building an extra runway. Opponents say the £2bn cost of the new runway is too high in Gatwick.';
    const sentences = splitSentences(text);
    const passage = { text, sentences, tokens: sentences.map((s) => tokenize(text.slice(s.start, s.end))), title: NO_TITLE };
    const asked = (words: string) => tokenize(words).map((w) => ({ ...name(w), entity: false }));
    expect(sentencesNaming([name('Stansted')], passage, false, asked('new runway'))).toHaveLength(2);
    expect(sentencesNaming([name('Stansted')], passage, false, asked('terminal'))).toHaveLength(1);
    // Only "the" refers back: "a new runway" may be another.
    const other = { ...passage, text: text.replace('the new runway', 'a new runway') };
    expect(sentencesNaming([name('Stansted')], other, false, asked('new runway'))).toHaveLength(1);
  });

  it('follows "he" or "the 31-year-old" back to the one name just before, or to the headline', () => {
    expect(naming('Radcliffe', 'The 31-year-old is concerned.', 'Radcliffe yet to answer')).toEqual(['The 31-year-old is concerned.']);
    const alone = 'The coaches will decide whether Chepkemei can run. The 29-year-old is hopeful.';
    expect(naming('Chepkemei', alone)).toHaveLength(2);
    const others = 'Jose Mourinho had promised to pick Cudicini. The 31-year-old will now serve a ban.';
    expect(naming('Mourinho', others)).toEqual(['Jose Mourinho had promised to pick Cudicini.']);
  });

  it('follows "it" or "he" back to the name opening the sentence before, whoever else it names', () => {
    const text = "Ocean's Twelve, starring George Clooney and Brad Pitt, topped the US chart. It took $40.8m.";
    expect(naming('Twelve', text)).toHaveLength(2);
    expect(naming('Clooney', text)).toEqual(["Ocean's Twelve, starring George Clooney and Brad Pitt, topped the US chart."]);
  });

  it('follows "they" back over a place read whole and a name written out before its acronym', () => {
    const text =
      "Shares in Saudi Arabia's National Company for Cooperative Insurance (NCCI) soared in Riyadh. They were trading 84% higher.";
    expect(naming('NCCI', text)).toHaveLength(2);
    const another = 'Shares in NCCI and the Bank of England soared. They were trading 84% higher.';
    expect(naming('NCCI', another)).toHaveLength(1);
  });

  it('asked for a subject, drops sentences naming it only as an object, and ages given to others', () => {
    const text = 'The 29-year-old finished second to Paula Radcliffe. Goldfine, 39, coached Radcliffe and Fish.';
    expect(naming('Radcliffe', text, '', true)).toEqual(['Goldfine, coached Radcliffe and Fish.']);
    expect(naming('Radcliffe', text)).toHaveLength(2);
  });
});

describe('namer', () => {
  it('takes a longer name\'s common last word, in lower case, only after its word before or "the"', () => {
    const names = namer([tokenize('World Bank')]);
    const at = (sentence: string, word: string) => {
      const words = wordsOf(sentence);
      return names(
        words,
        words.findIndex((w) => w.text === word),
      );
    };
    expect(at('Its central bank says so.', 'bank')).toBe(false);
    expect(at('The bank says so.', 'bank')).toBe(true);
    expect(at('The World Bank says so.', 'Bank')).toBe(true);
    expect(namer([['guaido'], tokenize('Juan Guaido')])(wordsOf('Then Guaido spoke.'), 1)).toBe(true);
  });
});
