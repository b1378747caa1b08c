// What containers that have not started wait for, as the kubelet's plan for a sync sees it.
import type { TraceWait } from '../../scenario/trace';
import type { SimContext } from './context';

/** Opens, changes or closes a container's wait; consecutive equal waits are one interval. */
export function recordWait(ctx: SimContext, container: string, text: string | undefined, on?: string): void {
  const open = ctx.waitIndex.get(container);
  const current = open === undefined ? undefined : ctx.rec.waits[open];
  if (current && current.text === text) return;
  const now = ctx.sched.now;
  if (current) {
    current.to = now;
    ctx.waitIndex.delete(container);
  }
  if (text === undefined) return;
  const w: TraceWait = { container, from: now, text };
  if (on) w.on = on;
  ctx.waitIndex.set(container, ctx.rec.waits.length);
  ctx.rec.waits.push(w);
}

/** The waits as the trace keeps them: cut at the horizon. */
export function closeWaits(waits: TraceWait[], horizon: number): TraceWait[] {
  return waits.filter((w) => w.from <= horizon && w.to !== w.from).map((w) => (w.to !== undefined && w.to > horizon ? { ...w, to: horizon } : w));
}
