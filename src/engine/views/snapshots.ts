// Reading the trace at an instant: which snapshot is in force, and the pod conditions as a
// list whether or not the engine recorded their reasons. A trace opened from format 2 answers
// from its reader, building only the snapshot asked for.
import { conditionTypes } from '../../scenario/trace';
import type { ConditionDetail, ConditionType, Snapshot, Trace } from '../../scenario/trace';
import { readerOf } from '../compact/reader';

/** How many snapshots the trace has. */
export function snapshotCount(trace: Pick<Trace, 'snapshots'>): number {
  return readerOf(trace)?.snapshots?.count ?? trace.snapshots.length;
}

/** The time of snapshot `i`. */
export function snapshotTime(trace: Pick<Trace, 'snapshots'>, i: number): number {
  const reader = readerOf(trace)?.snapshots;
  return reader ? reader.time(i) : trace.snapshots[i]?.t ?? 0;
}

/** Snapshot `i`. */
export function snapshotByIndex(trace: Pick<Trace, 'snapshots'>, i: number): Snapshot | undefined {
  const reader = readerOf(trace)?.snapshots;
  if (reader) return i >= 0 && i < reader.count ? reader.get(i) : undefined;
  return trace.snapshots[i];
}

/** Index of the snapshot in force at `at` (binary search; the first before the trace starts, -1 without snapshots). */
export function snapshotIndexAt(trace: Pick<Trace, 'snapshots'>, at: number): number {
  const n = snapshotCount(trace);
  if (n === 0) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (snapshotTime(trace, mid) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The snapshot in force at `at`: the last one with t <= at (the first one before the trace starts). */
export function snapshotAt(trace: Pick<Trace, 'snapshots'>, at: number): Snapshot | undefined {
  return snapshotByIndex(trace, snapshotIndexAt(trace, at));
}

/** The pod's conditions in stored order; without recorded details, the kubelet's order with t as transition time. */
export function conditionList(status: Pick<Snapshot, 'conditions' | 'conditionDetails'> & { t?: number }): ConditionDetail[] {
  if (status.conditionDetails) return status.conditionDetails;
  const conditions: Partial<Record<ConditionType, boolean>> = status.conditions;
  return conditionTypes.flatMap((type) => {
    const value = conditions[type];
    return value === undefined ? [] : [{ type, status: value, lastTransitionTime: status.t ?? 0 }];
  });
}

/** Whether a condition is present and True (absent counts as not true, as in kubectl). */
export function isConditionTrue(status: Partial<Pick<Snapshot, 'conditions' | 'conditionDetails'>>, type: ConditionType): boolean {
  if (status.conditionDetails) return status.conditionDetails.some((c) => c.type === type && c.status);
  return status.conditions?.[type] ?? false;
}
