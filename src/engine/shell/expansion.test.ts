import { describe, expect, it } from 'vitest';
import { evaluateArith } from './arith';
import { formatDate, SIMULATED_EPOCH_MS } from './dateFormat';
import { globMatch, removeMatch } from './glob';

describe('evaluateArith', () => {
  const vars = new Map([['i', '4'], ['s', 'x']]);
  it.each<[string, string | { error: string }]>([
    ['1 + 2 * 3', '7'],
    ['(1 + 2) * 3', '9'],
    ['i * i', '16'],
    ['-i + 1', '-3'],
    ['7 / 2', '3'],
    ['7 % 3', '1'],
    ['2 ** 10', '1024'],
    ['i > 3 && i < 5', '1'],
    ['i == 4 ? 10 : 20', '10'],
    ['0x10 + 010', '24'],
    ['1 / 0', { error: 'divide by zero' }],
    ['1 +', { error: 'arithmetic syntax error' }],
    // s is x, and x is unset: 0.
    ['s + 1', '1'],
    ['', '0'],
    // 64-bit and wrapping, as busybox ash's long long.
    ['1 << 40', '1099511627776'],
    ['1 << 64', '1'],
    ['2 ** 63', '-9223372036854775808'],
    ['2 ** 1024', '0'],
    ['9223372036854775807 + 1', '-9223372036854775808'],
    ['-(2 ** 63)', '-9223372036854775808'],
    ['0xffffffffffffffff', '-1'],
    // Past 2^64 - 1, strtoull's ERANGE, which ash reads as 0.
    ['0xffffffffffffffffffffffff', '0'],
    ['99999999999999999999', '0'],
    ['3 ** 40', '-6289078614652622815'],
    ['(1 << 62) * 4', '0'],
    ['-7 / 2', '-3'],
    ['-7 % 3', '-1'],
    ['~0', '-1'],
  ])('evaluates %j', (expr, expected) => {
    expect(evaluateArith(expr, (n) => vars.get(n), () => undefined)).toEqual(expected);
  });

  it('assigns with = and +=', () => {
    const set = new Map<string, string>();
    expect(evaluateArith('n += 5', (n) => set.get(n), (n, v) => set.set(n, v))).toBe('5');
    expect(set.get('n')).toBe('5');
  });
});

describe('globMatch', () => {
  it.each<[string, string, boolean]>([
    ['*.txt', 'a.txt', true],
    ['*.txt', 'a.log', false],
    ['?b', 'ab', true],
    ['[ab]c', 'bc', true],
    ['[!ab]c', 'bc', false],
    ['a.b', 'axb', false],
  ])('matches %s against %s: %s', (pattern, text, expected) => {
    expect(globMatch(pattern, text)).toBe(expected);
  });

  it.each<[string, string, boolean, boolean, string]>([
    ['web-0-2', '*-', false, false, '0-2'],
    ['web-0-2', '*-', false, true, '2'],
    ['file.tar.gz', '.*', true, false, 'file.tar'],
    ['file.tar.gz', '.*', true, true, 'file'],
  ])('removes from %s the pattern %s', (value, pattern, fromEnd, longest, expected) => {
    expect(removeMatch(value, pattern, fromEnd, longest)).toBe(expected);
  });
});

describe('formatDate', () => {
  it.each<[number, string, string]>([
    [0, '%a %b %e %H:%M:%S %Z %Y', 'Wed Jan  1 00:00:00 UTC 2025'],
    [90_061_500, '%F %T.%3N', '2025-01-02 01:01:01.500'],
    [59 * 86_400_000, '%d/%m/%Y %j %A', '01/03/2025 060 Saturday'],
    [0, '%s', '1735689600'],
  ])('formats t=%i with %j', (t, format, expected) => {
    expect(formatDate(SIMULATED_EPOCH_MS + t, format)).toBe(expected);
  });
});
