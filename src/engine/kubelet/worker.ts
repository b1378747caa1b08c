// pod_workers.go: one sync at a time, triggered by PLEG relists, probe results, requeues and
// scenario events; then SyncTerminatingPod once the pod is terminal or deleted.
import { killPod } from './containers';
import { explainContainer, explainPod, type Why } from './causes';
import { formatClock } from './causeText';
import { endWaits } from './waits';
import type { SimContext } from './context';
import { publishStatus } from './publish';
import type { Wait } from './scheduler';
import { generateStatus, patchProbeFields } from './status';
import { terminatePodStatus } from './terminatePod';
import { recordEviction } from './sync';
import { syncPod, type SyncResult } from './sync';
import { nextTick, timing } from './timing';
import { requeuesAtBackoffExpiry } from '../version/switches';

/** Asks for a sync now; coalesced while one runs. */
export function requestSync(ctx: SimContext): void {
  const w = ctx.worker;
  if (w.phase === 'terminated') return;
  if (w.busy) { w.pending = true; return; }
  w.busy = true;
  ctx.sched.at(ctx.sched.now, () => { ctx.sched.spawn(work(ctx)); });
}

/** A container or sandbox changed: the next PLEG relist notices it and triggers a sync. */
export function runtimeChanged(ctx: SimContext): void {
  const w = ctx.worker;
  if (w.relistScheduled) return;
  w.relistScheduled = true;
  ctx.sched.at(Math.floor(ctx.sched.now / timing.relistMs) * timing.relistMs + timing.relistMs, () => {
    w.relistScheduled = false;
    requestSync(ctx);
  });
}

/**
 * A probe result changed: readiness and startup update the status at once (a readiness probe also
 * while a deleted pod shuts down: status_manager.go › SetContainerReadiness); every change syncs.
 */
export function probeChanged(ctx: SimContext, container: string, type: 'startup' | 'readiness' | 'liveness'): void {
  if (type !== 'liveness' && ctx.worker.phase !== 'terminated') publishStatus(ctx, patchProbeFields(ctx, container));
  requestSync(ctx);
}

function* work(ctx: SimContext): Generator<Wait, void, void> {
  const w = ctx.worker;
  let result: SyncResult = { error: false };
  if (w.phase === 'syncing' && w.deletionRequested === undefined) {
    result = yield* syncPod(ctx);
    if (result.terminal) w.phase = 'terminating';
  }
  if (w.phase === 'terminating' || w.deletionRequested !== undefined) {
    w.phase = 'terminating';
    yield* terminatingPod(ctx);
    w.phase = 'terminated';
  }
  w.busy = false;
  if (w.phase !== 'terminated') {
    const token = ++w.requeueToken;
    const wait = result.error ? errorRequeueMs(ctx, result) : timing.resyncMs;
    ctx.sched.at(nextTick(ctx.sched.now + wait, timing.syncTickMs), () => { if (token === w.requeueToken) requestSync(ctx); });
  }
  if (w.pending) { w.pending = false; requestSync(ctx); }
}

/**
 * completeWork after a failed sync: the generic error back-off, or from 1.35 the crash-loop
 * back-off's expiry carried by the sync error, clamped to [0, resync interval] (jitter left out).
 */
function errorRequeueMs(ctx: SimContext, result: SyncResult): number {
  if (result.retryMs !== undefined) return result.retryMs;
  if (result.backoffUntil === undefined || !requeuesAtBackoffExpiry(ctx.model.scenario.kubernetes.version)) return timing.syncErrorRequeueMs;
  return Math.min(Math.max(result.backoffUntil - ctx.sched.now, 0), timing.resyncMs);
}

/** SyncTerminatingPod, then SyncTerminatedPod: stop everything with the grace period, then the final status. */
function* terminatingPod(ctx: SimContext): Generator<Wait, void, void> {
  publishStatus(ctx, generateStatus(ctx, false));
  recordEviction(ctx);
  endWaits(ctx);
  yield* killPod(ctx, undefined, terminationWhy(ctx));
  recordEviction(ctx);
  const final = terminatePodStatus(ctx.pod, generateStatus(ctx, true));
  for (const c of [...final.initContainers, ...final.containers]) {
    if (c.reason === 'ContainerStatusUnknown') explainContainer(ctx, c.name, 'state', { rule: 'stop.unknown', trigger: { kind: 'status', text: 'the pod\'s final status is written and the runtime no longer reports this container' } }, 'terminated:ContainerStatusUnknown');
  }
  if (final.phase !== ctx.status.phase) ctx.rec.causes.phaseRule = 'phase.terminal';
  explainPod(ctx, { rule: ctx.worker.deletionRequested !== undefined ? 'pod.deleted' : 'phase.terminal', trigger: { kind: 'status', text: `every container of the pod has stopped (by ${formatClock(ctx.sched.now)}), so the kubelet writes the pod's final status` } });
  publishStatus(ctx, final);
  if (ctx.worker.deletionRequested !== undefined) publishStatus(ctx, { ...ctx.status, t: ctx.sched.now, deleted: true });
}

/** Why the pod worker stops every container: deletion, the deadline, or a pod that has finished. */
function terminationWhy(ctx: SimContext): Why {
  const deleted = ctx.worker.deletionRequested;
  if (deleted !== undefined) {
    const e = ctx.rec.scenarioEvents.find((x) => x.action === 'delete' && x.target.startsWith('Pod/') && x.t === deleted);
    return { rule: 'stop.pod-terminating', trigger: { kind: 'deletion', t: deleted, text: `the pod was deleted at ${formatClock(deleted)}`, ...(e ? { scenarioEvent: ctx.rec.scenarioEvents.indexOf(e) } : {}) } };
  }
  if (ctx.evicted) return { rule: 'deadline.exceeded', trigger: { kind: 'deadline', text: `activeDeadlineSeconds (${ctx.pod.activeDeadlineSeconds ?? 0} s) passed` } };
  return { rule: 'stop.pod-terminating', trigger: { kind: 'status', text: `the pod reached phase ${ctx.status.phase}, so nothing more will run` } };
}
