// Commands that read a stream or files line by line: tee, grep, head, tail, wc.
import { takeInput } from '../io';
import { ForeverSignal } from '../signals';
import { patternTooComplex, resolvePath } from '../state';
import { openOutput } from '../redirect';
import { PatternTooComplex } from '../pattern/nfa';
import { type GrepPatternError, parseGrep } from './grepMatch';
import { type CommandCall, type CommandImpl, fail, parseOptions } from './types';

/** The text of `arg` ('-' is stdin), or undefined after reporting a missing file. */
function input(call: CommandCall, arg: string, quiet = false): string | undefined {
  if (arg === '-') return takeInput(call.io);
  const text = call.state.host.fs.read(resolvePath(call.state, arg));
  if (text === undefined && !quiet) call.io.err.write(`${call.name}: ${arg}: No such file or directory\n`);
  return text;
}

function lines(text: string): string[] {
  const all = text.split('\n');
  if (all[all.length - 1] === '') all.pop();
  return all;
}

function tee(call: CommandCall): number {
  const { flags, operands } = parseOptions(call.args, '', { append: 'a' });
  let status = 0;
  const sinks = [call.io.out];
  for (const file of operands) {
    const sink = openOutput(call.state, file, flags.has('a'), call.io, call.offset);
    if (typeof sink === 'number') status = 1;
    else sinks.push(sink);
  }
  const text = takeInput(call.io);
  for (const sink of sinks) sink.write(text);
  return status;
}

function grep(call: CommandCall): number {
  try {
    return grepFiles(call);
  } catch (signal) {
    if (!(signal instanceof PatternTooComplex)) throw signal;
    return patternTooComplex(call.state, call.io, 'grep', call.offset);
  }
}

/** A pattern grep cannot use: an error (status 2), or a feature outside the subset (a warning, and the container runs on). */
export function grepPatternFailure(call: Pick<CommandCall, 'io' | 'offset'>, failure: GrepPatternError): number {
  if (failure.unsupported) throw new ForeverSignal({ message: `grep: ${failure.error}: the simulator stops interpreting here and the container keeps running`, offset: call.offset });
  call.io.err.write(`grep: ${failure.error}\n`);
  return 2;
}

function grepFiles(call: CommandCall): number {
  const options = parseGrep(call.args, call.state.counter.pattern);
  if (!options) return fail(call, 'grep: usage: grep [-qvicnFEwx] PATTERN [FILE]...', 2);
  if ('error' in options) return grepPatternFailure(call, options);
  const files = options.files.length === 0 ? ['-'] : options.files;
  let matched = false;
  let status = 0;
  for (const file of files) {
    const text = input(call, file, options.silent);
    if (text === undefined) {
      status = 2;
      continue;
    }
    let count = 0;
    lines(text).forEach((line, i) => {
      if (!options.match(line)) return;
      matched = true;
      count++;
      if (options.quiet || options.count) return;
      const prefix = (files.length > 1 ? `${file}:` : '') + (options.numbers ? `${i + 1}:` : '');
      call.io.out.write(`${prefix}${line}\n`);
    });
    if (options.count && !options.quiet) call.io.out.write(`${files.length > 1 ? `${file}:` : ''}${count}\n`);
  }
  return matched ? 0 : status || 1;
}

/** Reads -n N, -N and +N forms of head/tail. */
function lineCount(args: string[]): { count: number; fromStart: boolean; follow: boolean; files: string[] } {
  const rest = args.map((a) => (/^-\d+$/.test(a) ? `-n${a.slice(1)}` : a));
  const options = parseOptions(rest, 'nc', { lines: 'n', follow: 'f' });
  const n = options.values.get('n') ?? '10';
  return {
    count: Math.abs(parseInt(n, 10)) || 0,
    fromStart: n.startsWith('+'),
    follow: options.flags.has('f') || options.flags.has('F'),
    files: options.operands,
  };
}

function head(call: CommandCall): number {
  const { count, files } = lineCount(call.args);
  const text = input(call, files[0] ?? '-');
  if (text === undefined) return 1;
  for (const line of lines(text).slice(0, count)) call.io.out.write(`${line}\n`);
  return 0;
}

function tail(call: CommandCall): number {
  const { count, fromStart, follow, files } = lineCount(call.args);
  const text = input(call, files[0] ?? '-', follow);
  if (text === undefined && !follow) return 1;
  const all = lines(text ?? '');
  for (const line of fromStart ? all.slice(Math.max(0, count - 1)) : all.slice(Math.max(0, all.length - count))) {
    call.io.out.write(`${line}\n`);
  }
  /** `tail -f` waits for more output forever: the classic way to keep a container running. */
  if (follow) throw new ForeverSignal();
  return 0;
}

function wc(call: CommandCall): number {
  const { flags, operands } = parseOptions(call.args);
  const chosen = ['l', 'w', 'c'].filter((f) => flags.has(f) || (f === 'c' && flags.has('m')));
  const show = chosen.length > 0 ? chosen : ['l', 'w', 'c'];
  let status = 0;
  for (const file of operands.length === 0 ? ['-'] : operands) {
    const text = input(call, file);
    if (text === undefined) {
      status = 1;
      continue;
    }
    const counts: Record<string, number> = {
      l: (text.match(/\n/g) ?? []).length,
      w: text.split(/\s+/).filter(Boolean).length,
      c: text.length,
    };
    const numbers = show.map((f) => String(counts[f] ?? 0));
    const single = numbers.length === 1 && file === '-';
    call.io.out.write(`${single ? numbers[0] : numbers.map((n) => n.padStart(7)).join(' ')}${file === '-' ? '' : ` ${file}`}\n`);
  }
  return status;
}

/** Commands that read streams. */
export const streamCommands: Record<string, CommandImpl> = { tee, grep, head, tail, wc };
