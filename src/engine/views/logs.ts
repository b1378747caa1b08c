// `kubectl logs -c <container> [--previous]` at an instant. Instances are told apart from
// the snapshots: a container's start is the snapshot where it becomes running (or its
// restartCount grows). Which instance is shown follows the kubelet's
// validateContainerLogStatus: the current one, or lastState for --previous.
import type { ContainerSnapshot, Trace } from '../../scenario/trace';
import { snapshotAt } from './snapshots';

/** Options for containerLogs. */
export interface LogsOptions {
  previous?: boolean;
}

/** Either the log text or the error kubectl would print. */
export type LogsResult = { ok: true; text: string } | { ok: false; error: string };

function find(list: ContainerSnapshot[], name: string): ContainerSnapshot | undefined {
  return list.find((c) => c.name === name);
}

/** Start times of each instance of a container up to `at`, oldest first. */
export function containerInstanceStarts(trace: Pick<Trace, 'snapshots'>, container: string, at: number): number[] {
  const starts: number[] = [];
  let previous: ContainerSnapshot | undefined;
  for (const snapshot of trace.snapshots) {
    if (snapshot.t > at) break;
    const c = find(snapshot.initContainers, container) ?? find(snapshot.containers, container);
    const restarted = previous !== undefined && c !== undefined && c.restartCount > previous.restartCount;
    if (c?.state === 'running' && (previous?.state !== 'running' || restarted)) starts.push(c.startedAt ?? snapshot.t);
    previous = c;
  }
  return starts;
}

function waitingError(c: ContainerSnapshot, pod: string): string {
  const what = `container "${c.name}" in pod "${pod}" is waiting to start`;
  if (c.reason === 'ErrImagePull') return `${what}: image can't be pulled`;
  if (c.reason === 'ImagePullBackOff') return `${what}: trying and failing to pull image`;
  return `${what}: ${c.reason ?? ''}`;
}

/** The lines `kubectl logs` shows at `at`, or the error it reports. */
export function readContainerLogs(trace: Trace, container: string, at: number, options: LogsOptions = {}): LogsResult {
  const snapshot = snapshotAt(trace, at);
  const fail = (message: string): LogsResult => ({ ok: false, error: `Error from server (BadRequest): ${message}` });
  if (!snapshot || snapshot.deleted) return { ok: false, error: `Error from server (NotFound): pods "${trace.pod}" not found` };
  const c = find(snapshot.initContainers, container) ?? find(snapshot.containers, container);
  if (!c) return fail(`container ${container} is not valid for pod ${trace.pod}`);
  const starts = containerInstanceStarts(trace, container, at);
  const latest = starts.length - 1;
  let instance: number;
  if (options.previous) {
    if (!c.lastState) return fail(`previous terminated container "${container}" in pod "${trace.pod}" not found`);
    // While waiting to restart, lastState is the latest instance itself.
    instance = c.state === 'waiting' ? latest : latest - 1;
  } else {
    if (c.state === 'waiting' && !c.lastState) return fail(waitingError(c, trace.pod));
    instance = latest;
  }
  const from = starts[instance];
  if (from === undefined) return { ok: true, text: '' };
  const to = starts[instance + 1] ?? Infinity;
  const lines = trace.logs.filter((l) => l.container === container && l.t >= from && l.t < to && l.t <= at).map((l) => `${l.line}\n`);
  return { ok: true, text: lines.join('') };
}

/** `kubectl logs -c <container>` output at `at` (with `previous`, the prior instance); errors as kubectl prints them. */
export function containerLogs(trace: Trace, container: string, at: number, options: LogsOptions = {}): string {
  const result = readContainerLogs(trace, container, at, options);
  return result.ok ? result.text : `${result.error}\n`;
}
