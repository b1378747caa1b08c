// Reading a format 2 trace: a snapshot, an event or a cause is built only when asked for, once.
// `openTrace` wraps the reader in an object that reads like a format 1 trace (its members are
// built on first access), so every view works on either form; views that care about cost ask
// `readerOf` for the reader and go to the instant they need.
import type { ContainerSnapshot, PodLevel, Snapshot, Trace, TraceEvent } from '../../scenario/trace';
import type { CompactEvents, CompactSnapshots, CompactTrace } from './compactTrace';
import { StringTable } from './strings';
import { TableDecoder } from './table';

/** An event as the API server keeps it: once, with how often it happened and when first and last. */
export interface EventGroup {
  event: TraceEvent;
  count: number;
  first: number;
  last: number;
}

/** Reads the snapshots of a format 2 trace. */
/** What one step of `SnapshotReader.stream` set: every slot (`all`, a keyframe), or the slots of its delta. */
export interface StreamChanges {
  all: boolean;
  slots: number[];
}

export class SnapshotReader {
  private readonly pods: TableDecoder<Snapshot>;
  private readonly entries: TableDecoder<ContainerSnapshot>;
  private readonly times: Int32Array | Float64Array;
  private readonly built: (Snapshot | undefined)[];
  private cursor: { index: number; ids: number[]; init: number } | undefined;

  constructor(private readonly data: CompactSnapshots, strings: StringTable) {
    this.pods = new TableDecoder<Snapshot>(data.pods, strings);
    this.entries = new TableDecoder<ContainerSnapshot>(data.entries, strings);
    this.times = data.pods.columns.find((c) => c.path === 't' && c.kind === 'n')?.values ?? new Int32Array(data.pods.rows);
    this.built = new Array<Snapshot | undefined>(data.pods.rows);
  }

  get count(): number {
    return this.data.pods.rows;
  }

  time(i: number): number {
    return this.times[i] ?? 0;
  }

  /** The last snapshot index with t <= at (0 before the first). */
  indexAt(at: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.time(mid) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The entry ids snapshot `i` shows, init slots first. */
  private ids(i: number): { ids: number[]; init: number } {
    const { lists, starts } = this.data;
    let from = i;
    let state: { ids: number[]; init: number };
    if (this.cursor && this.cursor.index <= i && this.cursor.index >= i - 2 * KEYFRAME_SCAN) {
      from = this.cursor.index + 1;
      state = { ids: [...this.cursor.ids], init: this.cursor.init };
    } else {
      while (from > 0 && lists[starts[from] ?? 0] !== -1) from--;
      const at = starts[from] ?? 0;
      const init = lists[at + 1] ?? 0;
      const n = init + (lists[at + 2] ?? 0);
      state = { ids: Array.from(lists.subarray(at + 3, at + 3 + n)), init };
      from++;
    }
    for (let j = from; j <= i; j++) {
      const at = starts[j] ?? 0;
      const head = lists[at] ?? 0;
      if (head === -1) {
        const init = lists[at + 1] ?? 0;
        const n = init + (lists[at + 2] ?? 0);
        state = { ids: Array.from(lists.subarray(at + 3, at + 3 + n)), init };
        continue;
      }
      for (let k = 0; k < head; k++) state.ids[lists[at + 1 + 2 * k] ?? 0] = lists[at + 2 + 2 * k] ?? 0;
    }
    this.cursor = { index: i, ids: state.ids, init: state.init };
    return state;
  }

  get(i: number): Snapshot {
    let s = this.built[i];
    if (!s) {
      const { ids, init } = this.ids(i);
      const entries = ids.map((id) => this.entries.get(id));
      s = Object.assign({}, this.pods.get(i), { initContainers: entries.slice(0, init), containers: entries.slice(init) });
      this.built[i] = s;
    }
    return s;
  }

  /** Every snapshot's pod-level part, without building a container list (its lists are placeholders). */
  podRows(): PodLevel[] {
    return this.pods.all();
  }

  /**
   * Every snapshot in order for one pass: the container lists are two arrays updated in place
   * from each snapshot's changes, so a reader that keeps entries but not the lists builds no list.
   * `changed`, when given, says at each step what that snapshot set: every slot at a keyframe,
   * else the slots (init slots first) of its delta, so a reader can skip containers it did not touch.
   */
  *stream(changed?: StreamChanges): Generator<Snapshot> {
    const { lists, starts } = this.data;
    const init: ContainerSnapshot[] = [];
    const app: ContainerSnapshot[] = [];
    let initCount = 0;
    const put = (slot: number, id: number) => {
      const entry = this.entries.get(id);
      if (slot < initCount) init[slot] = entry;
      else app[slot - initCount] = entry;
    };
    for (let i = 0; i < this.count; i++) {
      const at = starts[i] ?? 0;
      const head = lists[at] ?? 0;
      if (changed) changed.slots.length = 0;
      if (head === -1) {
        initCount = lists[at + 1] ?? 0;
        const appCount = lists[at + 2] ?? 0;
        init.length = initCount;
        app.length = appCount;
        for (let slot = 0; slot < initCount + appCount; slot++) put(slot, lists[at + 3 + slot] ?? 0);
        if (changed) changed.all = true;
      } else {
        for (let k = 0; k < head; k++) {
          const slot = lists[at + 1 + 2 * k] ?? 0;
          put(slot, lists[at + 2 + 2 * k] ?? 0);
          changed?.slots.push(slot);
        }
        if (changed) changed.all = false;
      }
      yield Object.assign({}, this.pods.get(i), { initContainers: init, containers: app });
    }
  }

  /** Per slot (init slots first), the snapshot indexes where its entry changes and the entries, without building snapshots. */
  changesBySlot(): { name: string; init: boolean; at: number[]; entries: ContainerSnapshot[] }[] {
    const out: { name: string; init: boolean; at: number[]; entries: ContainerSnapshot[] }[] = [];
    const { lists, starts } = this.data;
    let current: number[] = [];
    let init = 0;
    for (let i = 0; i < this.count; i++) {
      const at = starts[i] ?? 0;
      const head = lists[at] ?? 0;
      const changed: number[] = [];
      if (head === -1) {
        init = lists[at + 1] ?? 0;
        const n = init + (lists[at + 2] ?? 0);
        const next = Array.from(lists.subarray(at + 3, at + 3 + n));
        next.forEach((id, slot) => { if (current[slot] !== id || current.length !== next.length) changed.push(slot); });
        current = next;
      } else {
        for (let k = 0; k < head; k++) {
          const slot = lists[at + 1 + 2 * k] ?? 0;
          current[slot] = lists[at + 2 + 2 * k] ?? 0;
          changed.push(slot);
        }
      }
      for (const slot of changed) {
        const entry = this.entries.get(current[slot] ?? 0);
        const lane = out[slot] ??= { name: entry.name, init: slot < init, at: [], entries: [] };
        lane.at.push(i);
        lane.entries.push(entry);
      }
    }
    return out;
  }
}

/** How far back a sequential reader replays deltas instead of going to a keyframe. */
const KEYFRAME_SCAN = 32;

class EventReader {
  private readonly kinds: TableDecoder<TraceEvent>;
  private list: TraceEvent[] | undefined;

