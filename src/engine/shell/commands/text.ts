// Commands that print: echo, printf, seq, env-like queries, date, uname and friends.
import { DEFAULT_DATE_FORMAT, formatDate, SIMULATED_EPOCH_MS } from '../dateFormat';
import { MAX_TEXT, tooLarge } from '../io';
import { parseDate } from '../dateParse';
import { ForeverSignal } from '../signals';
import { tick } from '../state';
import { type CommandCall, type CommandImpl, fail, parseSupported, unsupportedOption } from './types';

/** Interprets echo -e / printf escapes (octal `\0NNN`, `\NNN`, hex `\xHH`); `stop` is set by \c, which ends all output. */
export function unescape(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    // Plain runs are copied whole: a padded 100 KB printf must not build its text one character at a time.
    const next = text.indexOf('\\', i);
    if (next < 0 || next + 1 >= text.length) return { text: out + text.slice(i), stop: false };
    out += text.slice(i, next);
    i = next;
    const n = text[++i] ?? '';
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', e: '\x1b', '\\': '\\' };
    if (n in simple) out += simple[n];
    else if (n === 'c') return { text: out, stop: true };
    else if (n === 'x' && /^[0-9a-fA-F]/.test(text[i + 1] ?? '')) {
      const digits = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 1))?.[0] ?? '';
      out += String.fromCharCode(parseInt(digits, 16));
      i += digits.length;
    }
    else if (n === '0' || /[1-7]/.test(n)) {
      const digits = /^[0-7]{0,3}/.exec(text.slice(n === '0' ? i + 1 : i))?.[0] ?? '';
      out += String.fromCharCode(parseInt(digits || '0', 8) & 255);
      i += n === '0' ? digits.length : digits.length - 1;
    } else out += `\\${n}`;
  }
  return { text: out, stop: false };
}

function echo(call: CommandCall): number {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < call.args.length && /^-[neE]+$/.test(call.args[i] ?? ''); i++) {
    const flags = call.args[i] ?? '';
    if (flags.includes('n')) newline = false;
    if (flags.includes('e')) escapes = true;
    if (flags.includes('E')) escapes = false;
  }
  const text = call.args.slice(i).join(' ');
  if (!escapes) {
    call.io.out.write(text + (newline ? '\n' : ''));
    return 0;
  }
  const result = unescape(text);
  call.io.out.write(result.text + (newline && !result.stop ? '\n' : ''));
  return 0;
}

/** `%.Nf`: toFixed takes at most 100 digits; more are zeros at double precision anyway. */
function fixed(n: number, digits: number, offset: number): string {
  if (digits > MAX_TEXT) throw tooLarge(offset);
  if (digits <= 100) return n.toFixed(digits);
  const text = n.toFixed(100);
  return text.includes('.') ? text + '0'.repeat(digits - 100) : text;
}

/**
 * The format with the size modifiers busybox drops (`%ld` is `%d`); a `*` width or precision and
 * the floating conversions other than %f (%e %g %a) are outside the subset and run forever.
 */
