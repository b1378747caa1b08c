import { describe, expect, it } from 'vitest';
import { StringInterner, StringTable } from './strings';
import { TableDecoder, TableEncoder } from './table';

/** Encodes the records in one table and checks that each decodes to the same JSON text. */
function expectRoundTrip(records: object[]): void {
  const strings = new StringInterner();
  const encoder = new TableEncoder(strings);
  for (const r of records) encoder.add(r);
  const decoder = new TableDecoder<object>(encoder.data(), new StringTable(strings.data()));
  records.forEach((r, i) => expect(JSON.stringify(decoder.get(i)), `row ${i}`).toBe(JSON.stringify(r)));
}

describe('TableEncoder', () => {
  it('gives back every record as JSON prints it, when each record differs in shape from the one before only a little', () => {
    const records: object[] = [
      { a: 1, b: 'x' }, { b: 'x', a: 1 }, { a: 1, b: { c: 1 } }, { a: 1, b: { c: 's' } }, { a: 1, b: { c: 1, d: 2 } },
      { a: 1, b: [1] }, { a: 1, b: null }, { a: 1 }, { a: 1, b: undefined }, { a: '1', b: 'x' }, { a: true, b: 'x' },
      { a: 1, b: 'x' }, { a: 1, b: 'x', c: undefined, d: 0 }, { a: 1, b: { c: { e: [] } } }, { a: 1, b: { c: {} } }, {},
    ];
    expectRoundTrip(records);
  });

  it('keeps a record once when an equal one (the same JSON text) is already in the table, and only then', () => {
    const records: object[] = [];
    // Few values, so equal records repeat in fresh objects and many rows share a hash bucket.
    for (let i = 0; i < 2000; i++) {
      const x = (i * 7919) % 13;
      const record: Record<string, unknown> = x % 3 === 0 ? { name: `c${x % 5}`, n: x % 4 } : { n: x % 4, name: `c${x % 5}` };
      if (x % 2 === 0) record.last = { code: x % 3, at: -x };
      if (x === 7) record.flag = true;
      if (x === 8) record.list = [x];
      records.push(record);
    }
    records.push({ n: 0, name: 'c0', last: { code: 0, at: -0 } }, { n: 0.5, name: 'c0' }, { n: 0.5 + 2 ** 32, name: 'c0' });
    const strings = new StringInterner();
    const encoder = new TableEncoder(strings);
    const rows = records.map((r) => encoder.addDistinct(r));
    const data = encoder.data();
    const texts = records.map((r) => JSON.stringify(r));
    expect(data.rows).toBe(new Set(texts).size);
    const decoder = new TableDecoder<object>(data, new StringTable(strings.data()));
    records.forEach((r, i) => expect(JSON.stringify(decoder.get(rows[i] ?? -1)), `record ${i}`).toBe(texts[i]));
    const firstRow = new Map<string, number>();
    texts.forEach((t, i) => {
      const row = rows[i] ?? -1;
      if (!firstRow.has(t)) firstRow.set(t, row);
      expect(row, `record ${i}`).toBe(firstRow.get(t));
    });
  });

  it('writes lists of records as JSON prints them, with items shared between lists, equal items in new objects and items that are not records', () => {
    const ready = { type: 'Ready', status: false, lastTransitionTime: 5, message: 'containers with unready status: [a "b"\n]' };
    const scheduled = { type: 'PodScheduled', status: true, lastTransitionTime: 0 };
    const records: object[] = [];
    for (let i = 0; i < 60; i++) {
      const flip = { type: 'Ready', status: i % 3 === 0, lastTransitionTime: i % 4, ...(i % 2 ? { reason: 'R' } : {}), message: i % 5 ? undefined : `m${i % 3}` };
      records.push({ n: i, conditions: i % 7 === 0 ? [scheduled, ready] : [scheduled, flip, { ...ready }] });
    }
    records.push({ n: 1, conditions: [] }, { n: 2, conditions: [scheduled, 1] }, { n: 3, conditions: [[scheduled]] }, { n: 4, conditions: [scheduled, null] },
      { n: 5, conditions: [{ lastTransitionTime: 0, status: true, type: 'PodScheduled' }] }, { n: 6, conditions: [{ nested: [scheduled, { deep: [ready] }] }] });
    expectRoundTrip(records);
  });

  it('puts only the lists\' texts into the strings, not the members of their items', () => {
    const strings = new StringInterner();
    const encoder = new TableEncoder(strings);
    for (let i = 0; i < 5; i++) encoder.add({ n: i, conditions: [{ type: 'Ready', message: `only inside a list ${i % 2}` }] });
    const table = new StringTable(strings.data());
    const all = Array.from({ length: table.size }, (_, i) => table.get(i));
    expect(all.filter((t) => t.includes('only inside a list'))).toEqual(['[{"type":"Ready","message":"only inside a list 0"}]', '[{"type":"Ready","message":"only inside a list 1"}]']);
  });
});
