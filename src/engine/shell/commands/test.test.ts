import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeHost, MemoryFs, runScript } from '../testHost';

function status(expression: string): number {
  const fs = new MemoryFs({ '/data/file': 'content', '/data/empty': '' });
  return Number(runScript(`${expression}; echo $?`, new FakeHost(fs)).host.lines.at(-1));
}

describe('test and [', () => {
  it.each<[string, number]>([
    ['[ -f /data/file ]', 0],
    ['[ -f /data ]', 1],
    ['[ -d /data ]', 0],
    ['[ -e /nope ]', 1],
    ['[ -s /data/file ]', 0],
    ['[ -s /data/empty ]', 1],
    ['[ -z "" ]', 0],
    ['[ -n "" ]', 1],
    ['[ abc = abc ]', 0],
    ['[ abc != abc ]', 1],
    ['[ 3 -eq 3 ]', 0],
    ['[ 3 -ne 3 ]', 1],
    ['[ 2 -lt 3 ]', 0],
    ['[ 3 -le 2 ]', 1],
    ['[ 4 -gt 3 ]', 0],
    ['[ 3 -ge 4 ]', 1],
    ['[ ! -f /nope ]', 0],
    ['[ -f /data/file -a -d /data ]', 0],
    ['[ -f /nope -o -d /data ]', 0],
    ['test -d /data', 0],
    ['[ ]', 1],
    ['[ x ]', 0],
    ['[ abc -eq 1 ]', 2],
    ['[ 1 = 1', 2],
  ])('gives %s status %i', (expression, expected) => {
    expect(status(expression)).toBe(expected);
  });

  // The grammar as POSIX states it by argument count, evaluated on copies: the reference for the
  // evaluation in place (string operators only, which need no file system).
  function reference(args: string[]): boolean {
    const [a = '', b = '', c = ''] = args;
    const unary = (op: string, x: string) => (op === '-n' ? x !== '' : x === '');
    const binary = (x: string, op: string, y: string) => (op === '=' ? x === y : x !== y);
    switch (args.length) {
      case 0: return false;
      case 1: return a !== '';
      case 2:
        if (a === '!') return b === '';
        if (a === '-n' || a === '-z') return unary(a, b);
        throw new Error('unknown operand');
      case 3:
        if (b === '=' || b === '!=') return binary(a, b, c);
        if (b === '-a') return a !== '' && c !== '';
        if (b === '-o') return a !== '' || c !== '';
        if (a === '!') return !reference(args.slice(1));
        if (a === '(' && c === ')') return b !== '';
        throw new Error('unknown operand');
      case 4:
        if (a === '!') return !reference(args.slice(1));
        if (a === '(' && args[3] === ')') return reference(args.slice(1, 3));
    }
    const or = args.indexOf('-o', 1);
    if (or > 0) return reference(args.slice(0, or)) || reference(args.slice(or + 1));
    const and = args.indexOf('-a', 1);
    if (and > 0) return reference(args.slice(0, and)) && reference(args.slice(and + 1));
    if (a === '!') return !reference(args.slice(1));
    throw new Error('syntax error');
  }

  it('gives every expression of !, ( ), -a, -o and string tests the status of the grammar evaluated on copies', () => {
    const token = fc.constantFrom('!', '(', ')', '-a', '-o', '-n', '-z', '=', '!=', 'x', '');
    fc.assert(fc.property(fc.array(token, { maxLength: 9 }), (tokens) => {
      let expected: number;
      try { expected = reference(tokens) ? 0 : 1; } catch { expected = 2; }
      expect(status(`[ ${tokens.map((t) => `'${t}'`).join(' ')} ]`)).toBe(expected);
    }), { numRuns: 1500, seed: 20261202 });
  });

  it('takes a chain of 30 000 ! and of 10 000 -a in linear memory', () => {
    expect(status(`[ ${'! '.repeat(30_000)}x ]`)).toBe(0);
    expect(status(`[ ${'! '.repeat(29_999)}x ]`)).toBe(1);
    expect(status(`[ x${' -a x'.repeat(10_000)} ]`)).toBe(0);
  });
});
