// `test` and `[ ... ]`: POSIX's rules by argument count, then -a/-o for longer expressions.
import { resolvePath, type ShellState } from '../state';
import { type CommandCall, type CommandImpl, fail } from './types';

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
    case '-e': case '-r': case '-w': case '-x': return operand !== '' && fs.exists(path);
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

function binary(left: string, op: string, right: string): boolean {
  switch (op) {
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

function evaluate(state: ShellState, args: string[]): boolean {
  const [a = '', b = '', c = ''] = args;
  switch (args.length) {
    case 0: return false;
    case 1: return a !== '';
    case 2:
      if (a === '!') return b === '';
      if (UNARY.has(a)) return unary(state, a, b);
      throw new TestError(`sh: ${a}: unknown operand`);
    case 3:
      if (BINARY.has(b)) return binary(a, b, c);
      if (b === '-a') return a !== '' && c !== '';
      if (b === '-o') return a !== '' || c !== '';
      if (a === '!') return !evaluate(state, args.slice(1));
      if (a === '(' && c === ')') return b !== '';
      throw new TestError(`sh: ${b}: unknown operand`);
    case 4:
      if (a === '!') return !evaluate(state, args.slice(1));
      if (a === '(' && args[3] === ')') return evaluate(state, args.slice(1, 3));
  }
  const or = args.indexOf('-o', 1);
  if (or > 0) return evaluate(state, args.slice(0, or)) || evaluate(state, args.slice(or + 1));
  const and = args.indexOf('-a', 1);
  if (and > 0) return evaluate(state, args.slice(0, and)) && evaluate(state, args.slice(and + 1));
  if (a === '!') return !evaluate(state, args.slice(1));
  throw new TestError('sh: syntax error');
}

function runTest(call: CommandCall): number {
  let args = call.args;
  if (call.name === '[') {
    if (args[args.length - 1] !== ']') return fail(call, 'sh: missing ]', 2);
    args = args.slice(0, -1);
  }
  try {
    return evaluate(call.state, args) ? 0 : 1;
  } catch (error) {
    if (error instanceof TestError) return fail(call, error.message, 2);
    throw error;
  }
}

/** `test` and `[`. */
export const testCommands: Record<string, CommandImpl> = { test: runTest, '[': runTest };
