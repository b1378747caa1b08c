// `sort`, `uniq` and `expr`, as busybox's coreutils/sort.c, uniq.c and expr.c behave for the
// options scripts use.
import { takeInput } from '../io';
import { compilePattern, PatternTooComplex, runAutomaton } from '../pattern/nfa';
import { parseRegex } from '../pattern/regexParse';
import { ForeverSignal } from '../signals';
import { patternTooComplex, resolvePath } from '../state';
import { type CommandCall, fail, lines, parseSupported, unsupportedOption } from './types';

/** The text of the operands ('-' or none: standard input), joined; a missing file is reported. */
function readAll(call: CommandCall, operands: string[]): { text: string; status: number } {
  let text = '';
  let status = 0;
  for (const operand of operands.length === 0 ? ['-'] : operands) {
    const part = operand === '-' ? takeInput(call.io) : call.state.host.fs.read(resolvePath(call.state, operand));
    if (part === undefined) {
      call.io.err.write(`${call.name}: can't open '${operand}': No such file or directory\n`);
      status = 2;
      continue;
    }
    text += part.endsWith('\n') || part === '' ? part : `${part}\n`;
  }
  return { text, status };
}

/** The leading number of a key as `sort -n` reads it (none: 0). */
function numberOf(key: string): number {
  const match = /^\s*(-?(?:\d+\.?\d*|\.\d+))/.exec(key);
  return match ? Number(match[1]) : 0;
}

