// grep's line matching, shared by the grep command and the streaming pipe filter: POSIX basic and
// extended expressions run by the automaton of ../pattern (linear time, under a work budget).
import { literalClass, literalText, type PatternNode } from '../pattern/ast';
import { type Automaton, compilePattern, type PatternBudget, PatternTooComplex, runAutomaton } from '../pattern/nfa';
import { parseRegex } from '../pattern/regexParse';
import { parseOptions } from './types';

/** grep's options that matter for matching and output. */
export interface GrepOptions {
  /** Whether a line is selected: some pattern matches it (none does under -v). */
  match: (line: string) => boolean;
  /** What -o prints of a selected line, one entry per output line. */
  parts: (line: string) => string[];
  quiet: boolean;
  count: boolean;
  numbers: boolean;
  silent: boolean;
  only: boolean;
  invert: boolean;
  /** -l prints the names of files with a selected line, -L of those without. */
  list?: 'l' | 'L';
  /** -H (true) or -h (false); undefined lets the number of files decide. */
  names?: boolean;
  recursive: boolean;
  /** -m N: at most N selected lines per file. */
  max?: number;
  /** Only options that keep grep a plain line filter (the streaming pipe stage handles those alone). */
  streams: boolean;
  files: string[];
}

/** A pattern grep cannot use: a syntax error (exit 2) or a feature the simulator does not model. */
export type GrepPatternError = { error: string; unsupported: boolean };

/** An option grep accepts that the subset does not implement (the container runs forever from there). */
export type GrepUnsupported = { option: string };

const GREP_FLAGS = 'qvicnFEwxslLHhorR';
const GREP_STREAMING = 'qviFEwxs';
const GREP_LONG: Record<string, string> = { quiet: 'q', silent: 'q', 'invert-match': 'v', 'ignore-case': 'i', count: 'c', regexp: 'e' };

/**
 * Reads grep's arguments; undefined when no pattern is given, an error for a pattern grep cannot
 * use, the option for one outside the subset. Matching is linear in the line and charged to
 * `budget` (it throws PatternTooComplex past it). `readFile` reads `-f FILE` (undefined: missing).
 */
export function parseGrep(
  args: string[], budget: PatternBudget, readFile: (name: string) => string | undefined = () => undefined,
): GrepOptions | GrepPatternError | GrepUnsupported | undefined {
  const options = parseOptions(args, 'emfABC', GREP_LONG);
  const { flags, values, given, operands } = options;
  // `grep -e` with nothing after it: a usage error, as busybox's getopt makes it.
  if (options.missing !== undefined) return undefined;
  for (const flag of flags) if (flag.length > 1 || !GREP_FLAGS.includes(flag)) return { option: flag.length > 1 ? `--${flag}` : `-${flag}` };
  for (const name of ['A', 'B', 'C']) if (values.has(name)) return { option: `-${name}` };
  // busybox keeps its patterns in a list each new one goes in front of: -o prints the matches of the first that matches in it.
  const patterns = given.filter(([name]) => name === 'e').map(([, value]) => value).reverse();
  for (const file of given.filter(([name]) => name === 'f').map(([, value]) => value)) {
    const text = readFile(file);
    if (text === undefined) return { error: `${file}: No such file or directory`, unsupported: false };
    patterns.unshift(...text.split('\n').filter((line, i, all) => i < all.length - 1 || line !== '').reverse());
  }
  if (!values.has('e') && !values.has('f')) {
    const first = operands.shift();
    if (first === undefined) return undefined;
    patterns.push(first);
  }
  let max: number | undefined;
  if (values.has('m')) {
    const text = values.get('m') ?? '';
    if (!/^\d+$/.test(text)) return { error: `invalid number '${text}'`, unsupported: false };
    max = Number(text);
  }
  const matchers: Matcher[] = [];
  for (const pattern of patterns) {
    const matcher = compile(pattern, flags, budget);
    if (!('test' in matcher)) return matcher.unsupported ? matcher : { error: `bad regex '${pattern}': ${matcher.error}`, unsupported: false };
    matchers.push(matcher);
  }
  const invert = flags.has('v');
  const only = flags.has('o');
  return {
    match: (line) => matchers.some((m) => m.test(line)) !== invert,
    parts: (line) => (invert ? [] : matchers.find((m) => m.test(line))?.parts(line) ?? []),
    quiet: flags.has('q'),
    count: flags.has('c'),
    numbers: flags.has('n'),
    silent: flags.has('s'),
    only,
    invert,
    list: flags.has('l') ? 'l' : flags.has('L') ? 'L' : undefined,
    names: flags.has('h') ? false : flags.has('H') ? true : undefined,
    recursive: flags.has('r') || flags.has('R'),
    max,
    streams: [...flags].every((f) => GREP_STREAMING.includes(f)) && !values.has('m') && !values.has('f'),
    files: operands,
  };
}

/** One compiled pattern: whether it matches a line, and the parts of a line -o prints. */
interface Matcher {
  test: (line: string) => boolean;
  parts: (line: string) => string[];
}

const compiledCache = new Map<string, Automaton | GrepPatternError>();

/** The pattern's node: a regular expression, or with -F the literal text. */
function patternNode(pattern: string, mode: 'ere' | 'bre' | 'fixed'): PatternNode | GrepPatternError {
  if (mode === 'fixed') return { kind: 'cat', items: [...pattern].map((c) => ({ kind: 'char', cls: literalClass(c.charCodeAt(0)) })) };
  const parsed = parseRegex(pattern, mode);
  return parsed.ok ? parsed.node : { error: parsed.error, unsupported: parsed.unsupported === true };
}

