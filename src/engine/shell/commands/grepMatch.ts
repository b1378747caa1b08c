// grep's line matching, shared by the grep command and the streaming pipe filter.
import { parseOptions } from './types';

/** grep's options that matter for matching and output. */
export interface GrepOptions {
  match: (line: string) => boolean;
  quiet: boolean;
  count: boolean;
  numbers: boolean;
  silent: boolean;
  files: string[];
}

/** Reads grep's arguments; undefined when no pattern is given. */
export function parseGrep(args: string[]): GrepOptions | undefined {
  const options = parseOptions(args, 'em', { quiet: 'q', silent: 'q', 'invert-match': 'v', 'ignore-case': 'i', count: 'c', regexp: 'e' });
  const { flags, operands } = options;
  const pattern = options.values.get('e') ?? operands.shift();
  if (pattern === undefined) return undefined;
  const matcher = compile(pattern, flags);
  const invert = flags.has('v');
  return {
    match: (line) => matcher(line) !== invert,
    quiet: flags.has('q'),
    count: flags.has('c'),
    numbers: flags.has('n'),
    silent: flags.has('s'),
    files: operands,
  };
}

function compile(pattern: string, flags: Set<string>): (line: string) => boolean {
  const ignoreCase = flags.has('i');
  if (flags.has('F')) {
    const needle = ignoreCase ? pattern.toLowerCase() : pattern;
    const whole = flags.has('x');
    return (line) => {
      const hay = ignoreCase ? line.toLowerCase() : line;
      return whole ? hay === needle : hay.includes(needle);
    };
  }
  let source = flags.has('E') ? pattern : basicToExtended(pattern);
  if (flags.has('w')) source = `\\b(?:${source})\\b`;
  if (flags.has('x')) source = `^(?:${source})$`;
  try {
    const re = new RegExp(source, ignoreCase ? 'i' : '');
    return (line) => re.test(line);
  } catch {
    return (line) => line.includes(pattern);
  }
}

/** POSIX basic regular expressions: \( \) \| \{ \} \+ \? are operators, the bare characters are literal. */
function basicToExtended(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '\\' && i + 1 < pattern.length) {
      const n = pattern[++i] ?? '';
      out += '(){}|+?'.includes(n) ? n : `\\${n}`;
    } else out += '(){}|+?'.includes(c) ? `\\${c}` : c;
  }
  return out;
}
