// A list of plain records stored by column: strings interned, numbers in typed arrays, and each
// record's key order kept as an interned "shape", so decoding gives back an object that
// `JSON.stringify` prints byte for byte as the original. Arrays and nulls inside a record are kept
// as interned JSON text (they are small and repeat: condition lists, label maps).
import { StringInterner, StringTable } from './strings';

type Leaf = 's' | 'n' | 'b' | 'j';
/** A record's keys in order, each with its leaf kind or the shape of a nested object. */
type Shape = [string, Leaf | Shape][];

/** One column: every row's value at a path (rows without it hold 0). */
export interface ColumnData {
  path: string;
  kind: Leaf;
  values: Int32Array | Float64Array;
}

/** A table as it travels: row count, the shape of each row and the columns. */
export interface TableData {
  rows: number;
  /** String ids of the shapes' JSON. */
  shapes: Int32Array;
  /** Per row, its index in `shapes`. */
  shape: Int32Array;
  columns: ColumnData[];
}

function leafOf(value: unknown): Leaf | undefined {
  switch (typeof value) {
    case 'string': return 's';
    case 'number': return 'n';
    case 'boolean': return 'b';
    case 'object': return value === null || Array.isArray(value) ? 'j' : undefined;
    default: return undefined;
  }
}

/** One leaf of a compiled shape: where to read it in a record and which column it fills. */
interface Slot {
  keys: string[];
  leaf: Leaf;
  values: number[];
}

/** How many recently used shapes a record is tried against before its signature is built. */
const RECENT = 8;

/** Builds a table row by row. */
export class TableEncoder {
  private rows = 0;
  /** Per signature (keys and leaf kinds in order), the shape's index and its slots. */
  private readonly shapes = new Map<string, CompiledShape>();
  /** The shape of the last record added: the next one most often has it too. */
  private last: CompiledShape | undefined;
  private readonly shapeList: number[] = [];
  private readonly shapeOfRow: number[] = [];
  private readonly columns = new Map<string, { path: string; kind: Leaf; values: number[] }>();
  /** JSON ids of arrays already seen: the engine shares an unchanged list between snapshots. */
  private readonly jsonIds = new Map<unknown, number>();
  /** For lists of records: each item's row in a table of distinct items, and each list's JSON id by its items' rows. */
  private readonly itemIds = new Map<object, number>();
  private readonly listIds = new Map<string, number>();
  private items: TableEncoder | undefined;
  private readonly itemTexts: string[] = [];
  /** For `addDistinct`: rows by a hash of their encoded values, and the values of the record being added. */
  private readonly distinct = new Map<number, number[]>();
  private readonly scratch: number[] = [];
  private readonly recent: CompiledShape[] = [];

  constructor(private readonly strings: StringInterner) {}

  private jsonId(value: unknown): number {
    if (value === null) return this.strings.id('null');
    let id = this.jsonIds.get(value);
    if (id === undefined) {
      id = (Array.isArray(value) ? this.recordListId(value) : undefined) ?? this.strings.id(JSON.stringify(value));
      this.jsonIds.set(value, id);
    }
    return id;
  }

