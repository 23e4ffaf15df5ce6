import { describe, expect, it, vi } from 'vitest';
import { AutoEmbedder } from '../../src/embed/auto.js';
import { CitebotError } from '../../src/errors.js';
import type { Embedder } from '../../src/embed/types.js';
import { FakeEmbedder } from '../../src/testing/fake-embedder.js';

/** An embedder whose model never loads, failing with `error`. */
function broken(error: unknown): Embedder & { calls: number } {
  return {
    calls: 0,
    describe() {
      this.calls++;
      return Promise.reject(error);
    },
    embed() {
      return Promise.reject(error);
    },
  };
}

const unavailable = () => new CitebotError('MODEL_UNAVAILABLE', 'no model');

describe('AutoEmbedder', () => {
  it('uses the preferred embedder when it loads, without building the fallback', async () => {
    const preferred = new FakeEmbedder();
    const fallback = vi.fn(() => new FakeEmbedder({ dimensions: 8 }));
    const auto = new AutoEmbedder(preferred, fallback, vi.fn());
    expect((await auto.describe()).dimensions).toBe(64);
    await auto.embed(['a b']);
    expect(preferred.textsEmbedded).toBe(1);
    expect(fallback).not.toHaveBeenCalled();
  });

  it('falls back once on MODEL_UNAVAILABLE, even when the first calls overlap', async () => {
    const preferred = broken(unavailable());
    const onFallback = vi.fn();
    const auto = new AutoEmbedder(preferred, () => new FakeEmbedder({ dimensions: 8 }), onFallback);
    const [info] = await Promise.all([auto.describe(), auto.embed(['x']), auto.embed(['y'])]);
    expect(info.dimensions).toBe(8);
    expect(preferred.calls).toBe(1);
    expect(onFallback).toHaveBeenCalledTimes(1);
  });

  it('does not hide other failures behind the fallback, and tries again next time', async () => {
    const preferred = broken(new TypeError('bug'));
    const onFallback = vi.fn();
    const auto = new AutoEmbedder(preferred, () => new FakeEmbedder(), onFallback);
    await expect(auto.describe()).rejects.toThrow('bug');
    await expect(auto.embed(['x'])).rejects.toThrow('bug');
    expect(preferred.calls).toBe(2);
    expect(onFallback).not.toHaveBeenCalled();
  });

  it('returns [] for no texts without choosing', async () => {
    const preferred = broken(unavailable());
    expect(await new AutoEmbedder(preferred, () => new FakeEmbedder(), vi.fn()).embed([])).toEqual([]);
    expect(preferred.calls).toBe(0);
  });
});
