import { describe, expect, it } from 'vitest';
import { StringInterner, StringTable } from './strings';
import { TableDecoder, TableEncoder } from './table';

describe('TableEncoder', () => {
  it('gives back every record as JSON prints it, when each record differs in shape from the one before only a little', () => {
    const records: object[] = [
      { a: 1, b: 'x' }, { b: 'x', a: 1 }, { a: 1, b: { c: 1 } }, { a: 1, b: { c: 's' } }, { a: 1, b: { c: 1, d: 2 } },
      { a: 1, b: [1] }, { a: 1, b: null }, { a: 1 }, { a: 1, b: undefined }, { a: '1', b: 'x' }, { a: true, b: 'x' },
      { a: 1, b: 'x' }, { a: 1, b: 'x', c: undefined, d: 0 }, { a: 1, b: { c: { e: [] } } }, { a: 1, b: { c: {} } }, {},
    ];
    const strings = new StringInterner();
    const encoder = new TableEncoder(strings);
    for (const r of records) encoder.add(r);
    const decoder = new TableDecoder<object>(encoder.data(), new StringTable(strings.data()));
    records.forEach((r, i) => expect(JSON.stringify(decoder.get(i)), `row ${i}`).toBe(JSON.stringify(r)));
  });
});
