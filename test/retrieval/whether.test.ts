import { describe, expect, it } from 'vitest';
import { asksWhether, standsOnlyAhead } from '../../src/retrieval/whether.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('standsOnlyAhead', () => {
  const stemOf = (w: string) => tokenize(w)[0] ?? '';
  const stem = [stemOf('resubmit')];

  it('says whether a word stands only after a future marker, or null when it is not there', () => {
    expect(standsOnlyAhead('He said he will resubmit it.', stem, stemOf)).toBe(true);
    expect(standsOnlyAhead('He is expected to resubmit it.', stem, stemOf)).toBe(true);
    expect(standsOnlyAhead('He will resubmit it. He resubmitted it once before.', stem, stemOf)).toBe(false);
    expect(standsOnlyAhead('Nothing here.', stem, stemOf)).toBeNull();
  });

  it('reads a verb asked of someone as not done, and one asked without an object as done', () => {
    const restore = [stemOf('restore')];
    expect(standsOnlyAhead('López Obrador asked the United States to restore relations.', restore, stemOf)).toBe(true);
    expect(standsOnlyAhead('He is still calling for Caracas to restore order.', restore, stemOf)).toBe(true);
    expect(standsOnlyAhead('He urged them to restore it, and they restored it.', restore, stemOf)).toBe(false);
    const perform = [stemOf('perform')];
    expect(standsOnlyAhead('He was asked to perform at the show.', perform, stemOf)).toBe(false);
  });

  it('reads an irregular past as the verb done', () => {
    const hold = [stemOf('hold')];
    expect(standsOnlyAhead('He held talks with the minister over plans to hold suspects.', hold, stemOf)).toBe(false);
    expect(standsOnlyAhead('He plans to hold talks.', hold, stemOf)).toBe(true);
  });

  it('does not read "due to" as ahead', () => {
    const faulty = [stemOf('faulty')];
    expect(standsOnlyAhead('Damage due to faulty cables.', faulty, stemOf)).toBe(false);
  });

  it('reads a verb that may, could or threatened to be done as not done', () => {
    const sue = [stemOf('sue'), stemOf('sued')];
    expect(standsOnlyAhead('Lufthansa may sue federal agencies for damages.', sue, stemOf)).toBe(true);
    expect(standsOnlyAhead('It threatened to sue, and later sued the agency.', sue, stemOf)).toBe(false);
    const run = [stemOf('run')];
    expect(standsOnlyAhead('She has decided she is fit enough to run in the race.', run, stemOf)).toBe(true);
    const meet = [stemOf('meet')];
    expect(standsOnlyAhead('Later, Pompeo will travel to Peru to meet with the president.', meet, stemOf)).toBe(true);
    expect(standsOnlyAhead('He travelled to Peru to meet the president, and met him twice.', meet, stemOf)).toBe(false);
    // A meeting named as an event says nothing of whether they met.
    expect(standsOnlyAhead('At a UN Security Council meeting, Pence spoke. Pompeo will meet Pinera.', meet, stemOf)).toBe(true);
    expect(standsOnlyAhead('He will attend bilateral meetings.', meet, stemOf)).toBeNull();
  });
});

describe('asksWhether', () => {
  it('reads a yes-or-no question about the past', () => {
    expect(asksWhether('did the envoy resubmit it')).toBe(true);
    expect(asksWhether('wait has he signed')).toBe(true);
    expect(asksWhether('will he sign')).toBe(false);
    expect(asksWhether('what did he sign')).toBe(false);
    expect(asksWhether('the minister got sacked?')).toBe(true);
    expect(asksWhether('In which city does the envoy start his trip?')).toBe(false);
  });
});
