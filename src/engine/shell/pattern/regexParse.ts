// POSIX regular expressions as busybox grep reads them: extended (-E) and basic (the default,
// where \( \) \{ \} \| \+ \? are the operators), with GNU's \w \s \b \< \>. Back-references
// are refused: no linear-time matcher can run them.
import { type CharClass, literalClass, type NamedClass, type PatternNode } from './ast';

/** A parsed expression, or why it cannot be used (busybox-style message, or a feature the simulator leaves out). */
export type RegexParse = { ok: true; node: PatternNode } | { ok: false; error: string; unsupported?: boolean };

/** Nesting and repetition limits: beyond them a pattern is "too complex" rather than a deep recursion. */
export const MAX_GROUP_DEPTH = 200;
const MAX_REPEAT = 255;

const namedClasses = new Set<string>(['alpha', 'digit', 'alnum', 'upper', 'lower', 'space', 'blank', 'punct', 'print', 'graph', 'cntrl', 'xdigit']);

const simple = (min: number, max: number): boolean => min <= 1 && (max === 1 || max === Infinity);

/** `x` repeated; `(x+)*`, `x**` and the like fold into one repeat (they match the same texts). */
function repeat(node: PatternNode, min: number, max: number): PatternNode {
  if (node.kind === 'repeat' && simple(node.min, node.max) && simple(min, max)) {
    return { kind: 'repeat', node: node.node, min: node.min * min, max: node.max === Infinity || max === Infinity ? Infinity : 1 };
  }
  return { kind: 'repeat', node, min, max };
}

class Failure {
  constructor(readonly error: string, readonly unsupported = false) {}
}

/** Parses `source` as an extended (`ere`) or basic (`bre`) regular expression. */
export function parseRegex(source: string, mode: 'ere' | 'bre'): RegexParse {
  const p = new Parser(source, mode === 'ere');
  try {
    const node = p.alternation(0);
    if (p.pos < source.length) throw new Failure(p.ere ? "Unmatched ) or \\)" : 'Unmatched ) or \\)');
    return { ok: true, node };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.error, ...(e.unsupported ? { unsupported: true } : {}) };
    throw e;
  }
}

class Parser {
  pos = 0;
  constructor(readonly src: string, readonly ere: boolean) {}

  private peekOp(op: string): boolean {
    if (this.ere) return this.src[this.pos] === op;
    return this.src[this.pos] === '\\' && this.src[this.pos + 1] === op;
  }

  private takeOp(op: string): boolean {
    if (!this.peekOp(op)) return false;
    this.pos += this.ere ? 1 : 2;
    return true;
  }

  alternation(depth: number): PatternNode {
    if (depth > MAX_GROUP_DEPTH) throw new Failure('pattern too complex');
    const items = [this.sequence(depth)];
    while (this.takeOp('|')) items.push(this.sequence(depth));
    return items.length === 1 ? items[0] ?? { kind: 'empty' } : { kind: 'alt', items };
  }

  private sequence(depth: number): PatternNode {
    const items: PatternNode[] = [];
    const start = this.pos;
    while (this.pos < this.src.length && !this.peekOp('|') && !this.peekOp(')')) {
      let atom = this.atom(depth, this.pos === start);
      for (let chain = 0; ; chain++) {
        const rep = this.repetition(this.pos === start);
        if (!rep) break;
        if (chain > MAX_GROUP_DEPTH) throw new Failure('pattern too complex');
        atom = repeat(atom, rep.min, rep.max);
      }
      items.push(atom);
    }
    return items.length === 1 ? items[0] ?? { kind: 'empty' } : items.length === 0 ? { kind: 'empty' } : { kind: 'cat', items };
  }

