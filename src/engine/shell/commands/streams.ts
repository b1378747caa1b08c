// Commands that read a stream or files line by line: tee, grep, head, tail, wc.
import { takeInput } from '../io';
import { ForeverSignal } from '../signals';
import { patternTooComplex, resolvePath, tick } from '../state';
import { openOutput } from '../redirect';
import { PatternTooComplex } from '../pattern/nfa';
import { type GrepPatternError, parseGrep } from './grepMatch';
import { type CommandCall, type CommandImpl, fail, lines, parseSupported, unsupportedOption } from './types';

/** The text of `arg` ('-' is stdin), or undefined after reporting a missing file. */
function input(call: CommandCall, arg: string, quiet = false): string | undefined {
  if (arg === '-') return takeInput(call.io);
  const text = call.state.host.fs.read(resolvePath(call.state, arg));
  if (text === undefined && !quiet) call.io.err.write(`${call.name}: ${arg}: No such file or directory\n`);
  return text;
}

/** tee [-a] [-i]: -i (ignore SIGINT) changes nothing here, no signal comes from a terminal. */
function tee(call: CommandCall): number {
  const { flags, operands } = parseSupported(call, 'ai', '', { append: 'a' });
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

/** The files grep reads for one operand: under -r a directory's files, depth first in name order. */
function grepTargets(call: CommandCall, file: string, recursive: boolean): string[] {
  const fs = call.state.host.fs;
  if (!recursive || file === '-' || !fs.isDir(resolvePath(call.state, file))) return [file];
  const found: string[] = [];
  const walk = (dir: string): void => {
    tick(call.state, call.offset);
    for (const name of fs.list(resolvePath(call.state, dir))) {
      const path = `${dir.endsWith('/') ? dir : `${dir}/`}${name}`;
      if (fs.isDir(resolvePath(call.state, path))) walk(path);
      else found.push(path);
    }
  };
  walk(file);
  return found;
}

/**
 * grep over its files as busybox's grep_file: names before lines when there are several files
 * (or -H, or a directory under -r), -l/-L/-c/-q instead of lines, -o the matches only, -m a limit
 * per file. The status is 0 when a line was selected, 1 when none, 2 after a file could not be
 * read (even with a match; -q ends at its first match with 0).
 */
function grepFiles(call: CommandCall): number {
  const options = parseGrep(call.args, call.state.counter.pattern, (name) => (name === '-' ? takeInput(call.io) : call.state.host.fs.read(resolvePath(call.state, name))));
  if (!options) return fail(call, 'grep: usage: grep [-qvicnFEwxslLHhor] [-m N] [-e PATTERN]... [-f FILE] [PATTERN] [FILE]...', 2);
  if ('option' in options) throw unsupportedOption(call, options.option);
  if ('error' in options) return grepPatternFailure(call, options);
  const operands = options.files.length === 0 ? ['-'] : options.files;
  const directories = options.recursive && operands.some((f) => f !== '-' && call.state.host.fs.isDir(resolvePath(call.state, f)));
  const named = options.names ?? (operands.length > 1 || directories);
  let selected = false;
  let listed = false;
  let errors = false;
  for (const file of operands.flatMap((f) => grepTargets(call, f, options.recursive))) {
    const fs = call.state.host.fs;
    // Reading a directory fails quietly: busybox opens it, then reads nothing.
    const text = file !== '-' && fs.isDir(resolvePath(call.state, file)) ? '' : input(call, file, options.silent);
    if (text === undefined) {
      errors = true;
      continue;
    }
    const name = file === '-' ? '(standard input)' : file;
    const prefix = named ? `${name}:` : '';
    let count = 0;
    // busybox 1.35 with -m 0 looks at the first line only: a match there counts (for -c, -l, -q
    // and the status) but is not printed.
    const firstOnly = options.max === 0;
    for (const [i, line] of lines(text).entries()) {
      if (options.max !== undefined && count >= options.max && !firstOnly) break;
      if (!options.match(line)) {
        if (firstOnly) break;
        continue;
      }
      count++;
      selected = true;
      if (options.quiet) return 0;
      if (options.list || firstOnly) break;
      if (options.count) continue;
      const lead = prefix + (options.numbers ? `${i + 1}:` : '');
      if (!options.only) call.io.out.write(`${lead}${line}\n`);
      else if (options.invert) call.io.out.write(lead);
      else for (const part of options.parts(line)) call.io.out.write(`${lead}${part}\n`);
    }
    if (options.count && !options.list) call.io.out.write(`${prefix}${count}\n`);
    if ((options.list === 'l' && count > 0) || (options.list === 'L' && count === 0)) {
      call.io.out.write(`${name}\n`);
      listed = true;
    }
  }
  if (errors) return 2;
  if (options.list === 'L') return listed ? 0 : 1;
  return selected ? 0 : 1;
}

/** busybox's size suffixes for head and tail counts (b 512, k 1024, m 1024²). */
const COUNT_SUFFIX: Record<string, number> = { '': 1, b: 512, k: 1024, m: 1024 * 1024 };

/** A head/tail count: its sign (`-N`, `+N` or none) and size; undefined when busybox calls it an invalid number. */
function parseCount(text: string): { sign: string; n: number } | undefined {
  const match = /^([-+]?)(\d+)([bkm]?)$/.exec(text);
  if (!match) return undefined;
  return { sign: match[1] ?? '', n: Number(match[2]) * (COUNT_SUFFIX[match[3] ?? ''] ?? 1) };
}

/** What head or tail prints: lines or bytes, the count as written, headers, and the files. */
interface Slice {
  bytes: boolean;
  count: string;
  headers: boolean | undefined;
  follow: boolean;
  files: string[];
}

/**
 * Reads head's and tail's options: `-n N`, `-c N` (bytes from the first -c on, the last count
 * wins, as in busybox), `-q`/`-v`, tail's `-f`/`-F`/`-s`, and the legacy first argument `-N`
 * (and tail's `+N`).
 */
function parseSlice(call: CommandCall): Slice {
  const args = [...call.args];
  const first = args[0] ?? '';
  if (/^-\d/.test(first) || (call.name === 'tail' && /^\+\d/.test(first))) args[0] = `-n${first.replace(/^-/, '')}`;
  const supported = call.name === 'tail' ? 'qvfF' : 'qv';
  const { flags, values, given, operands } = parseSupported({ ...call, args }, supported, call.name === 'tail' ? 'ncs' : 'nc');
  // The last -n or -c given sets the count; which one it was does not matter once -c is seen.
  const counts = given.filter(([name]) => name === 'n' || name === 'c');
  return {
    bytes: values.has('c'),
    count: counts[counts.length - 1]?.[1] ?? '10',
    headers: flags.has('q') ? false : flags.has('v') ? true : undefined,
    follow: flags.has('f') || flags.has('F'),
    files: operands,
  };
}

/** The header busybox writes before each file's part when there are several (or -v). */
function header(call: CommandCall, name: string, index: number): void {
  call.io.out.write(`${index > 0 ? '\n' : ''}==> ${name} <==\n`);
}

/** Splits text into lines that keep their newline, so a last line without one stays without. */
function rawLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** head: the first N lines or bytes, or all but the last N (`-n -N`, `-c -N`). */
function head(call: CommandCall): number {
  const slice = parseSlice(call);
  const count = parseCount(slice.count);
  if (!count || count.sign === '+') return fail(call, `head: invalid number '${slice.count}'`);
  const files = slice.files.length === 0 ? ['-'] : slice.files;
  const headers = slice.headers ?? files.length > 1;
  let status = 0;
  files.forEach((file, i) => {
    const text = input(call, file);
    if (text === undefined) {
      status = 1;
      return;
    }
    if (headers) header(call, file === '-' ? 'standard input' : file, i);
    const allBut = count.sign === '-';
    if (slice.bytes) call.io.out.write(allBut ? text.slice(0, Math.max(0, text.length - count.n)) : text.slice(0, count.n));
    else {
      const all = rawLines(text);
      call.io.out.write((allBut ? all.slice(0, Math.max(0, all.length - count.n)) : all.slice(0, count.n)).join(''));
    }
  });
  return status;
}

/** tail: the last N lines or bytes, or from the Nth on (`+N`); `-f` then waits for more forever. */
function tail(call: CommandCall): number {
  const slice = parseSlice(call);
  const count = parseCount(slice.count);
  if (!count) return fail(call, `tail: invalid number '${slice.count}'`);
  const texts: { name: string; text: string }[] = [];
  for (const file of slice.files.length === 0 ? ['-'] : slice.files) {
    const text = file === '-' ? takeInput(call.io) : call.state.host.fs.read(resolvePath(call.state, file));
    // `tail -f` of a file that is not there yet waits for it quietly.
    if (text === undefined && !slice.follow) call.io.err.write(`tail: can't open '${file}': No such file or directory\n`);
    if (text !== undefined) texts.push({ name: slice.files.length === 0 ? 'standard input' : file, text });
  }
  const headers = slice.headers ?? texts.length > 1;
  texts.forEach(({ name, text }, i) => {
    if (headers) header(call, name, i);
    const fromStart = count.sign === '+';
    if (slice.bytes) call.io.out.write(fromStart ? text.slice(Math.max(0, count.n - 1)) : count.n === 0 ? '' : text.slice(-count.n));
    else {
      const all = rawLines(text);
      call.io.out.write((fromStart ? all.slice(Math.max(0, count.n - 1)) : count.n === 0 ? [] : all.slice(-count.n)).join(''));
    }
  });
  /** `tail -f` waits for more output forever: the classic way to keep a container running. */
  if (slice.follow) throw new ForeverSignal();
  if (texts.length === 0) return fail(call, 'tail: no files');
  return texts.length < Math.max(1, slice.files.length) ? 1 : 0;
}

/**
 * wc: busybox prints a count alone when it is the only one asked for and there is at most one
 * file; otherwise each count takes 9 columns, one space between. A file named on the command line
 * (`-` too) follows its counts, and several files end with a `total` line.
 */
function wc(call: CommandCall): number {
  const { flags, operands } = parseSupported(call, 'lwcmL');
  const chosen = ['l', 'w', 'm', 'c', 'L'].filter((f) => flags.has(f));
  const show = chosen.length > 0 ? chosen : ['l', 'w', 'c'];
  const bare = show.length === 1 && operands.length <= 1;
  const totals: Record<string, number> = { l: 0, w: 0, m: 0, c: 0, L: 0 };
  const print = (counts: Record<string, number>, name: string | undefined): void => {
    const numbers = show.map((f, i) => (bare ? String(counts[f] ?? 0) : `${i > 0 ? ' ' : ''}${String(counts[f] ?? 0).padStart(9)}`));
    call.io.out.write(`${numbers.join('')}${name === undefined ? '' : ` ${name}`}\n`);
  };
  let status = 0;
  for (const file of operands.length === 0 ? ['-'] : operands) {
    const text = input(call, file);
    if (text === undefined) {
      status = 1;
      continue;
    }
    // Only the counts asked for: a mebibyte file read at every step of a loop costs what wc -c costs.
    const counts: Record<string, number> = {};
    // The container has no LANG, so busybox runs in the C locale: -m counts bytes, as -c does.
    for (const f of show) counts[f] = f === 'l' ? countNewlines(text) : f === 'w' ? text.split(/\s+/).filter(Boolean).length : f === 'c' || f === 'm' ? utf8Length(text) : longestLine(text);
    for (const f of ['l', 'w', 'm', 'c']) totals[f] = (totals[f] ?? 0) + (counts[f] ?? 0);
    totals.L = Math.max(totals.L ?? 0, counts.L ?? 0);
    print(counts, operands.length === 0 ? undefined : file);
  }
  if (operands.length > 1) print(totals, 'total');
  return status;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
}

const nonAscii = /[\u0080-\uffff]/;

/** The bytes of a text in UTF-8 (a lone surrogate as the 3 bytes of U+FFFD). */
export function utf8Length(text: string): number {
  // The regular expression engine finds the first non-ASCII character several times faster than a
  // loop over the characters, so a mebibyte of ASCII read at every step of a loop costs little.
  const first = text.search(nonAscii);
  if (first < 0) return text.length;
  let bytes = text.length;
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * wc -L: the widest line in the C locale: a printable ASCII character is one column, a tab reaches
 * the next multiple of 8, everything else (other control characters, every byte of UTF-8) none.
 */
function longestLine(text: string): number {
  let longest = 0;
  for (const line of text.split(/[\n\r\f]/)) {
    let width = 0;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code === 9) width += 8 - (width % 8);
      else if (code >= 0x20 && code < 0x7f) width++;
    }
    longest = Math.max(longest, width);
  }
  return longest;
}

/** Commands that read streams. */
export const streamCommands: Record<string, CommandImpl> = { tee, grep, head, tail, wc };
