import { describe, expect, it } from 'vitest';
import { SharedMap, SharedSet } from './shared';

describe('SharedMap', () => {
  it('keeps a fork and its parent apart whichever writes first', () => {
    const parent = new SharedMap([['A', '1']]);
    const child = parent.fork();
    child.set('A', '2');
    expect([parent.get('A'), child.get('A')]).toEqual(['1', '2']);
    const other = parent.fork();
    parent.set('B', '3');
    parent.delete('A');
    expect([...other]).toEqual([['A', '1']]);
    expect([...parent]).toEqual([['B', '3']]);
  });

  it('lets the parent write in place again once a fork is released, and a cleared fork starts empty', () => {
    const parent = new SharedMap([['A', '1']]);
    const child = parent.fork();
    const before = [...parent];
    child.release();
    parent.set('A', '9');
    expect(before).toEqual([['A', '1']]);
    expect(parent.get('A')).toBe('9');
    const wiped = parent.fork();
    wiped.clear();
    wiped.set('Z', '0');
    expect([...wiped]).toEqual([['Z', '0']]);
    expect([...parent]).toEqual([['A', '9']]);
  });
});

describe('SharedSet', () => {
  it('keeps a fork and its parent apart', () => {
    const parent = new SharedSet(['A']);
    const child = parent.fork();
    child.add('B');
    parent.delete('A');
    expect([[...parent], [...child]]).toEqual([[], ['A', 'B']]);
  });
});
