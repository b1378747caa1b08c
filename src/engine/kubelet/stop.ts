// kuberuntime_container.go › killContainer and kuberuntime_manager.go › killPodWithSyncResult with
// the sidecar termination order (kuberuntime_termination_order.go).
import { explainSandbox, type Why } from './causes';
import { formatClock, formatSpan } from './causeText';
import { recordEvent, type SimContext } from './context';
import { runHandler } from './handlers';
import { exitInstance } from './process';
import type { Instance } from './runtime';
import { delay, Signal, until, type Wait } from './scheduler';
import { timing } from './timing';
import { recordWait } from './waits';

/** Resolves when the instance exits or `ms` passes, whichever is first. */
function exitOrTimeout(ctx: SimContext, inst: Instance, ms: number): Signal {
  const s = new Signal();
  if (inst.state === 'exited') { s.fire(); return s; }
  inst.onExit.push(() => s.fire());
  if (Number.isFinite(ms)) ctx.sched.at(ctx.sched.now + ms, () => s.fire());
  return s;
}

/** Stops one container: Killing event, preStop, its turn (sidecars), SIGTERM, SIGKILL after the grace period. */
export function* killContainer(ctx: SimContext, inst: Instance, message: string, graceSeconds?: number, turn?: Signal, why?: Why): Generator<Wait, void, void> {
  if (inst.state === 'exited') return;
  const spec = inst.spec;
  const graceMs = (graceSeconds ?? ctx.pod.terminationGracePeriodSeconds) * 1000;
  const startedAt = ctx.sched.now;
  const stopWhy = why ?? { rule: 'stop.pod-terminating', trigger: { kind: 'status', text: message } };
  recordEvent(ctx, 'Normal', 'Killing', message, spec);
  if (spec.preStop && inst.state === 'running') {
    const done = new Signal();
    let failed = false;
    ctx.sched.spawn((function* () {
      const r = yield* runHandler(ctx, inst, spec.preStop as NonNullable<typeof spec.preStop>, graceMs);
      failed = !r.ok;
      done.fire();
    })());
    const timer = new Signal();
    ctx.sched.at(ctx.sched.now + graceMs, () => timer.fire());
    timer.then(() => done.fire());
    yield until(done);
    if (failed && inst.state === 'running') recordEvent(ctx, 'Warning', 'FailedPreStopHook', 'PreStopHook failed', spec);
  }
  let order = '';
  if (turn && !turn.fired) {
    recordWait(ctx, inst.name, 'waits for its turn to stop: a sidecar gets SIGTERM only after the app containers and later sidecars have exited');
    const remaining = graceMs - (ctx.sched.now - startedAt);
    const timer = new Signal();
    ctx.sched.at(ctx.sched.now + Math.max(0, remaining), () => timer.fire());
    timer.then(() => turn.fire());
    yield until(turn);
    order = `; as a sidecar it got SIGTERM only at ${formatClock(ctx.sched.now)}, once the app containers and later sidecars had exited`;
  }
  const sigterm = ctx.sched.now;
  const remaining = Math.max(graceMs - (sigterm - startedAt), timing.minimumGraceMs);
  const stoppedBy = `the kubelet stopped it at ${formatClock(startedAt)}: ${stopWhy.trigger.text}${order}`;
  if (inst.gracefulStop && inst.state === 'running') {
    const token = inst.token;
    ctx.sched.at(ctx.sched.now + timing.serverStopMs, () => {
      if (inst.token === token) exitInstance(ctx, inst, 0, undefined, { rule: order ? 'stop.sidecar-order' : 'stop.sigterm-handled', trigger: { ...stopWhy.trigger, kind: 'signal', text: `${stoppedBy}; its image exits on SIGTERM` } });
    });
  }
  recordWait(ctx, inst.name, inst.gracefulStop ? undefined
    : `got SIGTERM at ${formatClock(sigterm)} and ignores it (PID 1 has no handler); SIGKILL follows at ${formatClock(sigterm + remaining)} when the ${formatSpan(remaining)} grace period runs out, unless it exits first`);
  yield until(exitOrTimeout(ctx, inst, remaining));
  recordWait(ctx, inst.name, undefined);
  if (inst.state === 'running' || inst.state === 'created') {
    exitInstance(ctx, inst, 137, 'Error', { rule: 'stop.sigkill-grace', message,
      trigger: { ...stopWhy.trigger, kind: 'grace-period', text: `${stoppedBy}; PID 1 has no SIGTERM handler and ignored it, so SIGKILL came when the ${formatSpan(remaining)} grace period ran out at ${formatClock(ctx.sched.now)}` } });
  }
  // A restart in the same sync must not hide the stop: the trace shows the terminated instance first.
  ctx.containerChanged(spec);
}

/** A sidecar's turn: every app container and every later sidecar of `live` has exited. */
function sidecarTurn(ctx: SimContext, inst: Instance, live: Instance[]): Signal | undefined {
  if (inst.spec.kind !== 'sidecar') return undefined;
  const deps = live.filter((o) => o.spec.kind === 'app' || (o.spec.kind === 'sidecar' && o.spec.index > inst.spec.index));
  const turn = new Signal();
  const check = () => { if (deps.every((d) => d.state === 'exited')) turn.fire(); };
  for (const d of deps) d.onExit.push(check);
  check();
  return turn;
}

/** Kills every live container at once (sidecars in their order) and stops the sandbox. */
export function* killPod(ctx: SimContext, graceSeconds?: number, why?: Why): Generator<Wait, void, void> {
  const live = ctx.runtime.live();
  const done = live.map((inst) => ctx.sched.spawn(killContainer(ctx, inst, `Stopping container ${inst.name}`, graceSeconds, sidecarTurn(ctx, inst, live), why)));
  for (const d of done) yield until(d);
  const sandbox = ctx.runtime.latestSandbox();
  if (sandbox?.ready) {
    yield delay(timing.sandboxStopMs);
    sandbox.ready = false;
    explainSandbox(ctx, { rule: why?.rule ?? 'stop.pod-terminating', trigger: { kind: 'sandbox', text: `the kubelet stopped the pod sandbox at ${formatClock(ctx.sched.now)}, after its containers${why ? ` (${why.trigger.text})` : ''}` } });
    ctx.runtimeChanged();
  }
}
