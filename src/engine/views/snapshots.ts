// Reading the trace at an instant: which snapshot is in force, and the pod conditions as a
// list whether or not the engine recorded their reasons.
import { conditionTypes } from '../../scenario/trace';
import type { ConditionDetail, ConditionType, Snapshot, Trace } from '../../scenario/trace';

/** The snapshot in force at `at`: the last one with t <= at (the first one before the trace starts). */
export function snapshotAt(trace: Pick<Trace, 'snapshots'>, at: number): Snapshot | undefined {
  let found: Snapshot | undefined = trace.snapshots[0];
  for (const snapshot of trace.snapshots) {
    if (snapshot.t > at) break;
    found = snapshot;
  }
  return found;
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
