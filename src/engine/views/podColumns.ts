// READY / STATUS / RESTARTS of `kubectl get pod`: a step-by-step port of
// pkg/printers/internalversion/printers.go › printPod (kubelet-semantics.md §7).
import type { ContainerSnapshot, KubectlColumns, Snapshot } from '../../scenario/trace';
import type { PodSpecModel } from '../manifest/model';
import { apiTime } from './clock';
import { formatHumanDuration } from './duration';
import { isConditionTrue } from './snapshots';

/** The parts of a snapshot that printPod reads. */
export type PodStatusInput = Pick<Snapshot, 'phase' | 'initContainers' | 'containers'> &
  Partial<Pick<Snapshot, 'reason' | 'conditions' | 'conditionDetails' | 'deletionTimestamp'>>;

// status.reason the node lifecycle controller sets on pods of an unreachable node.
const nodeUnreachablePodReason = 'NodeLost';

interface RestartTally {
  count: number;
  last?: number;
}

function addRestarts(tally: RestartTally, c: ContainerSnapshot): void {
  tally.count += c.restartCount;
  // API timestamps (metav1.Time) keep whole seconds, so kubectl measures ages from the second.
  const finished = c.lastState?.finishedAt === undefined ? undefined : apiTime(c.lastState.finishedAt);
  if (finished !== undefined && (tally.last === undefined || finished > tally.last)) tally.last = finished;
}

function terminatedReason(c: ContainerSnapshot, prefix: string): string {
  if (c.reason) return prefix + c.reason;
  if (c.signal) return `${prefix}Signal:${c.signal}`;
  return `${prefix}ExitCode:${c.exitCode ?? 0}`;
}

/**
 * What printPod's loop over the app containers adds up, counted by the caller: their restart counts,
 * the newest lastState.finishedAt in API seconds (NaN: none), how many are ready and running, and
 * the index of the one whose waiting reason or termination shows: the first by name (the list's length: none).
 */
export interface AppColumnsTally {
  restarts: number;
  last: number;
  ready: number;
  reasonIndex: number;
}

const sidecarNames = new WeakMap<PodSpecModel, Set<string>>();

function sidecarsOf(pod: PodSpecModel): Set<string> {
  let names = sidecarNames.get(pod);
  if (!names) {
    names = new Set(pod.initContainers.filter((c) => c.kind === 'sidecar').map((c) => c.name));
    sidecarNames.set(pod, names);
  }
  return names;
}

/** Go's order of strings (by bytes; container names are ASCII). */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** App container statuses in the API's order: by name. The same list when it is already in that order. */
export function sortedByName(list: readonly ContainerSnapshot[]): readonly ContainerSnapshot[] {
  for (let i = 1; i < list.length; i++) {
    if (compareNames((list[i - 1] as ContainerSnapshot).name, (list[i] as ContainerSnapshot).name) > 0) return [...list].sort((a, b) => compareNames(a.name, b.name));
  }
  return list;
}

/** Computes the READY, STATUS and RESTARTS columns exactly as kubectl's printPod does, with `at` as now; `app`, when given, is the app containers' tally. */
export function printPodColumns(status: PodStatusInput, pod: PodSpecModel, at: number, app?: AppColumnsTally): KubectlColumns {
  const sidecars = sidecarsOf(pod);
  const total = pod.containers.length + sidecars.size;
  let ready = 0;
  let restarts: RestartTally = { count: 0 };
  const sidecarRestarts: RestartTally = { count: 0 };

  let reason: string = status.reason || status.phase;
  const scheduled = status.conditionDetails?.find((c) => c.type === 'PodScheduled');
  if (scheduled?.reason === 'SchedulingGated') reason = 'SchedulingGated';

  let initializing = false;
  for (let i = 0; i < status.initContainers.length; i++) {
    const c = status.initContainers[i] as ContainerSnapshot;
    addRestarts(restarts, c);
    const isSidecar = sidecars.has(c.name);
    if (isSidecar) addRestarts(sidecarRestarts, c);
    if (c.state === 'terminated' && (c.exitCode ?? 0) === 0) continue;
    if (isSidecar && c.started) {
      if (c.ready) ready++;
      continue;
    }
    if (c.state === 'terminated') reason = terminatedReason(c, 'Init:');
    else if (c.state === 'waiting' && c.reason && c.reason !== 'PodInitializing') reason = `Init:${c.reason}`;
    else reason = `Init:${i}/${pod.initContainers.length}`;
    initializing = true;
    // Init containers after the first unfinished one count neither restarts nor readiness.
    break;
  }

  if (!initializing || isConditionTrue(status, 'Initialized')) {
    // After initialization regular init containers no longer count towards RESTARTS.
    restarts = { ...sidecarRestarts };
    let hasRunning = false;
    if (app) {
      restarts.count += app.restarts;
      if (!Number.isNaN(app.last) && (restarts.last === undefined || app.last > restarts.last)) restarts.last = app.last;
      const c = status.containers[app.reasonIndex];
      if (c) reason = c.state === 'terminated' ? terminatedReason(c, '') : c.reason ?? reason;
      ready += app.ready;
      hasRunning = app.ready > 0;
    }
    // The API holds app container statuses sorted by name (the kubelet's convertToAPIContainerStatuses
    // and the status manager's normalizeStatus): printPod walks them in that order, backwards.
    const byName = app ? status.containers : sortedByName(status.containers);
    for (let i = app ? -1 : byName.length - 1; i >= 0; i--) {
      const c = byName[i];
      if (!c) continue;
      addRestarts(restarts, c);
      if (c.state === 'waiting' && c.reason) reason = c.reason;
      else if (c.state === 'terminated') reason = terminatedReason(c, '');
      else if (c.ready && c.state === 'running') {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) reason = isConditionTrue(status, 'Ready') ? 'Running' : 'NotReady';
  }

  if (status.deletionTimestamp !== undefined && status.reason === nodeUnreachablePodReason) reason = 'Unknown';
  else if (status.deletionTimestamp !== undefined && status.phase !== 'Succeeded' && status.phase !== 'Failed') reason = 'Terminating';

  const restartText =
    restarts.count !== 0 && restarts.last !== undefined
      ? `${restarts.count} (${formatHumanDuration(at - restarts.last)} ago)`
      : String(restarts.count);
  return { status: reason, ready: `${ready}/${total}`, restarts: restartText };
}
