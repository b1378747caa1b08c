// grep's line matching, shared by the grep command and the streaming pipe filter: POSIX basic and
// extended expressions run by the automaton of ../pattern (linear time, under a work budget).
import { literalText } from '../pattern/ast';
import { type Automaton, compilePattern, type PatternBudget, PatternTooComplex, runAutomaton } from '../pattern/nfa';
import { parseRegex } from '../pattern/regexParse';
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

/**
 * Reads grep's arguments; undefined when no pattern is given, an error for a pattern grep cannot
 * use. Matching is linear in the line and charged to `budget` (it throws PatternTooComplex past it).
 */
export function parseGrep(args: string[], budget: PatternBudget): GrepOptions | GrepPatternError | undefined {
  const options = parseOptions(args, 'em', { quiet: 'q', silent: 'q', 'invert-match': 'v', 'ignore-case': 'i', count: 'c', regexp: 'e' });
  const { flags, operands } = options;
  const pattern = options.values.get('e') ?? operands.shift();
  if (pattern === undefined) return undefined;
  const matcher = compile(pattern, flags, budget);
  if (typeof matcher !== 'function') return matcher.unsupported ? matcher : { error: `bad regex '${pattern}': ${matcher.error}`, unsupported: false };
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

/** A pattern grep cannot use: a syntax error (exit 2) or a feature the simulator does not model. */
export type GrepPatternError = { error: string; unsupported: boolean };

const compiledCache = new Map<string, Automaton | GrepPatternError>();

function automaton(pattern: string, mode: 'ere' | 'bre', ignoreCase: boolean, word: boolean, whole: boolean): Automaton | GrepPatternError {
  const key = `${mode}${ignoreCase ? 'i' : ''}${word ? 'w' : ''}${whole ? 'x' : ''}:${pattern}`;
  let found = compiledCache.get(key);
  if (found) return found;
  const parsed = parseRegex(pattern, mode);
  if (!parsed.ok) found = { error: parsed.error, unsupported: parsed.unsupported === true };
  else {
    let node = parsed.node;
    if (word) node = { kind: 'cat', items: [{ kind: 'assert', test: 'wordStart' }, node, { kind: 'assert', test: 'wordEnd' }] };
    if (whole) node = { kind: 'cat', items: [{ kind: 'assert', test: 'bol' }, node, { kind: 'assert', test: 'eol' }] };
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

function compile(pattern: string, flags: Set<string>, budget: PatternBudget): ((line: string) => boolean) | GrepPatternError {
  const ignoreCase = flags.has('i');
  const whole = flags.has('x');
  const parsed = flags.has('F') ? undefined : parseRegex(pattern, flags.has('E') ? 'ere' : 'bre');
  const literal = flags.has('F') ? pattern : parsed?.ok && !flags.has('w') ? literalText(parsed.node) : undefined;
  if (literal !== undefined) {
    const needle = ignoreCase ? literal.toLowerCase() : literal;
    return (line) => {
      const hay = ignoreCase ? line.toLowerCase() : line;
      return whole ? hay === needle : hay.includes(needle);
    };
  }
  const a = automaton(pattern, flags.has('E') ? 'ere' : 'bre', ignoreCase, flags.has('w'), whole);
  if (!('op' in a)) return a;
  return (line) => runAutomaton(a, line, 'search', budget) === 1;
}
