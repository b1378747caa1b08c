// Parameters: special ones ($?, $#, $1...), variables, and the `${NAME op WORD}` forms.
import type { WordPart } from './ast';
import { evaluateArith } from './arith';
import { removeMatch } from './glob';
import { replaceGlob } from './pattern/glob';
import { type Io, MAX_TEXT, wordTooLarge } from './io';
import { ExitSignal } from './signals';
import type { Run, ShellState } from './state';

/** The value of a parameter, or undefined when it is unset. */
export function paramValue(state: ShellState, name: string): string | undefined {
  switch (name) {
    case '?': return String(state.status);
    case '#': return String(state.positional.length);
    case '$': return '1';
    case '!': return state.lastJob === undefined ? undefined : String(state.lastJob);
    case '0': return state.arg0;
    // ash lists its option letters last to first: u, x, c, f, e of those modelled.
    case '-': {
      const o = state.options;
      return (o.nounset ? 'u' : '') + (o.xtrace ? 'x' : '') + (o.command ? 'c' : '') + (o.noglob ? 'f' : '') + (o.errexit ? 'e' : '');
    }
    case '@': return state.positional.join(' ');
    // "$*" joins with IFS's first character: none when IFS is empty, a space when it is unset.
    case '*': return state.positional.join(state.vars.get('IFS')?.slice(0, 1) ?? ' ');
    default:
      if (/^\d+$/.test(name)) return state.positional[Number(name) - 1];
      return state.vars.get(name);
  }
}

/** Which word of a `${...}` part to expand: its WORD as text or as a pattern, or a replacement's STRING. */
export type ArgKind = 'text' | 'pattern' | 'replacement';

/**
 * Expands a `${...}` part; `expandArg` expands its WORD only when the operator needs it, as a
 * pattern (quoted characters escaped) for `#`, `##`, `%`, `%%`, `/` and `//`.
 */
export function* paramPart(
  state: ShellState,
  part: Extract<WordPart, { kind: 'param' }>,
  io: Io,
  expandArg: (kind?: ArgKind) => Run<string>,
  offset: number,
): Run<string> {
  const value = paramValue(state, part.name);
  if (value === undefined && state.options.nounset && needsValue(part)) {
    // `set -u`: an unset parameter is an error, unless the operator says what to use instead.
    io.err.write(`sh: ${part.name}: parameter not set\n`);
    throw new ExitSignal(2);
  }
  const empty = value === undefined || value === '';
  switch (part.op) {
    case undefined: return value ?? '';
    case 'length': return String((value ?? '').length);
    case ':-': return empty ? yield* expandArg() : value;
    case '-': return value === undefined ? yield* expandArg() : value;
    case ':+': return empty ? '' : yield* expandArg();
    case '+': return value === undefined ? '' : yield* expandArg();
    case ':=': case '=': {
      if (part.op === ':=' ? !empty : value !== undefined) return value ?? '';
      const assigned = yield* expandArg();
      if (/^[A-Za-z_]/.test(part.name)) state.vars.set(part.name, assigned);
      return assigned;
    }
    case ':?': case '?': {
      if (part.op === ':?' ? !empty : value !== undefined) return value ?? '';
      const message = yield* expandArg();
      io.err.write(`sh: ${part.name}: ${message || 'parameter not set'}\n`);
      throw new ExitSignal(2);
    }
    case '#': case '##': return removeMatch(value ?? '', yield* expandArg('pattern'), false, part.op === '##', state.counter.pattern);
    case '%': case '%%': return removeMatch(value ?? '', yield* expandArg('pattern'), true, part.op === '%%', state.counter.pattern);
    case '/': case '//': {
      const pattern = yield* expandArg('pattern');
      const replacement = yield* expandArg('replacement');
      if (pattern === '') return value ?? '';
      const replaced = replaceGlob(value ?? '', pattern, replacement, part.op === '//', state.counter.pattern, MAX_TEXT);
      if (replaced === undefined) throw wordTooLarge(offset);
      return replaced;
    }
    case 'substring': return substring(state, value ?? '', yield* expandArg('text'), io);
  }
}

/** An offset or length of `${V:OFFSET:LENGTH}`, an arithmetic expression (empty: 0). */
function arithOf(state: ShellState, expr: string, io: Io): number {
  if (expr.trim() === '') return 0;
  const result = evaluateArith(expr, (name) => state.vars.get(name), (name, v) => state.vars.set(name, v));
  if (typeof result === 'string') return Number(result);
  io.err.write(`sh: ${result.error}\n`);
  throw new ExitSignal(2);
}

/**
 * `${V:OFFSET[:LENGTH]}` as busybox ash computes it: a negative offset counts from the end (before
 * the start: empty), a negative length ends that far from the end (before the offset: the rest).
 */
function substring(state: ShellState, value: string, spec: string, io: Io): string {
  const colon = spec.indexOf(':');
  let from = arithOf(state, colon < 0 ? spec : spec.slice(0, colon), io);
  if (from < 0) from += value.length;
  if (from < 0 || from > value.length) return '';
  if (colon < 0) return value.slice(from);
  const length = arithOf(state, spec.slice(colon + 1), io);
  if (length >= 0) return value.slice(from, from + length);
  const to = value.length + length;
  return to < from ? value.slice(from) : value.slice(from, to);
}

/** Whether `set -u` makes an unset parameter an error here: not for `$@`, `$*` or an operator with a default. */
function needsValue(part: Extract<WordPart, { kind: 'param' }>): boolean {
  if (part.name === '@' || part.name === '*') return false;
  const op = part.op;
  return op === undefined || op === 'length' || op === '#' || op === '##' || op === '%' || op === '%%' || op === '/' || op === '//' || op === 'substring';
}
