import { describe, expect, it } from 'vitest';
import { askedPost } from '../../src/retrieval/asked-post.js';

describe('askedPost', () => {
  it('reads the post asked about and whose it may be, before or after it', () => {
    const post = { kind: 'post' };
    expect(askedPost('who is venezuela foreign minister')).toEqual({ ...post, post: 'foreign minister', owners: ['venezuela', 'foreign'] });
    expect(askedPost("who is Brazil's president?")).toEqual({ ...post, post: 'president', owners: ['Brazil'] });
    expect(askedPost('who is the president of colombia')).toEqual({ ...post, post: 'president', owners: ['colombia'] });
    expect(askedPost('who was the chancellor of Peru in 2019')).toEqual({ ...post, post: 'chancellor', owners: ['Peru'] });
    expect(askedPost('Who was the chancellor of Peru that invited China')).toEqual({ ...post, post: 'chancellor', owners: ['Peru'] });
    expect(askedPost("what's the name of colombia's president that pompeo was meeting")).toEqual({
      ...post,
      post: 'president',
      owners: ['colombia'],
    });
    expect(askedPost('who is the us ambassador to the oas')).toEqual({ ...post, post: 'ambassador', owners: ['us'] });
  });

  it('reads who runs, leads or is in charge of something as asking its leader', () => {
    const leader = (owner: string) => ({ kind: 'post', post: 'leader', owners: [owner] });
    expect(askedPost('who runs the oas')).toEqual(leader('oas'));
    expect(askedPost('who is in charge of the Lima Group?')).toEqual(leader('Lima Group'));
    expect(askedPost('who is running venezuela')).toEqual(leader('venezuela'));
    expect(askedPost('who runs into trouble')).toBeNull();
    expect(askedPost("who is running labour's election strategy now")).toBeNull();
  });

  it('reads a post written in two words, held at a firm, though not "at the time"', () => {
    expect(askedPost('who is the chief executive at Krispy Kreme that is dealing with the mess')).toEqual({
      post: 'chief executive',
      owners: ['Krispy Kreme'],
      kind: 'post',
    });
    expect(askedPost('who is the chief executive of Laura Ashley')?.post).toBe('chief executive');
    expect(askedPost('who was the president at the time')).toBeNull();
  });

  it('keeps every word before the post when its owner comes after: the prime minister is not any minister', () => {
    expect(askedPost('who is the prime minister of peru')).toMatchObject({ post: 'prime minister', owners: ['peru', 'prime'] });
  });

  it('reads a property asked of a place, however the question words it', () => {
    expect(askedPost('whats the capital of peru')).toEqual({ kind: 'property', post: 'capital', owners: ['peru', 'of peru'] });
    expect(askedPost("What is Venezuela's population?")).toMatchObject({ kind: 'property', post: 'population', owners: ['Venezuela'] });
    expect(askedPost('what is the inflation rate in venezuela')?.owners).toContain('rate in venezuela');
    expect(askedPost('Which is the capital of Venezuela?')).toMatchObject({ kind: 'property', post: 'capital' });
    expect(askedPost('what currency does venezuela use')).toEqual({ kind: 'property', post: 'currency', owners: ['venezuela use'] });
    expect(askedPost('what countries does pompeo visit')).toBeNull();
  });

  it('leaves questions that ask for no post, or for a post of nobody named, alone', () => {
    expect(askedPost('who is pompeo meeting in peru')).toBeNull();
    expect(askedPost('whos luis alfonso de alba')).toBeNull();
    expect(askedPost('who is the president')).toBeNull();
    expect(askedPost('what did the president say')).toBeNull();
    expect(askedPost('what is the position of mexico on venezuela')).toBeNull();
    expect(askedPost('who is the capital of peru')).toBeNull();
  });
});
