import { describe, expect, it } from 'vitest';
import { stressPodYaml } from '../../../bench/engine';
import { gallery } from '../../scenario/gallery';
import { isRejection, type Trace } from '../../scenario/trace';
import { simulateScenario } from '../simulate';
import { compactBuffers, compactTrace, KEYFRAME } from './compactTrace';
import { CompactReader, expandTrace, openTrace, readerOf } from './reader';

function traceOf(yaml: string, until?: number): Trace {
  const result = simulateScenario(yaml, until === undefined ? {} : { until });
  if (isRejection(result)) throw new Error('rejected');
  return result;
}

const cases: [string, Trace][] = [
  ...gallery.map((g): [string, Trace] => [g.id, traceOf(g.yaml)]),
  ['12 containers crash-looping for 30 min', traceOf(stressPodYaml(12), 1_800_000)],
];

describe('compactTrace', () => {
  it.each(cases)('expands %s back to the same format 1 text, byte for byte', (_id, trace) => {
    const compact = compactTrace(trace);
    expect(JSON.stringify(expandTrace(compact))).toBe(JSON.stringify(trace));
    expect(JSON.stringify(openTrace(compact))).toBe(JSON.stringify(trace));
  });

  it('survives a structured clone with its buffers transferred', () => {
    const [, trace] = cases.at(-1) as [string, Trace];
    const compact = compactTrace(trace);
    const moved = structuredClone(compact, { transfer: compactBuffers(compact) });
    expect(compact.strings.ends.byteLength).toBe(0);
    expect(JSON.stringify(expandTrace(moved))).toBe(JSON.stringify(trace));
  });

  it('keeps each distinct container entry once and writes only changed entries between keyframes', () => {
    const [, trace] = cases.at(-1) as [string, Trace];
    const compact = compactTrace(trace);
    const member = compact.members.find((m) => 'snapshots' in m);
    if (!member || !('snapshots' in member)) throw new Error('no snapshots');
    const distinct = new Set(trace.snapshots.flatMap((s) => [...s.initContainers, ...s.containers].map((c) => JSON.stringify(c))));
    expect(member.snapshots.entries.rows).toBe(distinct.size);
    const keyframes = Math.ceil(trace.snapshots.length / KEYFRAME);
    expect(member.snapshots.lists.length).toBeLessThan(keyframes * (3 + 12) + 2 * 2 * distinct.size + trace.snapshots.length);
  });

  it('reads any snapshot in any order as the engine wrote it', () => {
    const [, trace] = cases.at(-1) as [string, Trace];
    const reader = new CompactReader(compactTrace(trace));
    const order = trace.snapshots.map((_, i) => (i * 7919) % trace.snapshots.length);
    for (const i of order) expect(reader.snapshots?.get(i)).toEqual(trace.snapshots[i]);
    const t = trace.snapshots[40]?.t ?? 0;
    expect(reader.snapshots?.indexAt(t)).toBe(trace.snapshots.findLastIndex((s) => s.t <= t));
    expect(reader.snapshots?.indexAt(-5)).toBe(0);
  });

  it('streams every snapshot in order with its lists updated in place, and gives the pod-level rows alone', () => {
    const [, trace] = cases.at(-1) as [string, Trace];
    const reader = new CompactReader(compactTrace(trace)).snapshots;
    let i = 0;
    for (const s of reader?.stream() ?? []) {
      expect(JSON.stringify(s)).toBe(JSON.stringify(trace.snapshots[i]));
      i++;
    }
    expect(i).toBe(trace.snapshots.length);
    const rows = reader?.podRows() ?? [];
    expect(rows.map((r) => [r.t, r.phase, r.kubectl.status])).toEqual(trace.snapshots.map((s) => [s.t, s.phase, s.kubectl.status]));
  });

  it('says at each step of a stream which slots it set: all of them at a keyframe, else those of the delta', () => {
    const [, trace] = cases.at(-1) as [string, Trace];
    const reader = new CompactReader(compactTrace(trace)).snapshots;
    const changed = { all: false, slots: [] as number[] };
    let i = 0;
    let keyframes = 0;
    for (const s of reader?.stream(changed) ?? []) {
      const before = trace.snapshots[i - 1];
      const now = trace.snapshots[i];
      if (changed.all) keyframes++;
      else if (before && now) {
        const entries = (x: typeof now) => [...x.initContainers, ...x.containers];
        const moved = entries(now).flatMap((c, slot) => (JSON.stringify(c) !== JSON.stringify(entries(before)[slot]) ? [slot] : []));
        // Every entry that differs from the snapshot before was set by this step.
        for (const slot of moved) expect(changed.slots).toContain(slot);
        expect(changed.slots.length).toBeLessThan(entries(now).length);
      }
      expect(s.initContainers.length + s.containers.length).toBe(now ? now.initContainers.length + now.containers.length : -1);
      i++;
    }
    expect(keyframes).toBe(Math.ceil(trace.snapshots.length / KEYFRAME));
  });

  it('keeps identical events once, with their count and first and last times', () => {
    const [, trace] = cases.at(-1) as [string, Trace];
    const compact = compactTrace(trace);
    const groups = new CompactReader(compact).events?.groups() ?? [];
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(trace.events.length);
    expect(groups.length).toBeLessThan(trace.events.length / 5);
    const backOff = groups.find((g) => g.event.reason === 'BackOff' && g.count > 1);
    const same = trace.events.filter((e) => e.reason === 'BackOff' && e.message === backOff?.event.message && e.container === backOff.event.container);
    expect(backOff).toMatchObject({ count: same.length, first: same[0]?.t, last: same.at(-1)?.t });
  });

  it('lists each container slot\'s changes without building snapshots', () => {
    const [, trace] = cases[0] as [string, Trace];
    const lanes = new CompactReader(compactTrace(trace)).snapshots?.changesBySlot() ?? [];
    const slots = (trace.snapshots.at(-1)?.initContainers.length ?? 0) + (trace.snapshots.at(-1)?.containers.length ?? 0);
    expect(lanes).toHaveLength(slots);
    const first = lanes[0];
    const expected = trace.snapshots.map((s) => s.initContainers[0]).filter((c, i, all) => c !== undefined && JSON.stringify(c) !== JSON.stringify(all[i - 1]));
    expect(first?.entries).toEqual(expected);
  });

  it('lets the reader behind an opened trace be found, and a member be replaced', () => {
    const [, trace] = cases[0] as [string, Trace];
    const opened = openTrace(compactTrace(trace));
    expect(readerOf(opened)).toBeInstanceOf(CompactReader);
    expect(readerOf(trace)).toBeUndefined();
    opened.warnings = [{ message: 'extra' }];
    expect(opened.warnings).toEqual([{ message: 'extra' }]);
    expect(Object.keys(opened)).toEqual(Object.keys(trace));
  });

  it('keeps events apart that differ in a member, in the order of their members or in having one more', () => {
    const [, base] = cases[0] as [string, Trace];
    const m = 'Back-off restarting failed container';
    const events = [
      { t: 1, type: 'Warning', reason: 'BackOff', container: 'a', message: m },
      { t: 2, type: 'Warning', reason: 'BackOff', container: 'a', message: m },
      { t: 3, type: 'Warning', container: 'a', reason: 'BackOff', message: m },
      { t: 4, type: 'Warning', reason: 'BackOff', container: 'b', message: m },
      { t: 5, type: 'Warning', reason: 'BackOff', container: 'a', message: m, fieldPath: 'spec.containers{a}' },
      { t: 6, type: 'Warning', reason: 'BackOff', container: 'a', message: m },
      { t: 7, type: 'Warning', reason: 'BackOff', message: m },
      { t: 8, type: 'Warning', reason: 'BackOff', container: 'a', message: m, fieldPath: 'spec.containers{a}' },
    ] as Trace['events'];
    const trace: Trace = { ...base, events };
    const compact = compactTrace(trace);
    expect(JSON.stringify(expandTrace(compact))).toBe(JSON.stringify(trace));
    const groups = new CompactReader(compact).events?.groups() ?? [];
    expect(groups.map((g) => g.count)).toEqual([3, 1, 1, 2, 1]);
  });
});
