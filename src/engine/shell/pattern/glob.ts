// Shell patterns (`*`, `?`, `[...]`, `\x`) as pattern nodes, matched by the automaton of nfa.ts
// under a work budget: pathname expansion, `${VAR#pattern}` and friends.
import { type CharClass, literalClass, literalText, type NamedClass, type PatternNode, reverseNode } from './ast';
import { type Automaton, compilePattern, type PatternBudget, PatternTooComplex, runAutomaton } from './nfa';

const named = new Set(['alpha', 'digit', 'alnum', 'upper', 'lower', 'space', 'blank', 'punct', 'print', 'graph', 'cntrl', 'xdigit']);

/** Reads `[...]` at `i` (just after the `[`); undefined when it does not close, so the `[` is literal. */
function bracket(pattern: string, i: number): { cls: CharClass; end: number } | undefined {
  const cls: CharClass = { ranges: [], named: [], negate: false };
  let j = i;
  if (pattern[j] === '!' || pattern[j] === '^') { cls.negate = true; j++; }
  let first = true;
  while (j < pattern.length) {
    const c = pattern[j] ?? '';
    if (c === ']' && !first) return { cls, end: j };
    first = false;
    if (c === '[' && pattern[j + 1] === ':') {
      const close = pattern.indexOf(':]', j + 2);
      const name = close < 0 ? '' : pattern.slice(j + 2, close);
      if (named.has(name)) { cls.named.push(name as NamedClass); j = close + 2; continue; }
    }
    let lo = c;
    if (c === '\\' && j + 1 < pattern.length) lo = pattern[++j] ?? '';
    j++;
    if (pattern[j] === '-' && j + 1 < pattern.length && pattern[j + 1] !== ']') {
      const hi = pattern[j + 1] ?? '';
      cls.ranges.push(lo.charCodeAt(0), hi.charCodeAt(0));
      j += 2;
    } else cls.ranges.push(lo.charCodeAt(0), lo.charCodeAt(0));
  }
  return undefined;
}

/** The node of a shell pattern; consecutive `*` are one (they match the same texts). */
export function parseGlob(pattern: string): PatternNode {
  const items: PatternNode[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*') {
      const last = items[items.length - 1];
      if (!(last?.kind === 'repeat' && last.node.kind === 'any')) items.push({ kind: 'repeat', node: { kind: 'any' }, min: 0, max: Infinity });
    } else if (c === '?') items.push({ kind: 'any' });
    else if (c === '\\' && i + 1 < pattern.length) items.push({ kind: 'char', cls: literalClass(pattern.charCodeAt(++i)) });
    else if (c === '[') {
      const b = bracket(pattern, i + 1);
      if (b) { items.push({ kind: 'char', cls: b.cls }); i = b.end; }
      else items.push({ kind: 'char', cls: literalClass(91) });
    } else items.push({ kind: 'char', cls: literalClass(c.charCodeAt(0)) });
  }
  return items.length === 1 ? items[0] ?? { kind: 'empty' } : { kind: 'cat', items };
}

const compiled = new Map<string, { node: PatternNode; forward?: Automaton; backward?: Automaton }>();

function entry(pattern: string): { node: PatternNode; forward?: Automaton; backward?: Automaton } {
  let e = compiled.get(pattern);
  if (!e) {
    if (compiled.size >= 256) compiled.clear();
    e = { node: parseGlob(pattern) };
    compiled.set(pattern, e);
  }
  return e;
}

/** Whether all of `text` matches the shell pattern. */
export function matchGlob(pattern: string, text: string, budget: PatternBudget): boolean {
  const e = entry(pattern);
  const literal = literalText(e.node);
  if (literal !== undefined) return literal === text;
  e.forward ??= compilePattern(e.node);
  return runAutomaton(e.forward, text, 'whole', budget) === 1;
}

/** Removes the shortest or longest prefix or suffix of `value` matching the pattern (`${V#p}` `##` `%` `%%`). */
export function stripGlob(value: string, pattern: string, fromEnd: boolean, longest: boolean, budget: PatternBudget): string {
  const e = entry(pattern);
  const literal = literalText(e.node);
  if (literal !== undefined) {
    if (fromEnd) return value.endsWith(literal) ? value.slice(0, value.length - literal.length) : value;
    return value.startsWith(literal) ? value.slice(literal.length) : value;
  }
  if (!fromEnd) {
    e.forward ??= compilePattern(e.node);
    const end = runAutomaton(e.forward, value, 'prefix', budget, longest);
    return end < 0 ? value : value.slice(end);
  }
  e.backward ??= compilePattern(reverseNode(e.node));
  // Reversing the value is work too: charged first, so a spent budget stops before it.
  budget.left -= value.length;
  if (budget.left < 0) throw new PatternTooComplex('budget');
  const reversed = value.split('').reverse().join('');
  const end = runAutomaton(e.backward, reversed, 'prefix', budget, longest);
  return end < 0 ? value : value.slice(0, value.length - end);
}

/**
 * `${V/p/r}` and `${V//p/r}`: replaces the first (or every) match of the pattern, each the longest
 * at the leftmost place it matches; an empty match replaces nothing, as in ash. Undefined when the
 * result would be longer than `maxLength`, found before it is built.
 */
export function replaceGlob(value: string, pattern: string, replacement: string, all: boolean, budget: PatternBudget, maxLength = Infinity): string | undefined {
  const e = entry(pattern);
  const literal = literalText(e.node);
  if (literal !== undefined) {
    if (literal === '') return value;
    if (all) {
      const pieces = value.split(literal);
      return value.length + (pieces.length - 1) * (replacement.length - literal.length) > maxLength ? undefined : pieces.join(replacement);
    }
    const at = value.indexOf(literal);
    return at < 0 ? value : value.slice(0, at) + replacement + value.slice(at + literal.length);
  }
  e.forward ??= compilePattern(e.node);
  let out = '';
  let copied = 0;
  for (let at = 0; at < value.length; at++) {
    // A slice shares the value's characters: trying each place costs no copy.
    const end = runAutomaton(e.forward, value.slice(at), 'prefix', budget, true);
    if (end <= 0) continue;
    out += value.slice(copied, at) + replacement;
    // Longer than allowed already, whatever follows: stop before it grows past what memory holds.
    if (out.length > maxLength) return undefined;
    copied = at + end;
    if (!all) break;
    at = copied - 1;
  }
  return copied === 0 && out === '' ? value : out + value.slice(copied);
}
