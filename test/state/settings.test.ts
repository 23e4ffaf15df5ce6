import { describe, expect, it } from 'vitest';
import { openStateDb } from '../../src/state/db.js';
import { DEFAULT_SETTINGS, SettingsStore } from '../../src/state/settings.js';

describe('SettingsStore', () => {
  it('gives the defaults (answer everywhere, no help channel, configured cooldown) for a guild never set', () => {
    expect(new SettingsStore(openStateDb(':memory:')).get('g')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps each guild apart and applies updates on top of the current settings', () => {
    const store = new SettingsStore(openStateDb(':memory:'));
    store.update('g1', (s) => ({ ...s, answerChannels: [...s.answerChannels, 'c1'] }));
    store.update('g1', (s) => ({ ...s, answerChannels: [...s.answerChannels, 'c2', 'c1'], helpChannel: 'h' }));
    store.update('g2', (s) => ({ ...s, cooldownSeconds: 0 }));
    expect(store.get('g1')).toEqual({ answerChannels: ['c1', 'c2'], helpChannel: 'h', cooldownSeconds: null });
    expect(store.get('g2')).toEqual({ answerChannels: [], helpChannel: null, cooldownSeconds: 0 });
  });

  it('tells a member where the bot answers only once per channel', () => {
    const store = new SettingsStore(openStateDb(':memory:'));
    expect(store.markTold('g', 'c', 'u')).toBe(true);
    expect(store.markTold('g', 'c', 'u')).toBe(false);
    expect(store.markTold('g', 'other', 'u')).toBe(true);
  });
});
