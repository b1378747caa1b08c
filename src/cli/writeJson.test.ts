import { describe, expect, it } from 'vitest';
import { gallery } from '../scenario/gallery';
import { simulateScenario } from '../engine/simulate';
import { writeJson } from './writeJson';

const written = (value: unknown, depth?: number) => {
  let out = '';
  writeJson(value, (c) => { out += c; }, depth);
  return out;
};

describe('writeJson', () => {
  it.each([
    ['nested objects and arrays', { a: 1, b: [1, { c: 'x\ny' }, [], {}], d: { e: null, f: undefined, g: () => 1 }, h: [undefined, 2] }],
    ['an empty object', {}],
    ['an empty array', []],
    ['a string', 'one "two"'],
    ['a date', { at: new Date(0) }],
  ])('prints %s as JSON.stringify(v, null, 2) does, at every depth', (_label, value) => {
    for (const depth of [0, 1, 2, 5]) expect(written(value, depth)).toBe(JSON.stringify(value, null, 2));
  });

  it('prints every gallery trace byte for byte as JSON.stringify does', () => {
    for (const g of gallery) {
      const trace = simulateScenario(g.yaml);
      expect(written(trace)).toBe(JSON.stringify(trace, null, 2));
    }
  });

  it('prints a value longer than one string may be, piece by piece', () => {
    const big = 'x'.repeat(1 << 20);
    let length = 0;
    let pieces = 0;
    // 600 MiB of JSON: JSON.stringify would throw "Invalid string length".
    writeJson({ lines: Array.from({ length: 600 }, () => big) }, (c) => { length += c.length; pieces++; });
    expect(length).toBeGreaterThan(600 * (1 << 20));
    expect(pieces).toBeGreaterThan(600);
  }, 30_000);
});
