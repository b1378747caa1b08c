// The syntax of a pattern (a regular expression or a glob) before it becomes an automaton.

/** One code unit's class: ranges of code units (pairs, inclusive), named POSIX classes, negation. */
export interface CharClass {
  ranges: number[];
  named: NamedClass[];
  negate: boolean;
}

/** The POSIX bracket classes (`[[:alpha:]]`) and GNU's `\w` and `\s`. */
export type NamedClass = 'alpha' | 'digit' | 'alnum' | 'upper' | 'lower' | 'space' | 'blank' | 'punct' | 'print' | 'graph' | 'cntrl' | 'xdigit' | 'word';

/** Zero-width tests: start and end of the text, word boundaries. */
export type Assertion = 'bol' | 'eol' | 'word' | 'notWord' | 'wordStart' | 'wordEnd';

/** A pattern node. */
export type PatternNode =
  | { kind: 'char'; cls: CharClass }
  | { kind: 'any' }
  | { kind: 'cat'; items: PatternNode[] }
  | { kind: 'alt'; items: PatternNode[] }
  | { kind: 'repeat'; node: PatternNode; min: number; max: number }
  | { kind: 'assert'; test: Assertion }
  | { kind: 'empty' };

/** A class matching exactly one code unit. */
export function literalClass(code: number): CharClass {
  return { ranges: [code, code], named: [], negate: false };
}

/** The text of a node when it is a plain literal (no classes, repeats or assertions), for a fast substring search. */
export function literalText(node: PatternNode): string | undefined {
  if (node.kind === 'empty') return '';
  if (node.kind === 'char') {
    const { ranges, named, negate } = node.cls;
    return !negate && named.length === 0 && ranges.length === 2 && ranges[0] === ranges[1] ? String.fromCharCode(ranges[0] ?? 0) : undefined;
  }
  if (node.kind !== 'cat') return undefined;
  let out = '';
  for (const item of node.items) {
    const piece = literalText(item);
    if (piece === undefined) return undefined;
    out += piece;
  }
  return out;
}

/** The node matching the reverse of what `node` matches (suffix removal runs it over the reversed text). */
export function reverseNode(node: PatternNode): PatternNode {
  switch (node.kind) {
    case 'cat': return { kind: 'cat', items: node.items.map(reverseNode).reverse() };
    case 'alt': return { kind: 'alt', items: node.items.map(reverseNode) };
    case 'repeat': return { ...node, node: reverseNode(node.node) };
    case 'assert': {
      const swapped: Partial<Record<Assertion, Assertion>> = { bol: 'eol', eol: 'bol', wordStart: 'wordEnd', wordEnd: 'wordStart' };
      return { kind: 'assert', test: swapped[node.test] ?? node.test };
    }
    default: return node;
  }
}
