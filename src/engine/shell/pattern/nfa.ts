// A Thompson automaton for a pattern, run by keeping the set of live states (no backtracking):
// time is at most states × text length, and every state visit is charged to a work budget, so
// `(a+)+$` or `*0*0*0*1` costs what `a+$` costs and a huge text ends with "pattern too complex".
import type { Assertion, CharClass, NamedClass, PatternNode } from './ast';

/** The most states one pattern may compile to (each counted repetition copies its body). */
export const MAX_STATES = 50_000;

/** Work a pattern may still do (state visits), shared by everything one command matches. */
export interface PatternBudget {
  left: number;
}

/** Thrown when a pattern's work outgrows its budget or its automaton outgrows MAX_STATES. */
export class PatternTooComplex {
  constructor(readonly reason: 'states' | 'budget') {}
}

const CHAR = 0, ANY = 1, SPLIT = 2, ASSERT = 3, MATCH = 4;

/** A compiled pattern: parallel arrays by state; `ascii` holds 128 bits per character state. */
export interface Automaton {
  op: Uint8Array;
  out: Int32Array;
  alt: Int32Array;
  ascii: Uint8Array;
  test: (((code: number) => boolean) | undefined)[];
  assertion: (Assertion | undefined)[];
  start: number;
  /** Work arrays reused by every run (a grep runs once per line). */
  scratch?: { mark: Int32Array; base: number; current: Int32Array; next: Int32Array; stack: Int32Array };
}

const namedTests: Record<NamedClass, (c: number) => boolean> = {
  alpha: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  digit: (c) => c >= 48 && c <= 57,
  alnum: (c) => namedTests.alpha(c) || namedTests.digit(c),
  upper: (c) => c >= 65 && c <= 90,
  lower: (c) => c >= 97 && c <= 122,
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  blank: (c) => c === 32 || c === 9,
  punct: (c) => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126),
  print: (c) => c >= 32 && c <= 126,
  graph: (c) => c >= 33 && c <= 126,
  cntrl: (c) => c < 32 || c === 127,
  xdigit: (c) => namedTests.digit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
  word: (c) => namedTests.alnum(c) || c === 95,
};

function classTest(cls: CharClass, ignoreCase: boolean): (code: number) => boolean {
  const raw = (c: number): boolean => {
    let hit = false;
    for (let i = 0; i < cls.ranges.length && !hit; i += 2) hit = c >= (cls.ranges[i] ?? 0) && c <= (cls.ranges[i + 1] ?? -1);
    for (let i = 0; i < cls.named.length && !hit; i++) hit = namedTests[cls.named[i] ?? 'word'](c);
    return hit;
  };
  const cased = ignoreCase ? (c: number) => raw(c) || raw(foldCase(c, true)) || raw(foldCase(c, false)) : raw;
  return cls.negate ? (c) => !cased(c) : cased;
}

function foldCase(code: number, lower: boolean): number {
  const s = String.fromCharCode(code);
  return (lower ? s.toLowerCase() : s.toUpperCase()).charCodeAt(0);
}

/** Compiles a pattern node; throws PatternTooComplex past MAX_STATES. */
export function compilePattern(node: PatternNode, ignoreCase = false): Automaton {
  const op: number[] = [], out: number[] = [], alt: number[] = [], tests: (((c: number) => boolean) | undefined)[] = [], assertions: (Assertion | undefined)[] = [];
  const add = (kind: number, to: number, other = -1, test?: (c: number) => boolean, assertion?: Assertion): number => {
    if (op.length >= MAX_STATES) throw new PatternTooComplex('states');
    op.push(kind); out.push(to); alt.push(other); tests.push(test); assertions.push(assertion);
    return op.length - 1;
  };
  // Built from the end backwards: each node is compiled knowing the state that follows it.
  const build = (n: PatternNode, next: number): number => {
    switch (n.kind) {
      case 'empty': return next;
      case 'any': return add(ANY, next);
      case 'char': return add(CHAR, next, -1, classTest(n.cls, ignoreCase));
      case 'assert': return add(ASSERT, next, -1, undefined, n.test);
      case 'cat': {
        let cur = next;
        for (let i = n.items.length - 1; i >= 0; i--) cur = build(n.items[i] ?? { kind: 'empty' }, cur);
        return cur;
      }
      case 'alt': {
        let cur = build(n.items[n.items.length - 1] ?? { kind: 'empty' }, next);
        for (let i = n.items.length - 2; i >= 0; i--) cur = add(SPLIT, build(n.items[i] ?? { kind: 'empty' }, next), cur);
        return cur;
      }
      case 'repeat': {
        let cur = next;
        if (n.max === Infinity) {
          const loop = add(SPLIT, -1, next);
          out[loop] = build(n.node, loop);
          cur = loop;
        } else {
          for (let i = n.min; i < n.max; i++) cur = add(SPLIT, build(n.node, cur), next);
        }
        for (let i = 0; i < n.min; i++) cur = build(n.node, cur);
        return cur;
      }
    }
  };
  const start = build(node, add(MATCH, -1));
  const ascii = new Uint8Array(op.length * 16);
  tests.forEach((test, s) => {
    for (let c = 0; c < 128; c++) if (op[s] === ANY || test?.(c)) ascii[s * 16 + (c >> 3)] = (ascii[s * 16 + (c >> 3)] ?? 0) | (1 << (c & 7));
  });
  return { op: Uint8Array.from(op), out: Int32Array.from(out), alt: Int32Array.from(alt), ascii, test: tests, assertion: assertions, start };
}

