// Trace format 2: the same content as format 1, stored compactly. Container statuses are kept
// once each and every snapshot names only the entries that changed since the one before (with a
// full list every `KEYFRAME` snapshots, so any snapshot is found without replaying the whole
// run); identical events are kept once with the times they happened, as the API server keeps a
// repeated event once with a count; strings are interned and records stored by column. Every
// part is typed arrays or one string, so posting a trace from the worker is cheap.
import type { ContainerSnapshot, Snapshot, Trace, TraceEvent } from '../../scenario/trace';
import { StringInterner, type StringTableData } from './strings';
import { TableEncoder, tableBuffers, type TableData } from './table';

/** A full list of container entries at least every this many snapshots. */
export const KEYFRAME = 32;

/** Snapshots: the pod-level part of each, the distinct container entries, and per snapshot which entries it shows. */
export interface CompactSnapshots {
  /** Each snapshot without its container lists (they hold placeholders, so key order stays). */
  pods: TableData;
  /** Every distinct container entry once. */
  entries: TableData;
  /**
   * Per snapshot, from `starts[i]`: a keyframe `-1, initCount, appCount, ids…`, or `n` changes
   * `slot, id` against the snapshot before (init slots first, then app slots).
   */
  lists: Int32Array;
  starts: Int32Array;
}

/** Events: each distinct event once (its `t` a placeholder) and, in time order, every occurrence. */
export interface CompactEvents {
  kinds: TableData;
  t: Float64Array;
  kind: Int32Array;
}

/** One top-level member of the format 1 trace and how format 2 stores it. */
export type CompactMember =
  | { key: string; value: unknown }
  | { key: string; table: TableData }
  | { key: string; events: CompactEvents }
  | { key: string; snapshots: CompactSnapshots };

/** A trace in format 2 (docs/trace-format.md). */
export interface CompactTrace {
  format: 2;
  /** The members of the format 1 trace, in its key order. */
  members: CompactMember[];
  strings: StringTableData;
}

const isRecordList = (value: unknown): value is object[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'object' && v !== null && !Array.isArray(v));

/** The member names of the event compared against, kept between calls (an event has a handful). */
const keysOfA: string[] = [];

/** Whether two events are the same apart from their time (same members, in the same order). */
function sameEvent(a: TraceEvent, b: TraceEvent): boolean {
  let n = 0;
  for (const k in a) keysOfA[n++] = k;
  let i = 0;
  for (const k in b) {
    if (i >= n || k !== keysOfA[i++]) return false;
    const key = k as keyof TraceEvent;
    if (key !== 't' && a[key] !== b[key] && JSON.stringify(a[key]) !== JSON.stringify(b[key])) return false;
  }
  return i === n;
}

function encodeEvents(events: readonly TraceEvent[], strings: StringInterner): CompactEvents {
  const kinds = new TableEncoder(strings);
  // Events are looked up by message, then by reason, container and field: the few that share those
  // are compared in full. The long message is a key of its own, not copied into a longer one.
  const byMessage = new Map<string, Map<string, { event: TraceEvent; id: number }[]>>();
  // A repeated event (a back-off at every sync) is most often the one last found for its message.
  const lastOfMessage = new Map<string, { event: TraceEvent; id: number }>();
  const t = new Float64Array(events.length);
  const kind = new Int32Array(events.length);
  events.forEach((e, i) => {
    t[i] = e.t;
    const last = lastOfMessage.get(e.message);
    if (last && sameEvent(last.event, e)) {
      kind[i] = last.id;
      return;
    }
    let byRest = byMessage.get(e.message);
    if (!byRest) byMessage.set(e.message, (byRest = new Map()));
    const key = `${e.reason}\u0000${e.container ?? ''}\u0000${e.fieldPath ?? ''}`;
    let candidates = byRest.get(key);
    if (!candidates) byRest.set(key, (candidates = []));
    let found = candidates.find((c) => sameEvent(c.event, e));
    if (found === undefined) {
      found = { event: e, id: kinds.add({ ...e, t: 0 }) };
      candidates.push(found);
    }
    lastOfMessage.set(e.message, found);
    kind[i] = found.id;
  });
  return { kinds: kinds.data(), t, kind };
}

