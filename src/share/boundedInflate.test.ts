import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateBounded, INFLATE_CHUNK_BYTES } from './boundedInflate';

const dictionary = new TextEncoder().encode('apiVersion: v1\nkind: Pod\n');
const limit = 1024 * 1024;
/** The most one step can inflate past the cap: a minimum chunk at deflate's 1032:1. */
const maxOvershoot = INFLATE_CHUNK_BYTES * 1032;

describe('inflateBounded', () => {
  it('inflates data compressed against the dictionary', () => {
    const text = new TextEncoder().encode('apiVersion: v1\nkind: Pod\nmetadata: {}\n'.repeat(50));
    const result = inflateBounded(deflateSync(text, { level: 9, dictionary }), dictionary, limit);
    expect(result).toEqual({ ok: true, bytes: text });
  });

  it.each([1, 4, 16, 64])('stops a %d MiB bomb just past the cap', (mib) => {
    const compressed = deflateSync(new Uint8Array(mib * limit), { level: 1, dictionary });
    const result = inflateBounded(compressed, dictionary, limit - 1);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('too-large');
      expect(result.inflated).toBeLessThanOrEqual(limit + maxOvershoot);
    }
  });

  it('reports truncated, empty and garbage input as damaged', () => {
    const compressed = deflateSync(new TextEncoder().encode('kind: Pod\n'.repeat(100)), { level: 9, dictionary });
    expect(inflateBounded(compressed.subarray(0, compressed.length - 2), dictionary, limit)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(inflateBounded(new Uint8Array(0), dictionary, limit)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(inflateBounded(Uint8Array.from([0xff, 0xff, 0xff, 0xff]), dictionary, limit)).toMatchObject({ ok: false, reason: 'damaged' });
  });
});
