import { describe, expect, it } from 'vitest';
import { utf8Length } from './streams';

describe('utf8Length', () => {
  it('counts the bytes TextEncoder writes, with the first non-ASCII character anywhere (a lone surrogate as U+FFFD)', () => {
    const pieces = ['a', ' ', '\u0000', '\u007f', '\u0080', 'é', '\u07ff', '\u0800', '€', '\uffff', '🙂', '\ud800', '\udfff', '\ud83d'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 0x7fffffff) / 0x7fffffff;
    const encoder = new TextEncoder();
    for (let n = 0; n < 500; n++) {
      const ascii = 'x'.repeat(Math.floor(random() * 3) === 0 ? 70_000 : Math.floor(random() * 5));
      let tail = '';
      for (let i = Math.floor(random() * 6); i > 0; i--) tail += pieces[Math.floor(random() * pieces.length)] ?? '';
      const text = ascii + tail;
      expect(utf8Length(text), JSON.stringify(tail)).toBe(encoder.encode(text).length);
    }
    expect(utf8Length('')).toBe(0);
    expect(utf8Length(' '.repeat(1 << 20))).toBe(1 << 20);
  });
});
