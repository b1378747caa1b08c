// The status manager: a new API status becomes a snapshot when it differs from the last one.
import type { ConditionDetail, ContainerSnapshot, Snapshot, TerminatedState } from '../../scenario/trace';
import { printPodColumns } from '../views/podColumns';
import { recordChanges } from './causes';
import type { SimContext } from './context';
import { count, READY_RUNNING, statusTally } from './statusTally';

function sameTerminated(a: TerminatedState | undefined, b: TerminatedState | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a.reason === b.reason && a.exitCode === b.exitCode && a.signal === b.signal && a.message === b.message && a.startedAt === b.startedAt && a.finishedAt === b.finishedAt;
}

function sameContainer(a: ContainerSnapshot, b: ContainerSnapshot): boolean {
  if (a === b) return true;
  return a.name === b.name && a.state === b.state && a.reason === b.reason && a.message === b.message && a.exitCode === b.exitCode
    && a.signal === b.signal && a.startedAt === b.startedAt && a.finishedAt === b.finishedAt && a.restartCount === b.restartCount
    && a.started === b.started && a.ready === b.ready && a.image === b.image && sameTerminated(a.lastState, b.lastState);
}

/** Entries a status did not change are the same objects as before, so most are told apart by reference. */
function sameContainers(a: ContainerSnapshot[], b: ContainerSnapshot[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as ContainerSnapshot;
    const y = b[i] as ContainerSnapshot;
    if (x !== y && !sameContainer(x, y)) return false;
  }
  return true;
}

const sameCondition = (a: ConditionDetail, b: ConditionDetail) => a.type === b.type && a.status === b.status && a.reason === b.reason && a.message === b.message;

function sameConditions(a: ConditionDetail[] | undefined, b: ConditionDetail[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameCondition(a[i] as ConditionDetail, b[i] as ConditionDetail)) return false;
  return true;
}

/** True when two statuses show the same thing (time and kubectl's relative ages aside). */
export function sameStatus(a: Snapshot, b: Snapshot): boolean {
  return a.phase === b.phase && a.reason === b.reason && a.message === b.message && a.deletionTimestamp === b.deletionTimestamp
    && a.deleted === b.deleted && a.startTime === b.startTime
    && sameContainers(a.initContainers, b.initContainers) && sameContainers(a.containers, b.containers)
    && sameConditions(a.conditionDetails, b.conditionDetails);
}

/** Publishes a status; it becomes a snapshot, with its kubectl columns, when anything in it changed. `onlyIndex`: the one container entry that can differ from the last status. */
export function publishStatus(ctx: SimContext, next: Snapshot, onlyIndex?: number): void {
  const snaps = ctx.rec.snapshots;
  const last = snaps[snaps.length - 1];
  // Once the pod object is gone from the API, no status of it can be written.
  if (last && (last.deleted || sameStatus(last, next))) return;
  const tally = statusTally(ctx.pod, next.initContainers, next.containers);
  next.kubectl = printPodColumns(next, ctx.pod, ctx.sched.now,
    tally && { restarts: tally.appRestarts, last: tally.appLast, ready: count(tally, READY_RUNNING), reasonIndex: tally.reasonIndex });
  const replacing = !!last && last.t === next.t;
  recordChanges(ctx, (replacing ? snaps[snaps.length - 2] : last) ?? ctx.initialStatus, next, replacing ? last : undefined, onlyIndex);
  if (replacing) snaps[snaps.length - 1] = next;
  else snaps.push(next);
  ctx.status = next;
  ctx.rec.lastChange = ctx.sched.now;
}
