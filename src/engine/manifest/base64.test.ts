import { describe, expect, it } from 'vitest';
import { decodeBase64, decodeUtf8 } from './base64';

const text = (b64: string): string | undefined => {
  const r = decodeBase64(b64);
  return r.ok ? decodeUtf8(r.bytes) : undefined;
};

describe('decodeBase64', () => {
  it.each([
    ['', ''],
    ['YQ==', 'a'],
    ['YWI=', 'ab'],
    ['YWJj', 'abc'],
    ['YWRtaW4=', 'admin'],
    ['YWRt\naW4=', 'admin'],
    ['YWI', 'ab'],
    ['aMOpbGxv', 'héllo'],
    ['8J+agA==', '🚀'],
  ])('decodes %j to %j', (b64, expected) => {
    expect(text(b64)).toBe(expected);
  });

  it.each([
    ['ad!min', 2],
    ['YQ==YQ==', 4],
    ['Y', 0],
    ['YWJjZ', 4],
  ])('reports %j as bad at byte %i', (b64, index) => {
    expect(decodeBase64(b64)).toEqual({ ok: false, badIndex: index });
  });
});

describe('decodeUtf8', () => {
  it('replaces malformed sequences', () => {
    expect(decodeUtf8([0x61, 0xff, 0x62, 0xc3])).toBe('a\uFFFDb\uFFFD');
  });
});
