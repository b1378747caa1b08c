import { describe, expect, it } from 'vitest';
import { formatGoDuration, parseGoDuration } from './duration';

describe('parseGoDuration', () => {
  it.each([
    ['500ms', 500],
    ['20s', 20000],
    ['1m30s', 90000],
    ['2h', 7200000],
    ['1.5s', 1500],
    ['1h2m3.5s', 3723500],
    ['.5s', 500],
    ['1500us', 2],
    ['1000000ns', 1],
    ['20', 20000],
    ['1.5', 1500],
    ['0', 0],
    ['-5s', -5000],
    [' 3s ', 3000],
  ])('parses %s as %i ms', (text, ms) => {
    expect(parseGoDuration(text)).toBe(ms);
  });

  it.each(['', 's', '20x', '1m30', 'ten seconds', '1s2', '--1s', '-', '1..5s', '5 s'])('rejects %j', (text) => {
    expect(parseGoDuration(text)).toBeUndefined();
  });
});

describe('formatGoDuration', () => {
  it.each([
    [0, '0s'],
    [500, '500ms'],
    [1000, '1s'],
    [1500, '1.5s'],
    [10000, '10s'],
    [80000, '1m20s'],
    [160000, '2m40s'],
    [300000, '5m0s'],
    [61250, '1m1.25s'],
    [3600000, '1h0m0s'],
    [5430000, '1h30m30s'],
    [-2000, '-2s'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatGoDuration(ms)).toBe(text);
  });

  it('round-trips whole milliseconds', () => {
    for (const ms of [1, 999, 1001, 59999, 60001, 3599999, 86400000]) expect(parseGoDuration(formatGoDuration(ms))).toBe(ms);
  });
});
