import { describe, expect, it } from 'vitest';
import { askedName } from '../../src/retrieval/asked-name.js';

describe('askedName', () => {
  it('reads the person a question asks the name of, up to the clause describing them', () => {
    expect(askedName('what is the name of the make up artist suing snoop dogg')).toEqual({ noun: 'artist', phrase: 'make up artist' });
    expect(askedName('what is the name of the 13 year old girl whose dad sued wal-mart')).toEqual({
      noun: 'girl',
      phrase: '13 year old girl',
    });
    expect(askedName("what is david miliband's wife called")).toEqual({ noun: 'wife', phrase: "david miliband's wife" });
    expect(askedName("so what was the drummer's name")).toEqual({ noun: 'drummer', phrase: 'drummer' });
  });

  it('reads a word for a person made with -ist or -ian', () => {
    expect(askedName('what is the name of the guitarist who quit')?.noun).toBe('guitarist');
    expect(askedName('what is the name of the comedian in the ad')?.noun).toBe('comedian');
  });

  it('leaves a post to the post checks, and a thing or a chat word for the person alone', () => {
    expect(askedName("what is the name of colombia's president")).toBeNull();
    expect(askedName("what is google's photo program called")).toBeNull();
    expect(askedName('what is the name of the guy who bought chelsea')).toBeNull();
    expect(askedName('what is his name')).toBeNull();
    expect(askedName('who is the make up artist')).toBeNull();
  });
});
