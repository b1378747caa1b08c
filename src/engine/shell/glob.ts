// Glob patterns: `*`, `?` and `[...]`, for `${VAR#pattern}` forms and file name expansion.
import type { ShellState } from './state';
import { resolvePath } from './state';

/** Whether `text` contains glob characters. */
export function hasGlob(text: string): boolean {
  return /[*?[]/.test(text);
}

/** A regular expression source for a glob pattern (without anchors). */
export function globSource(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] ?? '';
    if (c === '*') out += '.*';
    else if (c === '?') out += '.';
    else if (c === '\\' && i + 1 < pattern.length) out += escape(pattern[++i] ?? '');
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) out += '\\[';
      else {
        let set = pattern.slice(i + 1, end);
        const negate = set.startsWith('!') || set.startsWith('^');
        if (negate) set = set.slice(1);
        out += `[${negate ? '^' : ''}${set.replace(/[\\\]^]/g, '\\$&')}]`;
        i = end;
      }
    } else out += escape(c);
  }
  return out;
}

/** Whether all of `text` matches the glob `pattern`. */
export function globMatch(pattern: string, text: string): boolean {
  return safeRegExp(`^${globSource(pattern)}$`)?.test(text) ?? pattern === text;
}

/** Removes the shortest or longest prefix or suffix of `value` matching `pattern` (`${V#p}` and friends). */
export function removeMatch(value: string, pattern: string, fromEnd: boolean, longest: boolean): string {
  const re = safeRegExp(`^${globSource(pattern)}$`);
  const n = value.length;
  for (let k = 0; k <= n; k++) {
    const len = longest ? n - k : k;
    const piece = fromEnd ? value.slice(n - len) : value.slice(0, len);
    if (re ? re.test(piece) : piece === pattern) return fromEnd ? value.slice(0, n - len) : value.slice(len);
  }
  return value;
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
      if (!hasGlob(segment)) {
        next.push(join(segment));
        continue;
      }
      const dir = resolvePath(state, base === '' ? '/' : base);
      if (!state.host.fs.isDir(dir)) continue;
      for (const name of state.host.fs.list(dir)) {
        if (name.startsWith('.') && !segment.startsWith('.')) continue;
        if (globMatch(segment, name)) next.push(join(name));
      }
    }
    found = next;
  }
  const existing = found.filter((p) => state.host.fs.exists(resolvePath(state, p === '' ? '/' : p)));
  return existing.length > 0 ? existing.sort() : [pattern];
}

function escape(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function safeRegExp(source: string): RegExp | undefined {
  try {
    return new RegExp(source, 's');
  } catch {
    return undefined;
  }
}
