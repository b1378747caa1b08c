// The status manager: a new API status becomes a snapshot when it differs from the last one.
import type { ConditionDetail, ContainerSnapshot, Snapshot, TerminatedState } from '../../scenario/trace';
import { printPodColumns } from '../views/podColumns';
import { recordChanges } from './causes';
import type { SimContext } from './context';

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

function sameList<T>(a: T[] | undefined, b: T[] | undefined, eq: (x: T, y: T) => boolean): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!eq(a[i] as T, b[i] as T)) return false;
  return true;
}

const sameCondition = (a: ConditionDetail, b: ConditionDetail) => a.type === b.type && a.status === b.status && a.reason === b.reason && a.message === b.message;

/** True when two statuses show the same thing (time and kubectl's relative ages aside). */
export function sameStatus(a: Snapshot, b: Snapshot): boolean {
  return a.phase === b.phase && a.reason === b.reason && a.message === b.message && a.deletionTimestamp === b.deletionTimestamp
    && a.deleted === b.deleted && a.startTime === b.startTime
    && sameList(a.initContainers, b.initContainers, sameContainer) && sameList(a.containers, b.containers, sameContainer)
    && sameList(a.conditionDetails, b.conditionDetails, sameCondition);
}

/** Publishes a status; it becomes a snapshot, with its kubectl columns, when anything in it changed. `onlyIndex`: the one container entry that can differ from the last status. */
export function publishStatus(ctx: SimContext, next: Snapshot, onlyIndex?: number): void {
  const snaps = ctx.rec.snapshots;
  const last = snaps[snaps.length - 1];
  if (last && sameStatus(last, next)) return;
  next.kubectl = printPodColumns(next, ctx.pod, ctx.sched.now);
  const replacing = !!last && last.t === next.t;
  recordChanges(ctx, (replacing ? snaps[snaps.length - 2] : last) ?? ctx.initialStatus, next, replacing ? last : undefined, onlyIndex);
  if (replacing) snaps[snaps.length - 1] = next;
  else snaps.push(next);
  ctx.status = next;
  ctx.rec.lastChange = ctx.sched.now;
}