function encodeSnapshots(snapshots: readonly Snapshot[], strings: StringInterner): CompactSnapshots {
  const pods = new TableEncoder(strings);
  const entries = new TableEncoder(strings);
  const byObject = new Map<ContainerSnapshot, number>();
  const entryId = (c: ContainerSnapshot): number => {
    let id = byObject.get(c);
    if (id === undefined) {
      id = entries.addDistinct(c);
      byObject.set(c, id);
    }
    return id;
  };
  const lists: number[] = [];
  const starts = new Int32Array(snapshots.length);
  // The entry id of every slot of the snapshot before, updated in place: the engine reuses an
  // unchanged entry's object, so only the slots whose object changed are looked at further.
  let ids = new Int32Array(0);
  let prevInit: readonly ContainerSnapshot[] = [];
  let prevApps: readonly ContainerSnapshot[] = [];
  snapshots.forEach((s, i) => {
    pods.add({ ...s, initContainers: 0, containers: 0 });
    const init = s.initContainers;
    const apps = s.containers;
    const aligned = i > 0 && prevInit.length === init.length && prevApps.length === apps.length;
    const keyframe = !aligned || i % KEYFRAME === 0;
    if (!aligned) ids = new Int32Array(init.length + apps.length);
    starts[i] = lists.length;
    const head = lists.length;
    if (!keyframe) lists.push(0);
    const update = (slot: number, c: ContainerSnapshot, before: ContainerSnapshot | undefined) => {
      if (aligned && before === c) return;
      const id = entryId(c);
      if (aligned && ids[slot] === id) return;
      ids[slot] = id;
      if (!keyframe) lists.push(slot, id);
    };
    for (let j = 0; j < init.length; j++) update(j, init[j] as ContainerSnapshot, prevInit[j]);
    for (let j = 0; j < apps.length; j++) update(init.length + j, apps[j] as ContainerSnapshot, prevApps[j]);
    if (keyframe) {
      lists.push(-1, init.length, apps.length);
      for (let slot = 0; slot < ids.length; slot++) lists.push(ids[slot] as number);
    } else lists[head] = (lists.length - head - 1) / 2;
    prevInit = init;
    prevApps = apps;
  });
  return { pods: pods.data(), entries: entries.data(), lists: Int32Array.from(lists), starts };
}

/** Writes a format 1 trace in format 2; `expandTrace` gives it back exactly. */
export function compactTrace(trace: Trace): CompactTrace {
  const strings = new StringInterner();
  const members: CompactMember[] = [];
  for (const [key, value] of Object.entries(trace)) {
    if (value === undefined) continue;
    if (key === 'snapshots' && isRecordList(value)) members.push({ key, snapshots: encodeSnapshots(value as Snapshot[], strings) });
    else if (key === 'events' && isRecordList(value)) members.push({ key, events: encodeEvents(value as TraceEvent[], strings) });
    else if (isRecordList(value)) {
      const table = new TableEncoder(strings);
      for (const item of value) table.add(item);
      members.push({ key, table: table.data() });
    } else members.push({ key, value });
  }
  return { format: 2, members, strings: strings.data() };
}

/** The buffers of a format 2 trace, to transfer rather than copy. */
export function compactBuffers(trace: CompactTrace): ArrayBuffer[] {
  const out: ArrayBuffer[] = [trace.strings.ends.buffer as ArrayBuffer];
  for (const m of trace.members) {
    if ('table' in m) out.push(...tableBuffers(m.table));
    else if ('events' in m) out.push(...tableBuffers(m.events.kinds), m.events.t.buffer as ArrayBuffer, m.events.kind.buffer as ArrayBuffer);
    else if ('snapshots' in m) out.push(...tableBuffers(m.snapshots.pods), ...tableBuffers(m.snapshots.entries), m.snapshots.lists.buffer as ArrayBuffer, m.snapshots.starts.buffer as ArrayBuffer);
  }
  return out;
}

/** `JSON.stringify` replacer for format 2: typed arrays are written as arrays of numbers. */
export function compactJsonReplacer(_key: string, value: unknown): unknown {
  return ArrayBuffer.isView(value) && !(value instanceof DataView) ? Array.from(value as Int32Array) : value;
}

type Json = Record<string, unknown>;

function tableFromJson(t: Json): TableData {
  const columns = (t.columns as Json[]).map((c) => ({ path: c.path as string, kind: c.kind as 's' | 'n' | 'b' | 'j', values: (c.values as number[]).every((v) => Number.isInteger(v) && Math.abs(v) <= 0x7fffffff) ? Int32Array.from(c.values as number[]) : Float64Array.from(c.values as number[]) }));
  return { rows: t.rows as number, shapes: Int32Array.from(t.shapes as number[]), shape: Int32Array.from(t.shape as number[]), columns };
}

/** Reads format 2 back from its JSON text's parsed value (the inverse of `compactJsonReplacer`). */
export function compactFromJson(value: unknown): CompactTrace {
  const v = value as Json;
  const strings = v.strings as Json;
  const members = (v.members as Json[]).map((m): CompactMember => {
    const key = m.key as string;
    if ('table' in m) return { key, table: tableFromJson(m.table as Json) };
    if ('events' in m) {
      const e = m.events as Json;
      return { key, events: { kinds: tableFromJson(e.kinds as Json), t: Float64Array.from(e.t as number[]), kind: Int32Array.from(e.kind as number[]) } };
    }
    if ('snapshots' in m) {
      const s = m.snapshots as Json;
      return { key, snapshots: { pods: tableFromJson(s.pods as Json), entries: tableFromJson(s.entries as Json), lists: Int32Array.from(s.lists as number[]), starts: Int32Array.from(s.starts as number[]) } };
    }
    return { key, value: m.value };
  });
  return { format: 2, members, strings: { text: strings.text as string, ends: Uint32Array.from(strings.ends as number[]) } };
}
