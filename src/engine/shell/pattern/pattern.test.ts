import { describe, expect, it } from 'vitest';
import { stripGlob, matchGlob } from './glob';
import { compilePattern, PatternTooComplex, runAutomaton } from './nfa';
import { parseRegex } from './regexParse';

const search = (source: string, text: string, mode: 'ere' | 'bre' = 'ere', ignoreCase = false) => {
  const parsed = parseRegex(source, mode);
  if (!parsed.ok) throw new Error(parsed.error);
  return runAutomaton(compilePattern(parsed.node, ignoreCase), text, 'search', { left: Infinity }) === 1;
};

describe('parseRegex and runAutomaton', () => {
  it.each([
    ['^a.c$', 'abc', true], ['a+b', 'xaaab', true], ['(ab|cd)+e', 'abcde', true], ['colou?r', 'color', true],
    ['^[[:digit:]]{3}$', '123', true], ['^[[:digit:]]{3}$', '1234', false], ['[^a-z]', 'abc', false], ['\\bword\\b', 'a word here', true],
    ['\\<in', 'begin', false], ['x{2,}', 'axxb', true], ['x{2,}', 'axb', false], ['[]a]', ']', true], ['a|', 'zzz', true],
  ])('matches ERE %s against %s: %s', (source, text, expected) => {
    expect(search(source, text)).toBe(expected);
  });

  it('reads basic expressions: \\( \\) \\{ \\} \\| are operators, the bare characters literals', () => {
    expect(search('\\(ab\\)\\{2\\}', 'abab', 'bre')).toBe(true);
    expect(search('(ab){2}', '(ab){2}', 'bre')).toBe(true);
    expect(search('a\\|b', 'b', 'bre')).toBe(true);
    expect(search('*a', '*a', 'bre')).toBe(true);
  });

  it('ignores case when asked', () => {
    expect(search('HeLLo', 'say hello', 'ere', true)).toBe(true);
    expect(search('[A-C]+', 'abc', 'ere', true)).toBe(true);
  });

  it('refuses back-references and reports syntax errors', () => {
    expect(parseRegex('\\(a\\)\\1', 'bre')).toMatchObject({ ok: false, unsupported: true });
    expect(parseRegex('((a', 'ere')).toMatchObject({ ok: false });
    expect(parseRegex('a{300}', 'ere')).toMatchObject({ ok: false, error: 'Regular expression too big' });
  });

  it('runs catastrophic patterns in linear time', () => {
    const budget = { left: 1e12 };
    const parsed = parseRegex('(a+)+$', 'ere');
    if (!parsed.ok) throw new Error(parsed.error);
    const automaton = compilePattern(parsed.node);
    runAutomaton(automaton, `${'a'.repeat(10_000)}!`, 'search', budget);
    const small = { left: 1e12 };
    runAutomaton(automaton, `${'a'.repeat(1_000)}!`, 'search', small);
    // Ten times the text, about ten times the work (a backtracking matcher would take 2^10000 steps).
    expect(1e12 - budget.left).toBeLessThan((1e12 - small.left) * 11);
  });

  it('throws PatternTooComplex when the budget runs out or the automaton is too big', () => {
    const parsed = parseRegex('(a|aa)+$', 'ere');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(() => runAutomaton(compilePattern(parsed.node), 'a'.repeat(100_000), 'search', { left: 1000 })).toThrow(PatternTooComplex);
    const big = parseRegex('(a{0,255}){255}', 'ere');
    if (!big.ok) throw new Error(big.error);
    expect(() => compilePattern(big.node)).toThrow(PatternTooComplex);
  });
});

describe('matchGlob and stripGlob', () => {
  const budget = () => ({ left: Infinity });

  it.each([
    ['*.txt', 'a.txt', true], ['a?c', 'abc', true], ['[!a]*', 'abc', false], ['[[:digit:]]x', '5x', true], ['\\*', '*', true], ['[ab', '[ab', true],
  ])('matches %s against %s: %s', (pattern, text, expected) => {
    expect(matchGlob(pattern, text, budget())).toBe(expected);
  });

  it.each([
    ['a/b/c', '*/', false, false, 'b/c'], ['a/b/c', '*/', false, true, 'c'], ['a.tar.gz', '.*', true, false, 'a.tar'],
    ['a.tar.gz', '.*', true, true, 'a'], ['abc', 'x*', false, true, 'abc'], ['abc', '', false, false, 'abc'],
  ])('strips %s with %s (suffix %s, longest %s) to %s', (value, pattern, fromEnd, longest, expected) => {
    expect(stripGlob(value, pattern, fromEnd, longest, budget())).toBe(expected);
  });

  it('strips with many stars over a long value in one pass', () => {
    const b = { left: 1e12 };
    expect(stripGlob('0'.repeat(200_000), '*0*0*0*1', false, true, b)).toHaveLength(200_000);
    expect(1e12 - b.left).toBeLessThan(200_000 * 20);
  });
});
