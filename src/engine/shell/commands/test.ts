// `test` and `[ ... ]`: POSIX's rules by argument count, then -a/-o for longer expressions.
import { resolvePath, type ShellState } from '../state';
import { type CommandCall, type CommandImpl, fail, unsupportedOption } from './types';

class TestError {
  constructor(readonly message: string) {}
}

const UNARY = new Set(['-e', '-f', '-d', '-s', '-r', '-w', '-x', '-z', '-n', '-L', '-h', '-b', '-c', '-p', '-S', '-t', '-g', '-u', '-k', '-O', '-G']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

function unary(state: ShellState, op: string, operand: string): boolean {
  const fs = state.host.fs;
  const path = resolvePath(state, operand);
  switch (op) {
    case '-z': return operand === '';
    case '-n': return operand !== '';
    // Everything belongs to root, the only user: -O and -G hold for any file that is there.
    case '-e': case '-r': case '-w': case '-x': case '-O': case '-G': return operand !== '' && fs.exists(path);
    case '-f': return operand !== '' && fs.exists(path) && !fs.isDir(path);
    case '-d': return operand !== '' && fs.isDir(path);
    case '-s': return operand !== '' && (fs.isDir(path) || (fs.read(path)?.length ?? 0) > 0);
    default: return false;
  }
}

function integer(text: string): number {
  const trimmed = text.trim();
  if (!/^[-+]?\d+$/.test(trimmed)) throw new TestError(`sh: ${text}: bad number`);
  return Number(trimmed);
}

class TestUnsupported {
  constructor(readonly operator: string) {}
}

function binary(state: ShellState, left: string, op: string, right: string): boolean {
  switch (op) {
    // File times are not modelled, so which file is newer is not known.
    case '-nt': case '-ot': throw new TestUnsupported(op);
    case '-ef': {
      const a = resolvePath(state, left);
      return state.host.fs.exists(a) && a === resolvePath(state, right);
    }
    case '=': case '==': return left === right;
    case '!=': return left !== right;
    case '<': return left < right;
    case '>': return left > right;
    case '-eq': return integer(left) === integer(right);
    case '-ne': return integer(left) !== integer(right);
    case '-lt': return integer(left) < integer(right);
    case '-le': return integer(left) <= integer(right);
    case '-gt': return integer(left) > integer(right);
    case '-ge': return integer(left) >= integer(right);
    default: return false;
  }
}

/** The first `word` in args[from, to), or -1. */
function find(args: string[], word: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (args[i] === word) return i;
  return -1;
}

/**
 * POSIX test on args[from, to), by the number of arguments, then `-o`, then `-a`, then `!`. A `!`,
 * a `( … )` or the right side of `-o` and `-a` narrows the range in place, and where the next `-o`
 * and `-a` stand is looked up once per range, so long chains take linear time and no copies.
 */
function evaluate(state: ShellState, args: string[], from: number, to: number): boolean {
  let negate = false;
  // Where the first -o and -a after `from` stand: -2 not looked up yet, -1 none.
  let or = -2;
  let and = -2;
  for (;;) {
    const a = args[from] ?? '';
    const b = args[from + 1] ?? '';
    const c = args[from + 2] ?? '';
    let result: boolean | undefined;
    switch (to - from) {
      case 0: result = false; break;
      case 1: result = a !== ''; break;
      case 2:
        if (a === '!') result = b === '';
        else if (UNARY.has(a)) result = unary(state, a, b);
        else throw new TestError(`sh: ${a}: unknown operand`);
        break;
      case 3:
        if (BINARY.has(b)) result = binary(state, a, b, c);
        else if (b === '-a') result = a !== '' && c !== '';
        else if (b === '-o') result = a !== '' || c !== '';
        else if (a === '!') { negate = !negate; from++; continue; }
        else if (a === '(' && c === ')') result = b !== '';
        else throw new TestError(`sh: ${b}: unknown operand`);
        break;
      case 4:
        if (a === '!') { negate = !negate; from++; continue; }
        if (a === '(' && args[from + 3] === ')') { from++; to--; or = -2; and = -2; continue; }
    }
    if (result === undefined) {
      if (or === -2 || (or >= 0 && or < from + 1)) or = find(args, '-o', from + 1, to);
      // `L -o R`: true when L is, else R; `L -a R`: false unless L is, else R. R is read in place
      // in the next round, so a chain of any length nests no calls.
      if (or > 0) {
        if (evaluate(state, args, from, or)) result = true;
        else { from = or + 1; or = -2; and = -2; continue; }
      } else {
        if (and === -2 || (and >= 0 && and < from + 1)) and = find(args, '-a', from + 1, to);
        if (and > 0) {
          if (!evaluate(state, args, from, and)) result = false;
          else { from = and + 1; and = -2; continue; }
        } else if (a === '!') { negate = !negate; from++; continue; }
        else throw new TestError('sh: syntax error');
      }
    }
    return negate ? !result : result;
  }
}

function runTest(call: CommandCall): number {
  let args = call.args;
  if (call.name === '[') {
    if (args[args.length - 1] !== ']') return fail(call, 'sh: missing ]', 2);
    args = args.slice(0, -1);
  }
  try {
    return evaluate(call.state, args, 0, args.length) ? 0 : 1;
  } catch (error) {
    if (error instanceof TestError) return fail(call, error.message, 2);
    if (error instanceof TestUnsupported) throw unsupportedOption(call, error.operator);
    throw error;
  }
}

/** `test` and `[`. */
export const testCommands: Record<string, CommandImpl> = { test: runTest, '[': runTest };
