// `read`: one line of standard input into variables, split as busybox ash splits it (ash.c ›
// readcmd, shell/shell_common.c › shell_builtin_read). The input of a redirection or a pipeline
// stage is read a line at a time: the next `read`, or a `cat`, goes on where it stopped. Lines are
// found and split with native string and regular-expression scans, so a mebibyte line costs what
// reading it costs.
import type { Io } from '../io';
import { type CommandCall, fail } from './types';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const IFS_WHITESPACE = ' \t\n';

interface ReadOptions {
  raw: boolean;
  delimiter: string;
  count?: number;
  fd: number;
  names: string[];
  /** `-t 0`: only asks whether input is there (it always is, or its end is): status 0, nothing read. */
  poll?: boolean;
}

function parseReadOptions(call: CommandCall): ReadOptions | number {
  const options: ReadOptions = { raw: false, delimiter: '\n', fd: 0, names: [] };
  const args = call.args;
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') { i++; break; }
    if (!arg.startsWith('-') || arg === '-') break;
    for (let j = 1; j < arg.length; j++) {
      const flag = arg[j] ?? '';
      if (flag === 'r') options.raw = true;
      else if (flag === 's') continue;
      else if ('pntdu'.includes(flag)) {
        // The option's value is the rest of this word, or the next word.
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
        if (value === undefined) return fail(call, `sh: read: no arg for -${flag} option`, 2);
        if (flag === 'n' || flag === 'u') {
          // shell_common.c reads both with bb_strtou into an int: digits only, at most 2^31 - 1.
          if (!/^\d+$/.test(value) || Number(value) > 2_147_483_647) return fail(call, `sh: read: invalid ${flag === 'n' ? 'count' : 'file descriptor'}`, 2);
          // -n 0 sets no count, as in bash.
          if (flag === 'n') options.count = Number(value) === 0 ? undefined : Number(value);
          else options.fd = Number(value);
        } else if (flag === 't') {
          if (!/^\d+(\.\d*)?$/.test(value)) return fail(call, 'sh: read: invalid timeout', 2);
          options.poll = Number(value) === 0;
        } else if (flag === 'd') options.delimiter = value.slice(0, 1) || '\0';
        // -p PROMPT is written only to a terminal; -t TIMEOUT has nothing to wait for, the input is all there.
        break;
      } else return fail(call, `sh: read: illegal option -${flag}`, 2);
    }
  }
  options.names = args.slice(i);
  for (const name of options.names) if (!NAME.test(name)) return fail(call, `sh: read: '${name}': bad variable name`, 1);
  return options;
}

/** Whether the character at `at` follows an odd run of backslashes (is escaped by one). */
function escapedAt(text: string, at: number, from: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= from && text.charCodeAt(i) === 92; i--) n++;
  return n % 2 === 1;
}

/**
 * Takes the next line from where the input stands, its backslashes still in it (unless raw, a
 * backslash escapes the next character, the delimiter or a newline included); `ended` when the
 * input ran out before a delimiter.
 */
function takeLine(io: Io, options: ReadOptions): { line: string; ended: boolean } {
  const text = io.stdin;
  const consumed = io.consumed ?? { at: 0 };
  const from = consumed.at;
  if (options.count !== undefined) return takeCount(text, consumed, options);
  let end = text.indexOf(options.delimiter, from);
  while (!options.raw && end >= 0 && escapedAt(text, end, from)) end = text.indexOf(options.delimiter, end + 1);
  if (end < 0) {
    consumed.at = text.length;
    return { line: text.slice(from), ended: true };
  }
  consumed.at = end + 1;
  return { line: text.slice(from, end), ended: false };
}

/** `read -n COUNT`: up to COUNT characters, an escape and the character it escapes counting as one. */
function takeCount(text: string, consumed: { at: number }, options: ReadOptions): { line: string; ended: boolean } {
  let at = consumed.at;
  let taken = 0;
  while (at < text.length && taken < (options.count ?? 0)) {
    const c = text[at];
    if (c === options.delimiter) {
      const line = text.slice(consumed.at, at);
      consumed.at = at + 1;
      return { line, ended: false };
    }
    at += c === '\\' && !options.raw && at + 1 < text.length ? 2 : 1;
    taken++;
  }
  const line = text.slice(consumed.at, at);
  consumed.at = at;
  return { line, ended: taken < (options.count ?? 0) };
}

