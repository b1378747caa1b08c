// What containers that have not started wait for, as the kubelet's plan for a sync sees it.
import type { TraceWait } from '../../scenario/trace';
import type { ContainerSpec } from '../manifest/model';
import type { SimContext } from './context';

/** Opens, changes or closes a container's wait; consecutive equal waits are one interval. */
export function recordWait(ctx: SimContext, container: string, text: string | undefined, on?: string): void {
  if (!ctx.rec.causes.enabled) return;
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

function blockerText(ctx: SimContext, spec: ContainerSpec): string {
  if (spec.kind !== 'sidecar') return `${spec.name} to exit 0`;
  return spec.startupProbe ? `sidecar ${spec.name} to start and pass its startup probe` : `sidecar ${spec.name} to start`;
}

/** The first init container that keeps the pod from initializing, if any (what computeInitContainerActions waits on). */
function blockingInit(ctx: SimContext): ContainerSpec | undefined {
  return ctx.pod.initContainers.find((c) => {
    const inst = ctx.runtime.latest(c.name);
    if (c.kind === 'sidecar') return !inst || inst.state !== 'running' || (c.startupProbe !== undefined && ctx.probes.startup.get(inst.id) !== 'success');
    return !inst || inst.state !== 'exited' || inst.exitCode !== 0;
  });
}

/** Records, at a sync, what each container that cannot start yet waits for. */
export function recordPlanWaits(ctx: SimContext): void {
  if (!ctx.rec.causes.enabled) return;
  const stopping = ctx.worker.phase !== 'syncing' || ctx.worker.deletionRequested !== undefined;
  const blocker = stopping ? undefined : blockingInit(ctx);
  // Nothing blocks and nothing waits: the common case of a running pod costs no walk over its containers.
  if (!blocker && ctx.waitIndex.size === 0) return;
  const started = ctx.pod.containers.reduce((n, c) => (ctx.runtime.latest(c.name) ? n + 1 : n), 0);
  if (ctx.lastPlan && ctx.lastPlan.blocker === blocker && ctx.lastPlan.started === started) return;
  ctx.lastPlan = { blocker, started };
  let behind = false;
  for (const c of ctx.pod.initContainers) {
    if (c === blocker) { behind = true; recordWait(ctx, c.name, undefined); continue; }
    recordWait(ctx, c.name, behind && blocker ? `waits for ${blockerText(ctx, blocker)}: init containers run one at a time, in order` : undefined, blocker?.name);
  }
  for (const c of ctx.pod.containers) {
    const started = ctx.runtime.latest(c.name) !== undefined;
    recordWait(ctx, c.name, blocker && !started ? `waits for the init containers to finish (now: ${blockerText(ctx, blocker)})` : undefined, blocker?.name);
  }
}

/** Ends every open wait (the pod is stopping). */
export function endWaits(ctx: SimContext): void {
  for (const name of [...ctx.waitIndex.keys()]) recordWait(ctx, name, undefined);
}