function printfFormat(call: CommandCall, format: string): string {
  for (const match of format.matchAll(/%%|%[-+ 0#]*([*\d]*)(?:\.([*\d]*))?[hlLqjzt]*([a-zA-Z]?)/g)) {
    const [text, width = '', precision = '', conv = ''] = match;
    if (text === '%%') continue;
    if (width.includes('*') || precision.includes('*')) throw unsupportedOption(call, `'${text}' (a * width or precision)`);
    if ('eEgGaA'.includes(conv) && conv !== '') throw unsupportedOption(call, `'${text}'`);
  }
  return format.replace(/(%[-+ 0#]*\d*(?:\.\d*)?)[hlLqjzt]+(?=[a-zA-Z])/g, '$1');
}

function printf(call: CommandCall): number {
  const [raw, ...args] = call.args;
  if (raw === undefined) return fail(call, 'printf: usage: printf FORMAT [ARGUMENT...]');
  const format = printfFormat(call, raw);
  let status = 0;
  // The format is applied again until every argument is used: an index, not a slice per round (50 000 arguments).
  let next = 0;
  const rest = { at: (i: number) => args[next + i] };
  do {
    let used = 0;
    let stop = false;
    const text = format.replace(/%([-+ 0#]*)(\d*)(?:\.(\d+))?([sdiuxXocfb%])/g, (_, flags: string, width: string, precision: string | undefined, conv: string) => {
      if (conv === '%') return '%';
      const arg = rest.at(used++) ?? '';
      let value: string;
      if ('diuxXoc'.includes(conv) && conv !== 'c') {
        const n = arg === '' ? 0 : /^[-+]?\d+$/.test(arg) ? Number(arg) : /^'./.test(arg) ? arg.charCodeAt(1) : NaN;
        if (Number.isNaN(n)) {
          call.io.err.write(`printf: invalid number '${arg}'\n`);
          status = 1;
        }
        const int = Number.isNaN(n) ? 0 : Math.trunc(n);
        value = conv === 'x' ? int.toString(16) : conv === 'X' ? int.toString(16).toUpperCase() : conv === 'o' ? int.toString(8) : String(int);
      } else if (conv === 'f') {
        value = fixed(Number(arg) || 0, precision === undefined ? 6 : Number(precision), call.offset);
      } else if (conv === 'c') {
        value = arg.slice(0, 1);
      } else if (conv === 'b') {
        const result = unescape(arg);
        stop ||= result.stop;
        value = result.text;
      } else {
        value = precision === undefined ? arg : arg.slice(0, Number(precision));
      }
      const size = Number(width || '0');
      if (size > MAX_TEXT) throw tooLarge(call.offset);
      if (flags.includes('-')) return value.padEnd(size);
      return value.padStart(size, flags.includes('0') && conv !== 's' ? '0' : ' ');
    });
    const result = unescape(text);
    call.io.out.write(result.text);
    if (result.stop || stop) break;
    next = used === 0 ? args.length : next + used;
  } while (next < args.length);
  return status;
}

/** seq's options: POSIX style, before the first operand (`seq 5 -1 1` counts down; `seq -1 1` is an option). */
function seqOptions(call: CommandCall): { separator: string; equal: boolean; operands: string[] } {
  let separator = '\n';
  let equal = false;
  let i = 0;
  for (; i < call.args.length; i++) {
    const arg = call.args[i] ?? '';
    if (arg === '--') { i++; break; }
    if (!arg.startsWith('-') || arg === '-') break;
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j] ?? '';
      if (c === 'w') equal = true;
      else if (c === 's') {
        separator = j + 1 < arg.length ? arg.slice(j + 1) : call.args[++i] ?? '';
        break;
      } else throw unsupportedOption(call, `-${c}`);
    }
  }
  return { separator, equal, operands: call.args.slice(i) };
}

/** What printing one number of seq counts against the run's data bound, in characters read (it takes some 130 ns). */
const SEQ_NUMBER_WORK = 128;

/**
 * busybox seq [-w] [-s SEP] [FIRST [INC]] LAST: as many decimals as FIRST or INC has, and under -w
 * zeros up to the widest integer part of the operands (plus those decimals).
 */
function seq(call: CommandCall): number {
  const { separator, equal, operands } = seqOptions(call);
  const numbers = operands.map((a) => (a.trim() === '' ? NaN : Number(a)));
  if (numbers.length === 0 || numbers.length > 3 || numbers.some((n) => !Number.isFinite(n))) return fail(call, 'seq: usage: seq [-w] [-s SEP] [FIRST [INC]] LAST');
  const [first, step, last] = numbers.length === 1 ? [1, 1, numbers[0] ?? 1] : numbers.length === 2 ? [numbers[0] ?? 1, 1, numbers[1] ?? 1] : numbers as [number, number, number];
  const decimals = Math.max(0, ...operands.slice(0, -1).map((a) => (a.includes('.') ? a.length - a.indexOf('.') - 1 : 0)));
  const integerWidth = Math.max(0, ...operands.map((a) => (a.includes('.') ? a.indexOf('.') : a.length)));
  const width = equal ? integerWidth + (decimals > 0 ? decimals + 1 : 0) : 0;
  const format = (n: number): string => {
    const text = n.toFixed(decimals);
    const sign = text.startsWith('-') ? '-' : '';
    return sign + text.slice(sign.length).padStart(width - sign.length, '0');
  };
  if (step === 0 && first <= last) {
    throw new ForeverSignal({ message: 'seq with an increment of 0 prints the same number without end: the container runs forever from here', offset: call.offset });
  }
  let n = 0;
  const charge = call.state.host.dataWork;
  for (let v = first; step >= 0 ? v <= last : v >= last; v = first + ++n * step) {
    // Millions of numbers are a second of work: each counts against the run's data bound, and a
    // thousand of them are one step.
    if ((n + 1) % 1000 === 0) tick(call.state, call.offset);
    charge?.(SEQ_NUMBER_WORK);
    call.io.out.write(`${n > 0 ? separator : ''}${format(v)}`);
  }
  if (n > 0) call.io.out.write('\n');
  return 0;
}

/** `date -I[SPEC]`'s formats (the simulated clock is UTC). */
const ISO_FORMATS: Record<string, string> = {
  '': '%Y-%m-%d', date: '%Y-%m-%d', hours: '%Y-%m-%dT%H+00:00', minutes: '%Y-%m-%dT%H:%M+00:00', seconds: '%Y-%m-%dT%H:%M:%S+00:00',
};

/** date [-u] [-R] [-I[SPEC]] [-d STRING] [+FORMAT]: the simulated clock, in UTC (so -u changes nothing). */
function date(call: CommandCall): number {
  let iso: string | undefined;
  const args = call.args.filter((a) => {
    const spec = /^-I(.*)$/.exec(a)?.[1];
    if (spec === undefined) return true;
    if (!(spec in ISO_FORMATS)) throw unsupportedOption(call, a);
    iso = spec;
    return false;
  });
  const { flags, values, operands } = parseSupported({ ...call, args }, 'uR', 'd', { utc: 'u', date: 'd', 'rfc-2822': 'R' });
  const [operand, ...more] = operands;
  if (more.length > 0 || (operand !== undefined && !operand.startsWith('+'))) throw unsupportedOption(call, `'${operand ?? ''}' (setting the date)`);
  let ms = SIMULATED_EPOCH_MS + call.state.host.now();
  const when = values.get('d');
  if (when !== undefined) {
    const parsed = parseDate(when, ms);
    if (parsed === 'unsupported') throw unsupportedOption(call, `-d '${when}'`);
    if (parsed === 'invalid') return fail(call, `date: invalid date '${when}'`, 1);
    ms = parsed;
  }
  const format = operand?.slice(1) ?? (flags.has('R') ? '%a, %d %b %Y %H:%M:%S +0000' : iso !== undefined ? ISO_FORMATS[iso] : undefined) ?? DEFAULT_DATE_FORMAT;
  call.io.out.write(`${formatDate(ms, format)}\n`);
  return 0;
}

/** uname: busybox prints the chosen fields in its own order, whatever the order of the options. */
function uname(call: CommandCall): number {
  const { flags } = parseSupported(call, 'asnrvmpio');
  const parts: Record<string, string> = { s: 'Linux', n: call.state.host.hostname, r: '6.8.0', v: '#1 SMP', m: 'x86_64', p: 'unknown', i: 'unknown', o: 'GNU/Linux' };
  const chosen = [...'snrvmpio'].filter((c) => flags.has(c) || (flags.has('a') && c !== 'p' && c !== 'i'));
  call.io.out.write(`${(chosen.length > 0 ? chosen : ['s']).map((c) => parts[c]).join(' ')}\n`);
  return 0;
}

/** The simulated user: root, in groups root and wheel as in the busybox image. */
const GROUPS: [number, string][] = [[0, 'root'], [10, 'wheel']];

/** id [-u|-g|-G] [-n] [-r] [root]: only root is known (another user runs forever). */
function id(call: CommandCall): number {
  const { flags, operands } = parseSupported(call, 'ugGnr');
  if (operands.length > 1 || (operands[0] !== undefined && operands[0] !== 'root')) throw unsupportedOption(call, `'${operands.join(' ')}' (a user other than root)`);
  const chosen = ['u', 'g', 'G'].filter((f) => flags.has(f));
  if (chosen.length > 1 || (flags.has('n') && chosen.length === 0)) return fail(call, 'id: usage: id [-ugGnr] [USER]');
  const names = flags.has('n');
  if (chosen[0] === 'u' || chosen[0] === 'g') call.io.out.write(`${names ? 'root' : '0'}\n`);
  else if (chosen[0] === 'G') call.io.out.write(`${GROUPS.map(([n, name]) => (names ? name : String(n))).join(' ')}\n`);
  else call.io.out.write(`uid=0(root) gid=0(root) groups=${GROUPS.map(([n, name]) => `${n}(${name})`).join(',')}\n`);
  return 0;
}

/** A command that takes no options or operands: one given would be outside the subset. */
function bare(text: (call: CommandCall) => string): CommandImpl {
  return (call) => {
    const { operands } = parseSupported(call, '');
    if (operands.length > 0) throw unsupportedOption(call, `'${operands[0] ?? ''}'`);
    call.io.out.write(`${text(call)}\n`);
    return 0;
  };
}

/** hostname [-s]: setting the name, and -i/-f/-d (addresses and domains), are outside the subset. */
function hostname(call: CommandCall): number {
  const { flags, operands } = parseSupported(call, 's');
  if (operands.length > 0) throw unsupportedOption(call, `'${operands[0] ?? ''}' (setting the host name)`);
  const name = call.state.host.hostname;
  call.io.out.write(`${flags.has('s') ? name.split('.')[0] ?? name : name}\n`);
  return 0;
}

/** The operands of basename and dirname, which take no options (a `--` first is skipped). */
function operandsAfterDashes(call: CommandCall): string[] {
  if (call.args[0] === '--') return call.args.slice(1);
  const first = call.args[0];
  if (first !== undefined && first.startsWith('-') && first !== '-') throw unsupportedOption(call, first);
  return call.args;
}

/** basename FILE [SUFFIX] as busybox 1.28 has it (its later -a and -s run forever). */
function basename(call: CommandCall): number {
  const args = operandsAfterDashes(call);
  if (args.length === 0 || args.length > 2) return fail(call, 'basename: usage: basename FILE [SUFFIX]');
  const [path = '', suffix] = args;
  const base = path.replace(/\/+$/, '').split('/').pop() ?? '';
  if (base === '') {
    call.io.out.write(`${path === '' ? '' : '/'}\n`);
    return 0;
  }
  call.io.out.write(`${suffix && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base}\n`);
  return 0;
}

/** dirname FILE as the C library's dirname(3): `/` for `/`, and `//` kept as POSIX allows. */
function dirname(call: CommandCall): number {
  const args = operandsAfterDashes(call);
  if (args.length !== 1) return fail(call, 'dirname: usage: dirname FILENAME');
  const path = args[0] ?? '';
  let result: string;
  if (/^\/+$/.test(path)) result = path === '//' ? '//' : '/';
  else {
    const trimmed = path.replace(/\/+$/, '');
    const cut = trimmed.lastIndexOf('/');
    if (cut < 0) result = '.';
    else {
      const parent = trimmed.slice(0, cut).replace(/\/+$/, '');
      result = parent === '' ? (trimmed.startsWith('//') && !trimmed.startsWith('///') && cut === 1 ? '//' : '/') : parent;
    }
  }
  call.io.out.write(`${result}\n`);
  return 0;
}

/** Commands that print text. */
export const textCommands: Record<string, CommandImpl> = {
  echo,
  printf,
  seq,
  date,
  uname,
  hostname,
  id,
  whoami: bare(() => 'root'),
  basename,
  dirname,
  printenv: (call) => {
    const { operands } = parseSupported(call, '');
    const { vars, exported } = call.state;
    if (operands.length === 0) {
      for (const name of exported) if (vars.has(name)) call.io.out.write(`${name}=${vars.get(name) ?? ''}\n`);
      return 0;
    }
    let status = 0;
    for (const name of operands) {
      const value = vars.get(name);
      if (value === undefined) status = 1;
      else call.io.out.write(`${value}\n`);
    }
    return status;
  },
};
