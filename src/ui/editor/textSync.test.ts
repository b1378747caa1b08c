import { describe, expect, it } from 'vitest';
import { computeMinimalEdit, createEchoFilter } from './textSync';

const apply = (before: string, after: string) => {
  const edit = computeMinimalEdit(before, after);
  return edit ? before.slice(0, edit.start) + edit.text + before.slice(edit.end) : before;
};

describe('computeMinimalEdit', () => {
  it('returns nothing for equal texts', () => {
    expect(computeMinimalEdit('a: 1\n', 'a: 1\n')).toBeUndefined();
  });

  it('replaces only an appended tail', () => {
    expect(computeMinimalEdit('events:\n', 'events:\n- { at: 5s }\n')).toEqual({ start: 8, end: 8, text: '- { at: 5s }\n' });
  });

  it('replaces only the changed middle', () => {
    expect(computeMinimalEdit('image: busybox:1.28\n', 'image: busybox:1.36\n')).toEqual({ start: 17, end: 19, text: '36' });
  });

  it('handles deletions and repeated characters', () => {
    expect(computeMinimalEdit('aaaa', 'aa')).toEqual({ start: 2, end: 4, text: '' });
    for (const [a, b] of [['abcabc', 'abc'], ['', 'x'], ['x', ''], ['aXa', 'aa'], ['ab', 'ba']]) expect(apply(a ?? '', b ?? '')).toBe(b);
  });

  it('never splits a surrogate pair', () => {
    const edit = computeMinimalEdit('x😀', 'x😃');
    expect(edit).toEqual({ start: 1, end: 3, text: '😃' });
    expect(apply('😀y', '😃y')).toBe('😃y');
    expect(computeMinimalEdit('😀y', '😃y')).toEqual({ start: 0, end: 2, text: '😃' });
  });
});

describe('createEchoFilter', () => {
  it('recognises texts the editor emitted until the host replaces the text', () => {
    const echo = createEchoFilter();
    echo.noteEmitted('a');
    echo.noteEmitted('ab');
    expect(echo.isEcho('a')).toBe(true);
    expect(echo.isEcho('abc')).toBe(false);
    echo.reset();
    expect(echo.isEcho('a')).toBe(false);
  });

  it('keeps only the most recent texts', () => {
    const echo = createEchoFilter(2);
    ['1', '2', '3'].forEach((t) => echo.noteEmitted(t));
    expect(echo.isEcho('1')).toBe(false);
    expect(echo.isEcho('3')).toBe(true);
  });
});