const isWord = (c: number): boolean => namedTests.word(c);

function holds(test: Assertion, text: string, pos: number): boolean {
  const before = pos > 0 && isWord(text.charCodeAt(pos - 1));
  const after = pos < text.length && isWord(text.charCodeAt(pos));
  switch (test) {
    case 'bol': return pos === 0;
    case 'eol': return pos === text.length;
    case 'word': return before !== after;
    case 'notWord': return before === after;
    case 'wordStart': return !before && after;
    case 'wordEnd': return before && !after;
  }
}

/** How a run reads the text: `search` anywhere (grep), `whole` text (glob), or every matching `prefix` end. */
export type RunMode = 'search' | 'whole' | 'prefix';

/**
 * Runs `a` over `text`. `search`/`whole` return 1 for a match and -1 for none; `prefix` returns
 * the shortest or longest end of a match starting at 0, or -1. Charges every state visit to `budget`.
 */
export function runAutomaton(a: Automaton, text: string, mode: RunMode, budget: PatternBudget, longest = false): number {
  if (budget.left <= 0) throw new PatternTooComplex('budget');
  const n = a.op.length;
  a.scratch ??= { mark: new Int32Array(n).fill(-1), base: 0, current: new Int32Array(n), next: new Int32Array(n), stack: new Int32Array(2 * n + 2) };
  const scratch = a.scratch;
  const { mark, stack } = scratch;
  let { current, next } = scratch;
  // Marks are "visited at position base + pos": a new run moves the base instead of clearing n marks.
  if (scratch.base + text.length + 2 > 0x3fffffff) { mark.fill(-1); scratch.base = 0; }
  const base = scratch.base;
  scratch.base += text.length + 2;
  let count = 0;
  let nextCount: number;
  let matched = false;
  let spent = 0;
  let found = -1;
  const close = (state: number, pos: number, list: Int32Array, size: number): number => {
    let top = 0;
    stack[top++] = state;
    while (top > 0) {
      const s = stack[--top] ?? 0;
      if (s < 0 || mark[s] === base + pos) continue;
      mark[s] = base + pos;
      spent++;
      const op = a.op[s];
      if (op === SPLIT) { stack[top++] = a.alt[s] ?? -1; stack[top++] = a.out[s] ?? -1; }
      else if (op === ASSERT) { if (holds(a.assertion[s] ?? 'bol', text, pos)) stack[top++] = a.out[s] ?? -1; }
      else if (op === MATCH) matched = true;
      else list[size++] = s;
    }
    return size;
  };
  for (let pos = 0; ; pos++) {
    if (pos === 0 || mode === 'search') count = close(a.start, pos, current, count);
    if (matched) {
      if (mode === 'search' || (mode === 'whole' && pos === text.length)) return 1;
      if (mode === 'prefix') { found = pos; if (!longest) return found; }
      matched = false;
    }
    budget.left -= spent;
    spent = 0;
    if (budget.left < 0) throw new PatternTooComplex('budget');
    if (pos >= text.length || (count === 0 && mode !== 'search')) break;
    const code = text.charCodeAt(pos);
    nextCount = 0;
    for (let i = 0; i < count; i++) {
      const s = current[i] ?? 0;
      spent++;
      const hit = code < 128 ? ((a.ascii[s * 16 + (code >> 3)] ?? 0) >> (code & 7)) & 1 : a.op[s] === ANY || a.test[s]?.(code);
      if (hit) nextCount = close(a.out[s] ?? -1, pos + 1, next, nextCount);
    }
    const swap = current;
    current = next;
    next = swap;
    count = nextCount;
  }
  return mode === 'prefix' ? found : -1;
}
