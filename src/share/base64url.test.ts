import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url';

describe('base64url', () => {
  it('matches Node for every length remainder', () => {
    for (const bytes of [[], [0], [0xff, 0xfe], [1, 2, 3], [0xfb, 0xff, 0xbf, 0x3e]]) {
      expect(encodeBase64Url(Uint8Array.from(bytes))).toBe(Buffer.from(bytes).toString('base64url'));
    }
  });

  it('round-trips any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
      expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
    }), { seed: 3, numRuns: 500 });
  });

  it.each([
    ['padding', 'AA=='],
    ['the standard alphabet', 'a+/b'],
    ['an impossible length', 'AAAAA'],
    ['non-zero leftover bits', 'AB'],
    ['non-ASCII characters', 'AAé'],
    ['whitespace', 'AA AA'],
  ])('refuses %s', (_what, text) => {
    expect(decodeBase64Url(text)).toBeUndefined();
  });
});
