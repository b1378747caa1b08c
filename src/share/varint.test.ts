import { describe, expect, it } from 'vitest';
import { encodeVarint, readVarint } from './varint';

describe('varint', () => {
  it.each([0, 1, 127, 128, 300, 86_400_000, 2 ** 32 + 5, Number.MAX_SAFE_INTEGER])('round-trips %d', (value) => {
    const bytes = Uint8Array.from(encodeVarint(value));
    expect(readVarint(bytes, 0)).toEqual({ value, next: bytes.length });
  });

  it('writes small values in one byte', () => {
    expect(encodeVarint(127)).toEqual([127]);
    expect(encodeVarint(128)).toEqual([0x80, 1]);
  });

  it.each([
    ['running off the end', [0x80, 0x80]],
    ['an empty input', []],
    ['a redundant zero group', [0x81, 0x00]],
    ['more than 8 bytes', [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01]],
    ['a value past 2^53', [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]],
  ])('refuses %s', (_what, bytes) => {
    expect(readVarint(Uint8Array.from(bytes), 0)).toBeUndefined();
  });

  it('throws for values it cannot write', () => {
    expect(() => encodeVarint(-1)).toThrow(RangeError);
    expect(() => encodeVarint(1.5)).toThrow(RangeError);
  });
});