  private repetition(first: boolean): { min: number; max: number } | undefined {
    const c = this.src[this.pos];
    if (c === '*' && !first) { this.pos++; return { min: 0, max: Infinity }; }
    if (this.takeOp('+')) return { min: 1, max: Infinity };
    if (this.takeOp('?')) return { min: 0, max: 1 };
    if (!this.peekOp('{')) return undefined;
    const save = this.pos;
    this.pos += this.ere ? 1 : 2;
    const m = /^(\d*)(,(\d*))?/.exec(this.src.slice(this.pos, this.pos + 24));
    const close = this.ere ? '}' : '\\}';
    if (!m || m[1] === '' || !this.src.startsWith(close, this.pos + m[0].length)) {
      if (this.ere) { this.pos = save; return undefined; }
      throw new Failure('Invalid contents of \\{\\}');
    }
    this.pos += m[0].length + close.length;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    if (min > MAX_REPEAT || (max !== Infinity && max > MAX_REPEAT)) throw new Failure('Regular expression too big');
    if (max < min) throw new Failure('Invalid contents of \\{\\}');
    return { min, max };
  }

  private atom(depth: number, first: boolean): PatternNode {
    const c = this.src[this.pos] ?? '';
    if (this.takeOp('(')) {
      const inner = this.alternation(depth + 1);
      if (!this.takeOp(')')) throw new Failure('Unmatched ( or \\(');
      return inner;
    }
    this.pos++;
    if (c === '.') return { kind: 'any' };
    if (c === '[') return { kind: 'char', cls: this.bracket() };
    if (c === '^' && (this.ere || first)) return { kind: 'assert', test: 'bol' };
    if (c === '$' && (this.ere || this.atEnd())) return { kind: 'assert', test: 'eol' };
    if (this.ere && (c === '*' || c === '+' || c === '?') && first) return { kind: 'empty' };
    if (c === '\\') return this.escape();
    return { kind: 'char', cls: literalClass(c.charCodeAt(0)) };
  }

  private atEnd(): boolean {
    return this.pos >= this.src.length || this.src.startsWith('\\)', this.pos) || this.src.startsWith('\\|', this.pos);
  }

  private escape(): PatternNode {
    const n = this.src[this.pos++];
    if (n === undefined) throw new Failure('Trailing backslash');
    if (/[1-9]/.test(n)) throw new Failure('back-references (\\1 ... \\9) are not simulated', true);
    const named = (name: NamedClass, negate: boolean): PatternNode => ({ kind: 'char', cls: { ranges: [], named: [name], negate } });
    switch (n) {
      case 'w': return named('word', false);
      case 'W': return named('word', true);
      case 's': return named('space', false);
      case 'S': return named('space', true);
      case 'b': return { kind: 'assert', test: 'word' };
      case 'B': return { kind: 'assert', test: 'notWord' };
      case '<': return { kind: 'assert', test: 'wordStart' };
      case '>': return { kind: 'assert', test: 'wordEnd' };
      case '`': return { kind: 'assert', test: 'bol' };
      case "'": return { kind: 'assert', test: 'eol' };
      default: return { kind: 'char', cls: literalClass(n.charCodeAt(0)) };
    }
  }

  private bracket(): CharClass {
    const cls: CharClass = { ranges: [], named: [], negate: false };
    if (this.src[this.pos] === '^') { cls.negate = true; this.pos++; }
    let first = true;
    for (;;) {
      const c = this.src[this.pos];
      if (c === undefined) throw new Failure('Unmatched [, [^, [:, [., or [=');
      if (c === ']' && !first) { this.pos++; return cls; }
      first = false;
      if (c === '[' && /[:.=]/.test(this.src[this.pos + 1] ?? '')) {
        const kind = this.src[this.pos + 1] ?? '';
        const end = this.src.indexOf(`${kind}]`, this.pos + 2);
        if (end < 0) throw new Failure('Unmatched [, [^, [:, [., or [=');
        const name = this.src.slice(this.pos + 2, end);
        this.pos = end + 2;
        if (kind === ':') {
          if (!namedClasses.has(name)) throw new Failure('Invalid character class name');
          cls.named.push(name as NamedClass);
        } else for (const ch of name) cls.ranges.push(ch.charCodeAt(0), ch.charCodeAt(0));
        continue;
      }
      const lo = c.charCodeAt(0);
      this.pos++;
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== undefined && this.src[this.pos + 1] !== ']') {
        const hi = (this.src[this.pos + 1] ?? '').charCodeAt(0);
        this.pos += 2;
        if (hi < lo) throw new Failure('Invalid range end');
        cls.ranges.push(lo, hi);
      } else cls.ranges.push(lo, lo);
    }
  }
}