  constructor(private readonly data: CompactEvents, strings: StringTable) {
    this.kinds = new TableDecoder<TraceEvent>(data.kinds, strings);
  }

  /** How many events occurred (distinct or not). */
  get count(): number {
    return this.data.t.length;
  }

  all(): TraceEvent[] {
    this.list ??= Array.from(this.data.t, (t, i) => Object.assign({}, this.kinds.get(this.data.kind[i] ?? 0), { t }));
    return this.list;
  }

  /** `f` of each occurrence's event, computed once per distinct event. */
  mapKinds(f: (event: TraceEvent) => number): Int32Array {
    const byKind = Array.from({ length: this.kinds.rows }, (_, k) => f(this.kinds.get(k)));
    return Int32Array.from(this.data.kind, (k) => byKind[k] ?? 0);
  }

  groups(): EventGroup[] {
    const groups: EventGroup[] = [];
    this.data.kind.forEach((k, i) => {
      const t = this.data.t[i] ?? 0;
      const g = groups[k];
      if (g) { g.count++; g.last = t; } else groups[k] = { event: Object.assign({}, this.kinds.get(k), { t }), count: 1, first: t, last: t };
    });
    return groups.filter(Boolean).sort((a, b) => a.first - b.first);
  }
}

/** Reads a format 2 trace. */
export class CompactReader {
  readonly strings: StringTable;
  readonly snapshots?: SnapshotReader;
  readonly events?: EventReader;

  constructor(readonly compact: CompactTrace) {
    this.strings = new StringTable(compact.strings);
    for (const m of compact.members) {
      if ('snapshots' in m) this.snapshots = new SnapshotReader(m.snapshots, this.strings);
      else if ('events' in m) this.events = new EventReader(m.events, this.strings);
    }
  }

  /** A member in its format 1 form. */
  member(key: string): unknown {
    const m = this.compact.members.find((x) => x.key === key);
    if (!m) return undefined;
    if ('value' in m) return m.value;
    if ('table' in m) return new TableDecoder(m.table, this.strings).all();
    if ('events' in m) return this.events?.all();
    return Array.from({ length: this.snapshots?.count ?? 0 }, (_, i) => this.snapshots?.get(i));
  }
}

const readers = new WeakMap<object, CompactReader>();

/** A format 1 trace read from a format 2 one: each member is built the first time it is read. */
export function openTrace(compact: CompactTrace): Trace {
  const reader = new CompactReader(compact);
  const out = {};
  for (const { key } of compact.members) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = reader.member(key);
        Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
        return value;
      },
      set(value: unknown) {
        Object.defineProperty(out, key, { value, enumerable: true, configurable: true, writable: true });
      },
    });
  }
  readers.set(out, reader);
  return out as Trace;
}

/** The reader behind a trace from `openTrace`, if it came from one. */
export function readerOf(trace: object): CompactReader | undefined {
  return readers.get(trace);
}

/** A format 2 trace back in format 1, every member built: `JSON.stringify` prints what the engine wrote. */
export function expandTrace(compact: CompactTrace): Trace {
  const reader = new CompactReader(compact);
  const out: Record<string, unknown> = {};
  for (const { key } of compact.members) out[key] = reader.member(key);
  return out as unknown as Trace;
}