/**
 * The automaton of a pattern, whole-line (-x) when asked; `shifted` puts one character of any kind
 * before it, so a run from the character before a position matches from that position with the
 * line's own context (a word boundary, no start of line).
 */
function automaton(pattern: string, mode: 'ere' | 'bre' | 'fixed', ignoreCase: boolean, whole: boolean, shifted: boolean): Automaton | GrepPatternError {
  const key = `${mode}${ignoreCase ? 'i' : ''}${whole ? 'x' : ''}${shifted ? '>' : ''}:${pattern}`;
  let found = compiledCache.get(key);
  if (found) return found;
  const parsed = patternNode(pattern, mode);
  if ('error' in parsed) found = parsed;
  else {
    let node = parsed;
    if (whole) node = { kind: 'cat', items: [{ kind: 'assert', test: 'bol' }, node, { kind: 'assert', test: 'eol' }] };
    if (shifted) node = { kind: 'cat', items: [{ kind: 'any' }, node] };
    try {
      found = compilePattern(node, ignoreCase);
    } catch (e) {
      if (!(e instanceof PatternTooComplex)) throw e;
      found = { error: 'pattern too complex', unsupported: false };
    }
  }
  if (compiledCache.size >= 128) compiledCache.clear();
  compiledCache.set(key, found);
  return found;
}

const isWordCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

function compile(pattern: string, flags: Set<string>, budget: PatternBudget): Matcher | GrepPatternError {
  const ignoreCase = flags.has('i');
  const whole = flags.has('x');
  const word = flags.has('w');
  const fixed = flags.has('F');
  const mode = fixed ? 'fixed' : flags.has('E') ? 'ere' : 'bre';
  const parsed = fixed ? undefined : parseRegex(pattern, mode === 'ere' ? 'ere' : 'bre');
  if (parsed && !parsed.ok) return { error: parsed.error, unsupported: parsed.unsupported === true };
  const literal = fixed ? pattern : parsed?.ok ? literalText(parsed.node) : undefined;
  // busybox -F -o prints the pattern itself, once for each line it is found in.
  const fixedParts = fixed ? () => [pattern] : undefined;
  if (literal !== undefined && !word) {
    const needle = ignoreCase ? literal.toLowerCase() : literal;
    const hayOf = (line: string) => (ignoreCase ? line.toLowerCase() : line);
    return {
      test: (line) => (whole ? hayOf(line) === needle : hayOf(line).includes(needle)),
      parts: fixedParts ?? ((line) => literalParts(hayOf(line), line, needle, whole)),
    };
  }
  const plain = automaton(pattern, mode, ignoreCase, whole, false);
  const shifted = automaton(pattern, mode, ignoreCase, whole, true);
  if (!('op' in plain)) return plain;
  if (!('op' in shifted)) return shifted;
  const runs: Runs = { plain, shifted, budget };
  if (!word) return { test: (line) => runAutomaton(plain, line, 'search', budget) === 1, parts: fixedParts ?? ((line) => matchParts(runs, line, firstMatch(runs, line, 0))) };
  return {
    test: (line) => wordMatch(runs, line) !== undefined,
    // As busybox, only the first match must stand as a word: the ones after it on the line are not checked.
    parts: fixedParts ?? ((line) => matchParts(runs, line, wordMatch(runs, line))),
  };
}

/** The non-overlapping places of a literal in a line (`hay` is the line, lower-cased under -i). */
function literalParts(hay: string, line: string, needle: string, whole: boolean): string[] {
  if (needle === '') return [];
  if (whole) return hay === needle ? [line] : [];
  const parts: string[] = [];
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) parts.push(line.slice(at, at + needle.length));
  return parts;
}

interface Runs {
  plain: Automaton;
  shifted: Automaton;
  budget: PatternBudget;
}

/**
 * The leftmost-longest match starting at `from` or after, as POSIX regexec finds it; a match
 * after the start of the line sees the characters before it (no `^`, word boundaries as they are).
 */
function firstMatch(runs: Runs, line: string, from: number): [number, number] | undefined {
  const { plain, shifted, budget } = runs;
  const rest = from === 0 ? line : line.slice(from - 1);
  if (runAutomaton(from === 0 ? plain : shifted, rest, 'search', budget) !== 1) return undefined;
  for (let start = from; start <= line.length; start++) {
    const end = start === 0 ? runAutomaton(plain, line, 'prefix', budget, true) : runAutomaton(shifted, line.slice(start - 1), 'prefix', budget, true);
    if (end >= 0) return [start, start === 0 ? end : start - 1 + end];
  }
  return undefined;
}

/** busybox -w: the first match with no word character on either side, looking again after each one that has. */
function wordMatch(runs: Runs, line: string): [number, number] | undefined {
  let from = 0;
  for (;;) {
    const found = firstMatch(runs, line, from);
    if (!found) return undefined;
    const [start, end] = found;
    if ((start === 0 || !isWordCode(line.charCodeAt(start - 1))) && (end >= line.length || !isWordCode(line.charCodeAt(end)))) return found;
    // An empty match where the search started would be found again forever.
    if (end === from) return undefined;
    from = end;
  }
}

/** What -o prints: `first` and every match after it; empty matches print nothing. */
function matchParts(runs: Runs, line: string, first: [number, number] | undefined): string[] {
  const parts: string[] = [];
  let found = first;
  while (found) {
    const [start, end] = found;
    if (end > start) parts.push(line.slice(start, end));
    if (end >= line.length) break;
    found = firstMatch(runs, line, end > start ? end : end + 1);
  }
  return parts;
}