  /**
   * The JSON id of a list of records (a snapshot's conditions), from its items: a list changes one
   * item at a time and the others stay the same objects, so each item's text is written once, and
   * a list is found again by the ids of its items' texts rather than by its whole text. Undefined
   * when an item is not a record (the caller writes the list's JSON as it is).
   */
  private recordListId(list: unknown[]): number | undefined {
    let key = '';
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
      let itemId = this.itemIds.get(item);
      if (itemId === undefined) {
        // Items equal to one seen before (a condition back to an earlier message) are found by their
        // encoded values, in a table of their own that is not written: only a new item's JSON text
        // is made, and only the lists' texts go into the trace's strings.
        const items = (this.items ??= new TableEncoder(new StringInterner()));
        itemId = items.addDistinct(item);
        this.itemTexts[itemId] ??= JSON.stringify(item);
        this.itemIds.set(item, itemId);
      }
      key += i === 0 ? `${itemId}` : `,${itemId}`;
    }
    let id = this.listIds.get(key);
    if (id === undefined) {
      let text = '[';
      for (let i = 0; i < list.length; i++) text += (i === 0 ? '' : ',') + (this.itemTexts[this.itemIds.get(list[i] as object) as number] as string);
      id = this.strings.add(`${text}]`);
      this.listIds.set(key, id);
    }
    return id;
  }

  /** Appends a record; returns its row index. */
  add(record: object): number {
    const row = this.rows++;
    const shape = this.shapeFor(record);
    this.shapeOfRow.push(shape.id);
    const { slots } = shape;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as Slot;
      slot.values[row] = this.valueOf(record, slot);
    }
    return row;
  }

  /**
   * Appends a record unless the table already holds an equal one (the same shape and values, so the
   * same JSON text); returns the row of the one it holds. Rows are compared by their encoded values
   * (string ids, numbers), found by a hash of them: no JSON text is built.
   */
  addDistinct(record: object): number {
    const shape = this.shapeFor(record);
    const { slots } = shape;
    const values = this.scratch;
    let hash = shape.id;
    for (let i = 0; i < slots.length; i++) {
      const v = this.valueOf(record, slots[i] as Slot);
      values[i] = v;
      hash = (Math.imul(hash, 31) + (v | 0) + ((v / 4294967296) | 0)) | 0;
    }
    let bucket = this.distinct.get(hash);
    if (bucket) {
      for (const row of bucket) {
        if (this.shapeOfRow[row] !== shape.id) continue;
        let same = true;
        for (let i = 0; i < slots.length && same; i++) same = (slots[i] as Slot).values[row] === values[i];
        if (same) return row;
      }
    } else this.distinct.set(hash, (bucket = []));
    const row = this.rows++;
    bucket.push(row);
    this.shapeOfRow.push(shape.id);
    for (let i = 0; i < slots.length; i++) (slots[i] as Slot).values[row] = values[i] as number;
    return row;
  }

  /** The compiled shape of a record: the last one used when it fits, else found by signature or compiled. */
  private shapeFor(record: object): CompiledShape {
    if (this.last && fits(record, this.last.tree)) return this.last;
    // Lists whose records alternate between a few shapes (causes) find theirs among the recent ones.
    const recent = this.recent;
    for (let i = 0; i < recent.length; i++) {
      const shape = recent[i] as CompiledShape;
      if (shape !== this.last && fits(record, shape.tree)) {
        this.last = shape;
        return shape;
      }
    }
    const signature = signatureOf(record);
    let shape = this.shapes.get(signature);
    if (!shape) {
      const tree = shapeOf(record);
      const slots: Slot[] = [];
      this.compile(tree, [], slots);
      shape = { id: this.shapeList.length, slots, tree };
      this.shapeList.push(this.strings.id(JSON.stringify(tree)));
      this.shapes.set(signature, shape);
    }
    if (recent.length === RECENT) recent.shift();
    recent.push(shape);
    this.last = shape;
    return shape;
  }

  /** A record's value at a slot, encoded for its column. */
  private valueOf(record: object, slot: Slot): number {
    const { keys } = slot;
    let value: unknown = (record as Record<string, unknown>)[keys[0] as string];
    for (let k = 1; k < keys.length; k++) value = (value as Record<string, unknown>)[keys[k] as string];
    return slot.leaf === 's' ? this.strings.id(value as string) : slot.leaf === 'n' ? (value as number) : slot.leaf === 'b' ? (value ? 1 : 0) : this.jsonId(value);
  }

  private compile(shape: Shape, keys: string[], out: Slot[]): void {
    for (const [key, kind] of shape) {
      const path = [...keys, key];
      if (typeof kind !== 'string') this.compile(kind, path, out);
      else out.push({ keys: path, leaf: kind, values: this.column(path.join('.'), kind).values });
    }
  }

  private column(path: string, kind: Leaf): { path: string; kind: Leaf; values: number[] } {
    const key = `${kind}${path}`;
    let col = this.columns.get(key);
    if (!col) {
      col = { path, kind, values: [] };
      this.columns.set(key, col);
    }
    return col;
  }

  /** The finished table. */
  data(): TableData {
    const columns: ColumnData[] = [];
    for (const col of this.columns.values()) {
      const dense = new Float64Array(this.rows);
      let ints = true;
      for (let i = 0; i < this.rows; i++) {
        const v = col.values[i] ?? 0;
        dense[i] = v;
        if (ints && col.kind === 'n' && (!Number.isInteger(v) || v < -0x80000000 || v > 0x7fffffff || Object.is(v, -0))) ints = false;
      }
      columns.push({ path: col.path, kind: col.kind, values: ints ? Int32Array.from(dense) : dense });
    }
    return { rows: this.rows, shapes: Int32Array.from(this.shapeList), shape: Int32Array.from(this.shapeOfRow), columns };
  }
}

/** A shape ready to fill: its index, where each leaf goes, and its tree. */
interface CompiledShape {
  id: number;
  slots: Slot[];
  tree: Shape;
}

