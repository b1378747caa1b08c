// Commands that print: echo, printf, seq, env-like queries, date, uname and friends.
import { DEFAULT_DATE_FORMAT, formatDate, SIMULATED_EPOCH_MS } from '../dateFormat';
import { MAX_TEXT, tooLarge } from '../io';
import { tick } from '../state';
import { type CommandCall, type CommandImpl, fail } from './types';

/** Interprets echo -e / printf escapes; `stop` is set by \c, which ends all output. */
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

function printf(call: CommandCall): number {
  const [format, ...args] = call.args;
  if (format === undefined) return fail(call, 'printf: usage: printf FORMAT [ARGUMENT...]');
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

function seq(call: CommandCall): number {
  const numbers = call.args.filter((a) => !/^-[a-z]/.test(a)).map(Number);
  if (numbers.length === 0 || numbers.length > 3 || numbers.some((n) => !Number.isFinite(n))) return fail(call, 'seq: invalid argument');
  const [first, step, last] = numbers.length === 1 ? [1, 1, numbers[0] ?? 1] : numbers.length === 2 ? [numbers[0] ?? 1, 1, numbers[1] ?? 1] : numbers as [number, number, number];
  if (step === 0) return fail(call, 'seq: invalid increment');
  let lines = 0;
  for (let n = first; step > 0 ? n <= last : n >= last; n += step) {
    if (++lines % 10 === 0) tick(call.state, call.offset);
    call.io.out.write(`${n}\n`);
  }
  return 0;
}

function date(call: CommandCall): number {
  const format = call.args.find((a) => a.startsWith('+'))?.slice(1) ?? (call.args.includes('-I') ? '%F' : DEFAULT_DATE_FORMAT);
  call.io.out.write(`${formatDate(SIMULATED_EPOCH_MS + call.state.host.now(), format)}\n`);
  return 0;
}

function uname(call: CommandCall): number {
  const host = call.state.host.hostname;
  const parts: Record<string, string> = { s: 'Linux', n: host, r: '6.8.0', v: '#1 SMP', m: 'x86_64', o: 'GNU/Linux' };
  const flags = call.args.join('').replace(/-/g, '');
  const chosen = flags.includes('a') ? 'snrvmo' : flags === '' ? 's' : flags;
  call.io.out.write(`${[...chosen].map((c) => parts[c]).filter(Boolean).join(' ')}\n`);
  return 0;
}

function print(text: (call: CommandCall) => string): CommandImpl {
  return (call) => {
    call.io.out.write(`${text(call)}\n`);
    return 0;
  };
}

/** Commands that print text. */
export const textCommands: Record<string, CommandImpl> = {
  echo,
  printf,
  seq,
  date,
  uname,
  hostname: print((call) => call.state.host.hostname),
  id: print(() => 'uid=0(root) gid=0(root) groups=0(root),10(wheel)'),
  whoami: print(() => 'root'),
  basename: print((call) => {
    const base = (call.args[0] ?? '').replace(/\/+$/, '').split('/').pop() ?? '';
    const suffix = call.args[1];
    return suffix && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base || '/';
  }),
  dirname: print((call) => {
    const path = (call.args[0] ?? '').replace(/\/+$/, '');
    const cut = path.lastIndexOf('/');
    return cut < 0 ? '.' : cut === 0 ? '/' : path.slice(0, cut);
  }),
  printenv: (call) => {
    const { vars, exported } = call.state;
    if (call.args.length === 0) {
      for (const name of exported) if (vars.has(name)) call.io.out.write(`${name}=${vars.get(name) ?? ''}\n`);
      return 0;
    }
    let status = 0;
    for (const name of call.args) {
      const value = vars.get(name);
      if (value === undefined) status = 1;
      else call.io.out.write(`${value}\n`);
    }
    return status;
  },
};
