// Glob patterns: `*`, `?` and `[...]`, for `${VAR#pattern}` forms and file name expansion; the
// matching itself is pattern/glob.ts (an automaton, linear in the text, under a work budget).
import type { PatternBudget } from './pattern/nfa';
import { matchGlob, stripGlob } from './pattern/glob';
import type { ShellState } from './state';
import { resolvePath } from './state';

/** Whether `text` contains glob characters. */
export function hasGlob(text: string): boolean {
  return /[*?[]/.test(text);
}

/**
 * Whether a field (or one part of a path) is a pattern the shell expands: a `*`, a `?`, or a `[`
 * that a later `]` of the same path part closes (ash's expmeta). A lone `[`, as in `[ -f x ]`, is a
 * plain word, and no directory is read for it.
 */
export function isPattern(text: string): boolean {
  return /[*?]|\[!?[^/][^/]*\]/.test(text);
}

/** Budget for callers outside a running shell (tests, the kubelet): each call its own. */
const unbounded = (): PatternBudget => ({ left: Infinity });

/** Whether all of `text` matches the glob `pattern`; linear in the text, charged to `budget`. */
export function globMatch(pattern: string, text: string, budget: PatternBudget = unbounded()): boolean {
  return matchGlob(pattern, text, budget);
}

/** Removes the shortest or longest prefix or suffix of `value` matching `pattern` (`${V#p}` and friends). */
export function removeMatch(value: string, pattern: string, fromEnd: boolean, longest: boolean, budget: PatternBudget = unbounded()): string {
  return stripGlob(value, pattern, fromEnd, longest, budget);
}

/** Paths matching a file-name pattern, sorted; the pattern itself when nothing matches. */
export function expandGlob(state: ShellState, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((s) => s !== '');
  let found = [absolute ? '' : '.'];
  for (const segment of segments) {
    const next: string[] = [];
    for (const base of found) {
      const join = (name: string) => (base === '.' ? name : `${base}/${name}`);
      if (!isPattern(segment)) {
        next.push(join(segment));
        continue;
      }
      const dir = resolvePath(state, base === '' ? '/' : base);
      if (!state.host.fs.isDir(dir)) continue;
      for (const name of state.host.fs.list(dir)) {
        if (name.startsWith('.') && !segment.startsWith('.')) continue;
        if (globMatch(segment, name, state.counter.pattern)) next.push(join(name));
      }
    }
    found = next;
  }
  // Names a listing gave exist; a literal last segment (`/tmp/*/ready`) is checked.
  const last = segments[segments.length - 1];
  const existing = last !== undefined && isPattern(last) ? found : found.filter((p) => state.host.fs.exists(resolvePath(state, p === '' ? '/' : p)));
  return existing.length > 0 ? existing.sort() : [pattern];
}
