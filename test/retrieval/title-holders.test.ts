import { describe, expect, it } from 'vitest';
import { holderAsked, titleUses, withTitleHolders } from '../../src/retrieval/title-holders.js';

/** `text` read whole, with the holders of the posts it names alone. */
const read = (text: string) => withTitleHolders(text, titleUses(text), 0, text.length);

describe('titleUses', () => {
  it('reads the post, what qualifies it and the name it introduces, with or without a comma after "the" or a possessive', () => {
    const uses = titleUses(
      'OAS Secretary General Luis Almagro spoke. The Mexican president, Andrés Manuel López Obrador, asked. Peru’s foreign minister, Nestor Popolizio, said so.',
    );
    expect(uses.map((u) => [u.post, u.qualifiers, u.name])).toEqual([
      ['secretary general', ['oa'], 'Luis Almagro'],
      ['president', ['mexican'], 'Andrés Manuel López Obrador'],
      ['foreign minister', ['peru'], 'Nestor Popolizio'],
    ]);
  });

  it('reads a post standing alone, and no name after "of", a plural post or a comma without "the"', () => {
    const uses = titleUses(
      'The Secretary General is calling. He met the leader of Venezuela. Vice Presidents Talk Efforts. As president, Maduro spoke.',
    );
    expect(uses.map((u) => [u.post, u.name, u.definite])).toEqual([
      ['secretary general', null, true],
      ['leader', null, true],
      ['vice presidents', null, false],
      ['president', null, false],
    ]);
  });

  it('reads no name after a comma that opens a clause rather than an apposition', () => {
    const uses = titleUses('Asked whether he trusted the prime minister, Mr Brown replied: "Yes."');
    expect(uses.map((u) => [u.post, u.name])).toEqual([['prime minister', null]]);
  });

  it('keeps the qualifiers that are names as written, not who backs the holder or a former post', () => {
    const uses = titleUses(
      'US-backed opposition leader Juan Guaido met Peru’s Foreign Minister Nestor Popolizio and Former OAS Secretary General Jose Insulza.',
    );
    expect(uses.map((u) => u.affiliation)).toEqual([[], ['Peru'], ['OAS']]);
  });

  it('drops the possessive from a name: "President Donald Trump’s administration"', () => {
    expect(titleUses('President Donald Trump’s administration acted.')[0]!.name).toBe('Donald Trump');
  });
});

describe('withTitleHolders', () => {
  it('names the one holder of a post the text names alone, qualified the same way', () => {
    expect(read('OAS Secretary General Luis Almagro spoke. The Secretary General is still calling.')).toBe(
      'OAS Secretary General Luis Almagro spoke. The Secretary General Luis Almagro is still calling.',
    );
    expect(read('The Mexican president, Andrés Manuel López Obrador, spoke. The Mexican president considered it.')).toContain(
      'The Mexican president Andrés Manuel López Obrador considered it.',
    );
  });

  it('names no one when several hold the post, or the qualifier differs, or the post has no "the"', () => {
    const two = 'Venezuelan President Nicolas Maduro and Chilean President Sebastian Pinera met. The president said no.';
    expect(read(two)).toBe(two);
    const other = 'Venezuelan President Nicolas Maduro spoke. The Cuban president said no.';
    expect(read(other)).toBe(other);
    expect(read('President Nicolas Maduro spoke. President Maduro said no. The president left.')).toContain(
      'The president Nicolas Maduro left.',
    );
  });

  it('reads only the span asked for, with holders named anywhere in the article', () => {
    const text = 'Chancellor Gordon Brown spoke. Later the chancellor said no.';
    const start = text.indexOf('Later');
    expect(withTitleHolders(text, titleUses(text), start, text.length)).toBe('Later the chancellor Gordon Brown said no.');
  });
});

describe('holderAsked', () => {
  it('finds a passage naming the holder of a post asked with no owner', () => {
    const home = holderAsked('whos the home secretary');
    expect(home?.('There is a mortal danger, or so says Home Secretary Charles Clarke.')).toBe(true);
    expect(home?.('The home secretary spoke today.')).toBe(false);
    expect(holderAsked('who is the current home secretary?')?.('Home Secretary Charles Clarke said so.')).toBe(true);
    expect(holderAsked('who is the secretary general')?.('The OAS Secretary General Luis Almagro said')).toBe(true);
  });

  it("passes over a shadow's or a former holder's post, and a post of its own", () => {
    const foreign = holderAsked('who is the foreign secretary');
    expect(foreign?.('Shadow foreign secretary Michael Ancram said so.')).toBe(false);
    expect(foreign?.('The Tories and shadow foreign secretary Michael Ancram said so.')).toBe(false);
    expect(holderAsked('who is the prime minister')?.('Former Labour prime minister Lord Callaghan has died.')).toBe(false);
    expect(holderAsked('who is the prime minister')?.('Deputy Prime Minister John Prescott spoke.')).toBe(false);
  });

  it('leaves other questions alone, and a post with an owner to the post check', () => {
    expect(holderAsked('who is the president of peru')).toBeNull();
    expect(holderAsked('who is luis almagro')).toBeNull();
    expect(holderAsked('what did the home secretary say')).toBeNull();
  });
});
