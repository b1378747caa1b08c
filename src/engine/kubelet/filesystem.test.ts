import { describe, expect, it } from 'vitest';
import { normalizePath } from './filesystem';

/** The rule itself: resolve `.` and `..` part by part. */
function byParts(path: string, cwd = '/'): string {
  const out: string[] = [];
  for (const p of (path.startsWith('/') ? path : `${cwd}/${path}`).split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}

describe('normalizePath', () => {
  it('gives every path of up to 7 characters of "/", "." and "a" as resolving it part by part does', () => {
    const alphabet = ['/', '.', 'a'];
    let paths = [''];
    let checked = 0;
    for (let length = 1; length <= 7; length++) {
      paths = paths.flatMap((p) => alphabet.map((c) => p + c));
      for (const path of paths) {
        expect(normalizePath(path, '/w/d'), path).toBe(byParts(path, '/w/d'));
        checked++;
      }
    }
    expect(checked).toBe(3279);
  });

  it('returns a path that is already normal as it is', () => {
    expect(normalizePath('/var/run/secrets/kubernetes.io/serviceaccount/namespace')).toBe('/var/run/secrets/kubernetes.io/serviceaccount/namespace');
    expect(normalizePath('/')).toBe('/');
    expect(normalizePath('/a/.hidden')).toBe('/a/.hidden');
    expect(normalizePath('/a/b/../c/')).toBe('/a/c');
  });
});
