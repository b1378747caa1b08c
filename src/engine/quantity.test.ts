import { describe, it, expect } from 'vitest';
import { parseQuantity, formatQuantity } from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['100m', 100], ['1', 1000], ['0.5', 500], ['128Mi', 128 * 2 ** 20 * 1000], ['1G', 1e12], ['1e3', 1e6], ['2k', 2e6],
  ])('reads %s', (text, milli) => expect(parseQuantity(text)).toBe(milli));
  it.each(['', 'abc', '1.2.3', '10MB', '-'])('rejects %j', (text) => expect(parseQuantity(text)).toBeUndefined());
});

describe('formatQuantity', () => {
  it('prints cpu as cores or millicores', () => {
    expect(formatQuantity(600, 'cpu')).toBe('600m');
    expect(formatQuantity(2000, 'cpu')).toBe('2');
  });
  it('prints memory with the largest exact binary suffix', () => {
    expect(formatQuantity((364 * 2 ** 20) * 1000, 'memory')).toBe('364Mi');
    expect(formatQuantity(1e12, 'memory')).toBe('1G');
  });
});
