// The status manager: a new API status becomes a snapshot when it differs from the last one.
import type { Snapshot } from '../../scenario/trace';
import type { SimContext } from './context';

function comparable(s: Snapshot): string {
  const { t: _t, kubectl: _k, ...rest } = s;
  return JSON.stringify({ ...rest, conditionDetails: rest.conditionDetails?.map(({ lastTransitionTime: _l, ...c }) => c) });
}

/** Publishes a status; it becomes a snapshot when anything in it changed. */
export function publishStatus(ctx: SimContext, next: Snapshot): void {
  const snaps = ctx.rec.snapshots;
  const last = snaps[snaps.length - 1];
  if (last && comparable(last) === comparable(next)) return;
  if (last && last.t === next.t) snaps[snaps.length - 1] = next;
  else snaps.push(next);
  ctx.status = next;
  ctx.rec.lastChange = ctx.sched.now;
}