/** `sort [-nrufbs] [-t C] [-k N[,M]] [FILE...]`: the key from field N (to field M, else to the end). */
function sort(call: CommandCall): number {
  const { flags, values, operands } = parseSupported(call, 'nrufbs', 'tk');
  const separator = values.get('t');
  const keySpec = values.get('k');
  const keyMatch = keySpec === undefined ? undefined : /^(\d+)(?:,(\d+))?$/.exec(keySpec);
  if (keySpec !== undefined && !keyMatch) throw unsupportedOption(call, `-k ${keySpec}`);
  const from = Number(keyMatch?.[1] ?? 1);
  const to = keyMatch?.[2] === undefined ? Infinity : Number(keyMatch[2]);
  const keyOf = (line: string): string => {
    if (!keyMatch) return line;
    // Fields: split on the separator, or at each run of blanks (the blanks belong to the field after them).
    const fields = separator !== undefined ? line.split(separator.slice(0, 1)) : line.match(/\s*\S+|\s+$/g) ?? [];
    const key = fields.slice(from - 1, to === Infinity ? undefined : to).join(separator?.slice(0, 1) ?? '');
    return flags.has('b') ? key.trimStart() : key;
  };
  const fold = (s: string) => (flags.has('f') ? s.toUpperCase() : s);
  const compareKeys = (a: string, b: string): number => {
    if (flags.has('n')) return numberOf(a) - numberOf(b);
    const x = fold(a);
    const y = fold(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  const { text, status } = readAll(call, operands);
  const rows = lines(text).map((line) => ({ line, key: keyOf(line) }));
  rows.sort((a, b) => {
    const byKey = compareKeys(a.key, b.key);
    if (byKey !== 0 || flags.has('s') || flags.has('u')) return flags.has('r') ? -byKey : byKey;
    // The last resort: the whole lines, byte by byte.
    const whole = a.line < b.line ? -1 : a.line > b.line ? 1 : 0;
    return flags.has('r') ? -whole : whole;
  });
  const kept = flags.has('u') ? rows.filter((row, i) => i === 0 || compareKeys(row.key, (rows[i - 1] as typeof row).key) !== 0) : rows;
  call.io.out.write(kept.map((r) => `${r.line}\n`).join(''));
  return status;
}

/** `uniq [-cdui] [INPUT]`: adjacent equal lines once; -c counts them, -d only repeated, -u only single. */
function uniq(call: CommandCall): number {
  const { flags, operands } = parseSupported(call, 'cdui');
  if (operands.length > 1) throw unsupportedOption(call, operands[1] ?? '');
  const { text, status } = readAll(call, operands);
  const same = (a: string, b: string) => (flags.has('i') ? a.toLowerCase() === b.toLowerCase() : a === b);
  let out = '';
  const all = lines(text);
  for (let i = 0; i < all.length;) {
    const line = all[i] as string;
    let n = 1;
    while (i + n < all.length && same(all[i + n] as string, line)) n++;
    i += n;
    if ((flags.has('d') && n === 1) || (flags.has('u') && n > 1)) continue;
    out += flags.has('c') ? `${String(n).padStart(7)} ${line}\n` : `${line}\n`;
  }
  call.io.out.write(out);
  return status;
}

/** An error of `expr`: its message, status 2. */
class ExprError {
  constructor(readonly message: string) {}
}

/** Parentheses inside each other that `expr` reads; each level nests the reader's functions. */
const MAX_EXPR_NESTING = 200;

const INT = /^-?\d+$/;
const MIN = -(2n ** 63n);
const WRAP = 2n ** 64n;

/** 64-bit wrapping, as busybox's `arith_t` (long long). */
function wrap(n: bigint): bigint {
  let v = ((n - MIN) % WRAP + WRAP) % WRAP + MIN;
  if (v >= -MIN) v -= WRAP;
  return v;
}

function toInt(v: string): bigint {
  if (!INT.test(v)) throw new ExprError('non-numeric argument');
  return BigInt(v);
}

/** Whether a value counts as false for `|`, `&` and the exit status: empty or 0. */
function isNull(v: string): boolean {
  return v === '' || (INT.test(v) && BigInt(v) === 0n);
}

/** `expr` over its arguments, by the grammar of POSIX expr (busybox expr.c). */
function evaluateExpr(call: CommandCall, args: string[]): string {
  let i = 0;
  let depth = 0;
  const peek = () => args[i];
  const take = () => args[i++];
  const primary = (): string => {
    const token = take();
    if (token === undefined) throw new ExprError('syntax error');
    if (token === '(') {
      if (++depth > MAX_EXPR_NESTING) {
        throw new ForeverSignal({ message: `expr: parentheses nested more than ${MAX_EXPR_NESTING} deep: the simulator stops interpreting here and the container keeps running`, offset: call.offset });
      }
      const v = or();
      depth--;
      if (take() !== ')') throw new ExprError('syntax error');
      return v;
    }
    if (token === 'length' && peek() !== undefined) return String(primary().length);
    if (token === 'substr' && args.length - i >= 3) {
      const s = primary();
      const pos = Number(toInt(primary()));
      const len = Number(toInt(primary()));
      return pos < 1 || len < 1 ? '' : s.slice(pos - 1, pos - 1 + len);
    }
    if (token === 'index' && args.length - i >= 2) {
      const s = primary();
      const chars = primary();
      const at = [...s].findIndex((c) => chars.includes(c));
      return String(at + 1);
    }
    if (token === 'match' && args.length - i >= 2) return match(primary(), primary());
    if (token === '+' && peek() !== undefined) return take() ?? '';
    return token;
  };
  const colon = (): string => {
    let v = primary();
    while (peek() === ':') { take(); v = match(v, primary()); }
    return v;
  };
  const times = (): string => {
    let v = colon();
    for (let op = peek(); op === '*' || op === '/' || op === '%'; op = peek()) {
      take();
      const a = toInt(v);
      const b = toInt(colon());
      if (op !== '*' && b === 0n) throw new ExprError('division by zero');
      v = String(wrap(op === '*' ? a * b : op === '/' ? a / b : a % b));
    }
    return v;
  };
  const plus = (): string => {
    let v = times();
    for (let op = peek(); op === '+' || op === '-'; op = peek()) {
      take();
      const a = toInt(v);
      const b = toInt(times());
      v = String(wrap(op === '+' ? a + b : a - b));
    }
    return v;
  };
  const compare = (): string => {
    let v = plus();
    for (let op = peek(); op === '=' || op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>='; op = peek()) {
      take();
      const w = plus();
      const c = INT.test(v) && INT.test(w) ? Math.sign(Number(BigInt(v) - BigInt(w))) : v < w ? -1 : v > w ? 1 : 0;
      const holds = op === '=' || op === '==' ? c === 0 : op === '!=' ? c !== 0 : op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
      v = holds ? '1' : '0';
    }
    return v;
  };
  const and = (): string => {
    let v = compare();
    while (peek() === '&') {
      take();
      const w = compare();
      v = isNull(v) || isNull(w) ? '0' : v;
    }
    return v;
  };
  const or = (): string => {
    let v = and();
    while (peek() === '|') {
      take();
      const w = and();
      v = !isNull(v) ? v : !isNull(w) ? w : '0';
    }
    return v;
  };
  /** `STRING : REGEX`: the length of the longest match at the start (a basic expression). */
  const match = (s: string, pattern: string): string => {
    // A group's text would need the automaton to keep submatches, which it does not.
    if (pattern.includes('\\(')) throw unsupportedOption(call, `'${pattern}' (a \\( group)`);
    const parsed = parseRegex(pattern, 'bre');
    if (!parsed.ok) throw new ExprError(parsed.error);
    const end = runAutomaton(compilePattern(parsed.node), s, 'prefix', call.state.counter.pattern, true);
    return String(Math.max(0, end));
  };
  const value = or();
  if (i < args.length) throw new ExprError('syntax error');
  return value;
}

function expr(call: CommandCall): number {
  if (call.args.length === 0) return fail(call, 'expr: too few arguments', 2);
  let value: string;
  try {
    value = evaluateExpr(call, call.args);
  } catch (error) {
    if (error instanceof ExprError) return fail(call, `expr: ${error.message}`, 2);
    if (error instanceof PatternTooComplex) return patternTooComplex(call.state, call.io, 'expr', call.offset);
    throw error;
  }
  call.io.out.write(`${value}\n`);
  return isNull(value) ? 1 : 0;
}

/** The commands of this file, by name. */
export const sortExprCommands = { sort, uniq, expr };
