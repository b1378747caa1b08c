// Why a restart after a back-off comes when it does, by version: on 1.34 the pod worker retries a
// sync that failed on a back-off only after its generic 10 s error back-off, so the restart can lag
// the back-off's end; from 1.35 it requeues the pod for the back-off's end (kubernetes#133066).
import { formatSpan } from './causeText';
import type { SimContext } from './context';
import { requeuesAtBackoffExpiry } from '../version/switches';

/** The words added to a restart's cause after its back-off ended at `end` (empty when nothing is worth saying). */
export function backoffEndedNote(ctx: SimContext, end: number): string {
  if (requeuesAtBackoffExpiry(ctx.model.scenario.kubernetes.version)) return '; from 1.35 the pod worker requeues the pod for the end of its back-off';
  const late = ctx.sched.now - end;
  if (late < 1_500) return '';
  return `; that sync came ${formatSpan(late)} after the back-off ended: on 1.34 the pod worker retries a failed sync only every 10 s, whatever the back-off`;
}
