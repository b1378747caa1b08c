// Helpers for engine tests: run a scenario and ask questions of its trace.
import { simulateScenario } from '../../simulate';
import { isRejection, type ContainerSnapshot, type Snapshot, type Trace, type TraceEvent } from '../../../scenario/trace';

/** Simulates a scenario that must be accepted; `until` in seconds. */
export function simulate(yaml: string, until?: number): Trace {
  const r = simulateScenario(yaml, until === undefined ? {} : { until: until * 1000 });
  if (isRejection(r)) throw new Error(`rejected: ${JSON.stringify(r.errors)}`);
  return r;
}

/** The snapshot in force at time t. */
export function at(trace: Trace, t: number): Snapshot {
  let found = trace.snapshots[0] as Snapshot;
  for (const s of trace.snapshots) if (s.t <= t) found = s;
  return found;
}

/** The last snapshot. */
export function last(trace: Trace): Snapshot {
  return trace.snapshots[trace.snapshots.length - 1] as Snapshot;
}

/** A container's status in a snapshot (init or app). */
export function container(s: Snapshot, name: string): ContainerSnapshot {
  const c = [...s.initContainers, ...s.containers].find((x) => x.name === name);
  if (!c) throw new Error(`no container ${name} at t=${s.t}`);
  return c;
}

/** Events with a reason (and container, if given), in order. */
export function events(trace: Trace, reason: string, name?: string): TraceEvent[] {
  return trace.events.filter((e) => e.reason === reason && (name === undefined || e.container === name));
}

/** Times at which a container started (its Started events). */
export function starts(trace: Trace, name: string): number[] {
  return events(trace, 'Started', name).map((e) => e.t);
}

/** The kubectl STATUS strings in order, without repeats. */
export function statuses(trace: Trace): string[] {
  const out: string[] = [];
  for (const s of trace.snapshots) if (out[out.length - 1] !== s.kubectl.status) out.push(s.kubectl.status);
  return out;
}

/** The first snapshot that satisfies a predicate. */
export function first(trace: Trace, pred: (s: Snapshot) => boolean): Snapshot | undefined {
  return trace.snapshots.find(pred);
}

/** A pod manifest from parts, with busybox already on the node unless the YAML says otherwise. */
export function pod(spec: string, scenario = 'spec:\n  node:\n    cachedImages: [busybox:1.28]'): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: demo\nspec:\n${spec}\n---\napiVersion: playground/v1\nkind: Scenario\n${scenario}\n`;
}
