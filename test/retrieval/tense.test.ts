import { describe, expect, it } from 'vitest';
import { asksOutcome, onlyPlanned } from '../../src/retrieval/tense.js';

describe('asksOutcome', () => {
  it('reads questions about how something turned out', () => {
    expect(asksOutcome('what did the minister say after meeting the envoy')).toBe(true);
    expect(asksOutcome('was the summit called off in the end')).toBe(true);
  });

  it('leaves questions about plans or the present alone', () => {
    expect(asksOutcome('who is the minister meeting on friday')).toBe(false);
    expect(asksOutcome('what will the summit focus on')).toBe(false);
    // An intent, which a preview does state.
    expect(asksOutcome('what did the minister want from the envoy')).toBe(false);
    expect(asksOutcome('did the minister meet the envoy or what')).toBe(true);
  });
});

describe('onlyPlanned', () => {
  it('tells a preview from a report', () => {
    expect(onlyPlanned('The minister will meet the envoy on Friday to discuss trade.')).toBe(true);
    expect(onlyPlanned('The envoy is expected to attend the upcoming summit.')).toBe(true);
    expect(onlyPlanned('The minister said he will meet the envoy.')).toBe(false);
    expect(onlyPlanned('The summit ended without a deal.')).toBe(false);
  });
});
