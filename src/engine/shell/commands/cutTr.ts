// `cut` and `tr`, as busybox's coreutils/cut.c and coreutils/tr.c behave: the two text filters
// init scripts use most to pick a field or change characters.
import { takeInput } from '../io';
import { resolvePath } from '../state';
import { type CommandCall, fail, lines, parseSupported } from './types';

/** A LIST of `cut`: ranges N, N-M, N- and -M, 1-based; undefined when malformed. */
function parseList(list: string): { from: number; to: number }[] | undefined {
  const ranges: { from: number; to: number }[] = [];
  for (const item of list.split(',')) {
    const match = /^(\d*)(-?)(\d*)$/.exec(item);
    if (!match || item === '' || item === '-') return undefined;
    const from = match[1] === '' ? 1 : Number(match[1]);
    const to = match[2] === '' ? from : match[3] === '' ? Infinity : Number(match[3]);
    if (to < from) return undefined;
    ranges.push({ from, to });
  }
  return ranges;
}

/** The text of each operand ('-' or none: standard input), or undefined after reporting a missing file. */
function inputs(call: CommandCall, operands: string[]): { texts: string[]; status: number } {
  const texts: string[] = [];
  let status = 0;
  for (const operand of operands.length === 0 ? ['-'] : operands) {
    if (operand === '-') { texts.push(takeInput(call.io)); continue; }
    const text = call.state.host.fs.read(resolvePath(call.state, operand));
    if (text === undefined) {
      call.io.err.write(`${call.name}: can't open '${operand}': No such file or directory\n`);
      status = 1;
    } else texts.push(text);
  }
  return { texts, status };
}

/** `cut -f LIST [-d C] [-s]`, `cut -c LIST`, `cut -b LIST` (bytes are characters here). */
function cut(call: CommandCall): number {
  const { flags, values, operands } = parseSupported(call, 'sn', 'fcbd');
  const kinds = ['f', 'c', 'b'].filter((k) => values.has(k));
  if (kinds.length === 0) return fail(call, 'cut: expected a list of bytes, characters, or fields');
  if (kinds.length > 1) return fail(call, 'cut: only one type of list may be specified');
  const kind = kinds[0] as string;
  const ranges = parseList(values.get(kind) ?? '');
  if (!ranges) return fail(call, 'cut: invalid byte, character or field list');
  const selected = (n: number) => ranges.some((r) => n >= r.from && n <= r.to);
  const delimiter = (values.get('d') ?? '\t').slice(0, 1);
  const { texts, status } = inputs(call, operands);
  let out = '';
  for (const text of texts) {
    for (const line of lines(text)) {
      if (kind !== 'f') {
        let picked = '';
        for (let i = 0; i < line.length; i++) if (selected(i + 1)) picked += line[i];
        out += `${picked}\n`;
        continue;
      }
      if (delimiter === '' || !line.includes(delimiter)) {
        // A line without the delimiter is printed whole, unless -s leaves it out.
        if (!flags.has('s')) out += `${line}\n`;
        continue;
      }
      out += `${line.split(delimiter).filter((_, i) => selected(i + 1)).join(delimiter)}\n`;
    }
  }
  call.io.out.write(out);
  return status;
}

const CLASSES: Record<string, (code: number) => boolean> = {
  alpha: (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122),
  digit: (c) => c >= 48 && c <= 57,
  alnum: (c) => CLASSES.alpha?.(c) === true || CLASSES.digit?.(c) === true,
  lower: (c) => c >= 97 && c <= 122,
  upper: (c) => c >= 65 && c <= 90,
  space: (c) => c === 32 || (c >= 9 && c <= 13),
  blank: (c) => c === 32 || c === 9,
  punct: (c) => c > 32 && c < 127 && CLASSES.alnum?.(c) !== true,
  cntrl: (c) => c < 32 || c === 127,
  print: (c) => c >= 32 && c < 127,
  graph: (c) => c > 32 && c < 127,
  xdigit: (c) => CLASSES.digit?.(c) === true || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
};

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\' };

/** A SET of `tr` as the characters it lists, in order: ranges, `[:class:]`, backslash escapes and octal. */
function expandSet(set: string): string[] | undefined {
  const chars: string[] = [];
  let i = 0;
  const next = (): string => {
    const c = set[i++] ?? '';
    if (c !== '\\' || i >= set.length) return c;
    const octal = /^[0-7]{1,3}/.exec(set.slice(i));
    if (octal) { i += octal[0].length; return String.fromCharCode(parseInt(octal[0], 8) & 0xff); }
    const e = set[i++] ?? '';
    return ESCAPES[e] ?? e;
  };
  while (i < set.length) {
    const cls = /^\[:([a-z]+):\]/.exec(set.slice(i));
    if (cls) {
      const test = CLASSES[cls[1] ?? ''];
      if (!test) return undefined;
      for (let c = 0; c < 256; c++) if (test(c)) chars.push(String.fromCharCode(c));
      i += cls[0].length;
      continue;
    }
    const from = next();
    if (set[i] === '-' && i + 1 < set.length) {
      i++;
      const to = next();
      for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) chars.push(String.fromCharCode(c));
    } else chars.push(from);
  }
  return chars;
}

/** `tr [-cds] SET1 [SET2]`: translate, delete or squeeze characters of standard input. */
function tr(call: CommandCall): number {
  const { flags, operands } = parseSupported(call, 'cds');
  const complement = flags.has('c');
  const remove = flags.has('d');
  const squeeze = flags.has('s');
  const needed = remove && squeeze ? 2 : remove || squeeze ? 1 : 2;
  if (operands.length < needed || operands.length > 2) return fail(call, 'tr: usage: tr [-cds] STRING1 [STRING2]');
  const set1 = expandSet(operands[0] ?? '');
  const set2 = operands[1] === undefined ? [] : expandSet(operands[1]);
  if (!set1 || !set2) return fail(call, 'tr: invalid character class');
  const in1 = new Set(set1);
  const inFirst = (c: string) => in1.has(c) !== complement;
  // Translation: SET1's n-th character becomes SET2's, SET2 padded with its last character; with -c
  // every character outside SET1 becomes SET2's last.
  const map = new Map<string, string>();
  const last = set2[set2.length - 1];
  if (!remove && operands.length === 2 && last !== undefined && !complement) set1.forEach((c, i) => map.set(c, set2[i] ?? last));
  const squeezeSet = new Set(operands.length === 2 ? set2 : set1);
  const squeezes = (c: string) => (operands.length === 2 || !complement ? squeezeSet.has(c) : !squeezeSet.has(c));
  const text = takeInput(call.io);
  let out = '';
  let previous = '';
  for (const c of text) {
    if (remove && inFirst(c)) continue;
    let o = c;
    if (!remove && operands.length === 2 && last !== undefined) o = complement ? (inFirst(c) ? last : c) : map.get(c) ?? c;
    if (squeeze && o === previous && squeezes(o)) continue;
    out += o;
    previous = o;
  }
  call.io.out.write(out);
  return 0;
}

/** The commands of this file, by name. */
export const cutTrCommands = { cut, tr };