interface Scanners {
  blanks: RegExp;
  field: RegExp;
  delimiter: RegExp;
  blank: (code: number) => boolean;
}

const scanners = new Map<string, Scanners>();

/** The sticky scans for one IFS value: blanks, a field (escapes kept in it), and a field's delimiter. */
function scannersOf(ifs: string, raw: boolean): Scanners {
  const key = `${raw ? 'r' : 'e'}${ifs}`;
  let s = scanners.get(key);
  if (!s) {
    const cls = (chars: string) => chars.replace(/[\\\]^-]/g, '\\$&');
    const blankChars = [...ifs].filter((c) => IFS_WHITESPACE.includes(c)).join('');
    const otherChars = [...ifs].filter((c) => !IFS_WHITESPACE.includes(c)).join('');
    const blanks = blankChars === '' ? '' : `[${cls(blankChars)}]*`;
    const plain = raw ? `[^${cls(ifs)}]*` : `[^\\\\${cls(ifs)}]*(?:\\\\[\\s\\S][^\\\\${cls(ifs)}]*)*`;
    s = {
      blanks: new RegExp(blanks || '(?:)', 'y'),
      field: new RegExp(plain, 'y'),
      delimiter: new RegExp(`${blanks}${otherChars === '' ? '' : `(?:[${cls(otherChars)}]${blanks})?`}`, 'y'),
      blank: (code) => blankChars.includes(String.fromCharCode(code)),
    };
    if (scanners.size >= 64) scanners.clear();
    scanners.set(key, s);
  }
  return s;
}

/** Matches a sticky scan at `at` and returns where it ends. */
function scan(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.exec(text) === null ? at : re.lastIndex;
}

/**
 * Splits a line into one value per name, the last taking the rest of the line: IFS whitespace
 * around a field is dropped, each other IFS character ends one field; a single delimiter after a
 * last value that is one field is dropped too (`IFS=, read x y` of `a,b,` gives y `b`). Unless
 * raw, a backslash keeps the next character from splitting and is removed, a backslash-newline
 * removed whole.
 */
export function splitRead(line: string, count: number, ifs: string, raw: boolean): string[] {
  const value = (text: string) => (raw || !text.includes('\\') ? text : text.replace(/\\([\s\S])/g, (_m, c: string) => (c === '\n' ? '' : c)));
  if (ifs === '') return [value(line), ...Array.from({ length: count - 1 }, () => '')];
  const s = scannersOf(ifs, raw);
  let at = scan(s.blanks, line, 0);
  const values: string[] = [];
  for (let n = 0; n < count - 1; n++) {
    const end = scan(s.field, line, at);
    values.push(value(line.slice(at, end)));
    at = scan(s.delimiter, line, end);
  }
  const end = scan(s.field, line, at);
  if (end === line.length || scan(s.delimiter, line, end) === line.length) values.push(value(line.slice(at, end)));
  else {
    // More than one field is left: all of it, without the blanks at its end that no backslash escapes.
    let last = line.length;
    while (last > at && s.blank(line.charCodeAt(last - 1)) && (raw || !escapedAt(line, last - 1, at))) last--;
    values.push(value(line.slice(at, last)));
  }
  return values;
}

export function read(call: CommandCall): number {
  const options = parseReadOptions(call);
  if (typeof options === 'number') return options;
  if (options.poll) return 0;
  const { vars } = call.state;
  // Only standard input is open: every other descriptor reads nothing.
  const { line, ended } = options.fd === 0 ? takeLine(call.io, options) : { line: '', ended: true };
  if (options.names.length === 0) vars.set('REPLY', splitRead(line, 1, '', options.raw)[0] ?? '');
  else {
    const values = splitRead(line, options.names.length, vars.get('IFS') ?? IFS_WHITESPACE, options.raw);
    options.names.forEach((name, i) => vars.set(name, values[i] ?? ''));
  }
  return ended ? 1 : 0;
}