/** Whether a record has this shape (the same keys in order, the same leaf kinds): what comparing their `signatureOf` says, without building it. */
function fits(record: object, tree: Shape): boolean {
  let i = 0;
  for (const key in record) {
    const value = (record as Record<string, unknown>)[key];
    const leaf = leafOf(value);
    if (leaf === undefined && (typeof value !== 'object' || value === null)) continue;
    const entry = tree[i++];
    if (!entry || entry[0] !== key) return false;
    const kind = entry[1];
    if (leaf !== undefined ? kind !== leaf : typeof kind === 'string' || !fits(value as object, kind)) return false;
  }
  return i === tree.length;
}

/** A record's keys and leaf kinds in order, as one string (records of one shape share it). */
function signatureOf(record: object): string {
  let sig = '';
  for (const key in record) {
    const value = (record as Record<string, unknown>)[key];
    const leaf = leafOf(value);
    if (leaf !== undefined) sig += `${key}\u0001${leaf}\u0002`;
    else if (typeof value === 'object' && value !== null) sig += `${key}\u0003${signatureOf(value)}\u0004`;
  }
  return sig;
}

/** A record's shape: JSON.stringify leaves out undefined members, functions and symbols, and so does the table. */
function shapeOf(record: object): Shape {
  const shape: Shape = [];
  for (const key in record) {
    const value = (record as Record<string, unknown>)[key];
    const leaf = leafOf(value);
    if (leaf !== undefined) shape.push([key, leaf]);
    else if (typeof value === 'object' && value !== null) shape.push([key, shapeOf(value)]);
  }
  return shape;
}

type Step = { key: string; kind: Leaf; values: Int32Array | Float64Array } | { key: string; nested: Step[] };

/** Reads records from a table, each one built once and then shared. */
export class TableDecoder<T> {
  private readonly compiled: (Step[] | undefined)[];
  private readonly byPath = new Map<string, ColumnData>();
  private readonly cache: (T | undefined)[];
  private readonly json = new Map<number, unknown>();

  constructor(private readonly data: TableData, private readonly strings: StringTable) {
    for (const col of data.columns) this.byPath.set(`${col.kind}${col.path}`, col);
    this.compiled = new Array<Step[] | undefined>(data.shapes.length);
    this.cache = new Array<T | undefined>(data.rows);
  }

  /** How many rows the table holds. */
  get rows(): number {
    return this.data.rows;
  }

  /** The record at a row. */
  get(row: number): T {
    let found = this.cache[row];
    if (found === undefined) {
      found = this.build(this.steps(this.data.shape[row] ?? 0), row) as T;
      this.cache[row] = found;
    }
    return found;
  }

  /** Every record, in order. */
  all(): T[] {
    return Array.from({ length: this.data.rows }, (_, i) => this.get(i));
  }

  private steps(shapeId: number): Step[] {
    let steps = this.compiled[shapeId];
    if (!steps) {
      const shape = JSON.parse(this.strings.get(this.data.shapes[shapeId] ?? 0)) as Shape;
      steps = this.compile(shape, '');
      this.compiled[shapeId] = steps;
    }
    return steps;
  }

  private compile(shape: Shape, prefix: string): Step[] {
    return shape.map(([key, kind]) => {
      const path = prefix + key;
      if (typeof kind !== 'string') return { key, nested: this.compile(kind, `${path}.`) };
      const col = this.byPath.get(`${kind}${path}`);
      if (!col) throw new Error(`compact table: no column ${kind}${path}`);
      return { key, kind, values: col.values };
    });
  }

  private build(steps: Step[], row: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const step of steps) {
      if ('nested' in step) {
        out[step.key] = this.build(step.nested, row);
        continue;
      }
      const v = step.values[row] ?? 0;
      out[step.key] = step.kind === 'n' ? v : step.kind === 's' ? this.strings.get(v) : step.kind === 'b' ? v === 1 : this.parsed(v);
    }
    return out;
  }

  private parsed(id: number): unknown {
    if (!this.json.has(id)) this.json.set(id, JSON.parse(this.strings.get(id)));
    return this.json.get(id);
  }
}

/** The typed arrays of a table, to hand to `postMessage` as transferables. */
export function tableBuffers(data: TableData): ArrayBuffer[] {
  return [data.shapes.buffer as ArrayBuffer, data.shape.buffer as ArrayBuffer, ...data.columns.map((c) => c.values.buffer as ArrayBuffer)];
}
