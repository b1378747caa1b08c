// The trace contract (playground-contract.md §2) on every gallery scenario.
import { describe, expect, it } from 'vitest';
import { gallery } from '../scenario/gallery';
import { conditionTypes, isRejection, type Trace } from '../scenario/trace';
import { simulateScenario } from './simulate';

const traces = gallery.map((g) => [g.id, simulateScenario(g.yaml)] as const);

function starts(trace: Trace, name: string): number {
  let count = 0;
  let wasRunning = false;
  for (const s of trace.snapshots) {
    const c = [...s.initContainers, ...s.containers].find((x) => x.name === name);
    const running = c?.state === 'running';
    if (running && !wasRunning) count++;
    wasRunning = running;
  }
  return count;
}

describe('trace format 1', () => {
  it.each(traces)('counts every start of every container as a running snapshot in %s', (_id, result) => {
    if (isRejection(result)) throw new Error('rejected');
    const last = result.snapshots.at(-1);
    for (const c of [...(last?.initContainers ?? []), ...(last?.containers ?? [])]) {
      const n = starts(result, c.name);
      if (n === 0) continue;
      expect(`${c.name}: ${n}`).toBe(`${c.name}: ${c.restartCount + 1}`);
    }
  });

  it.each(traces)('has a first snapshot at t = 0, then one per change, in time order, within the horizon: %s', (_id, result) => {
    if (isRejection(result)) throw new Error('rejected');
    expect(result.snapshots[0]?.t).toBe(0);
    for (let i = 1; i < result.snapshots.length; i++) {
      const [a, b] = [result.snapshots[i - 1], result.snapshots[i]];
      expect(b?.t).toBeGreaterThan(a?.t ?? Infinity);
      expect(JSON.stringify({ ...a, t: 0 })).not.toBe(JSON.stringify({ ...b, t: 0 }));
    }
    for (const s of result.snapshots) {
      expect(s.t).toBeLessThanOrEqual(result.horizon);
      expect(Object.keys(s.conditions).sort()).toEqual([...conditionTypes].sort());
      for (const c of [...s.initContainers, ...s.containers]) expect(['waiting', 'running', 'terminated']).toContain(c.state);
    }
    expect(result.events.every((e, i) => i === 0 || (result.events[i - 1]?.t ?? 0) <= e.t)).toBe(true);
    expect(result.logs.every((l, i) => i === 0 || (result.logs[i - 1]?.t ?? 0) <= l.t)).toBe(true);
  });
});
