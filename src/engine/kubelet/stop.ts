// kuberuntime_container.go › killContainer and kuberuntime_manager.go › killPodWithSyncResult with
// the sidecar termination order (kuberuntime_termination_order.go).
import { explainSandbox, type Why } from './causes';
import { formatClock, formatSpan } from './causeText';
import { recordEvent, type SimContext } from './context';
import { runHandler } from './handlers';
import { exitInstance } from './process';
import type { Instance } from './runtime';
import { delay, Signal, until, type Wait } from './scheduler';
import { sendStopSignal } from './stopSend';
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

/**
 * Stops one container: Killing event, preStop, its turn (sidecars), the stop signal, SIGKILL when
 * the grace period runs out. Grace is counted in whole seconds as the kubelet does: the time the
 * preStop hook and the wait for its turn took is truncated before it comes off (killContainer,
 * executePreStopHook), and at least minimumGracePeriodInSeconds (2 s) is left for the signal.
 */
export function* killContainer(ctx: SimContext, inst: Instance, message: string, graceSeconds?: number, turn?: Signal, why?: Why): Generator<Wait, void, void> {
  if (inst.state === 'exited') return;
  const spec = inst.spec;
  let grace = graceSeconds ?? ctx.pod.terminationGracePeriodSeconds;
  const startedAt = ctx.sched.now;
  const stopWhy = why ?? { rule: 'stop.pod-terminating', trigger: { kind: 'status', text: message } };
  recordEvent(ctx, 'Normal', 'Killing', message, spec);
  if (spec.preStop && inst.state === 'running' && grace > 0) {
    const done = new Signal();
    let failed = false;
    const graceMs = grace * 1000;
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
    grace -= Math.floor((ctx.sched.now - startedAt) / 1000);
  }
  let order = '';
  if (turn && !turn.fired && grace > 0) {
    recordWait(ctx, inst.name, 'waits for its turn to stop: a sidecar gets its stop signal only after the app containers and the next sidecar have exited');
    const waitFrom = ctx.sched.now;
    const timer = new Signal();
    ctx.sched.at(ctx.sched.now + grace * 1000, () => timer.fire());
    timer.then(() => turn.fire());
    yield until(turn);
    grace -= Math.floor((ctx.sched.now - waitFrom) / 1000);
    order = `; as a sidecar it got its stop signal only at ${formatClock(ctx.sched.now)}, once the app containers and the sidecar declared after it had exited`;
  }
  const remaining = Math.max(grace * 1000, timing.minimumGraceMs);
  const stoppedBy = `the kubelet stopped it at ${formatClock(startedAt)}: ${stopWhy.trigger.text}${order}`;
  const plan = sendStopSignal(ctx, inst, stopWhy.trigger, stoppedBy, remaining, order !== '');
  if (plan.killedNow) {
    exitInstance(ctx, inst, 137, 'Error', { rule: 'exit.killed', message, trigger: { ...stopWhy.trigger, kind: 'signal', text: `${stoppedBy}; its stop signal is SIGKILL, which ends it at once` } });
    ctx.containerChanged(spec);
    return;
  }
  recordWait(ctx, inst.name, plan.wait);
  yield until(exitOrTimeout(ctx, inst, remaining));
  recordWait(ctx, inst.name, undefined);
  inst.stopWhy = undefined;
  if (inst.state === 'running' || inst.state === 'created') {
    exitInstance(ctx, inst, 137, 'Error', { rule: plan.killRule, message,
      trigger: { ...stopWhy.trigger, kind: 'grace-period', text: `${stoppedBy}; ${plan.killText()}, so SIGKILL came when the ${formatSpan(remaining)} grace period ran out at ${formatClock(ctx.sched.now)}` } });
  }
  // A restart in the same sync must not hide the stop: the trace shows the terminated instance first.
  ctx.containerChanged(spec);
}

/**
 * A sidecar's turn (kuberuntime_termination_order.go › newTerminationOrdering): every app container
 * of `live` has exited, and so has the sidecar declared next after it, if that one was running. A
 * later sidecar that was not running releases it at once, and it does not wait for the ones beyond.
 */
function sidecarTurn(ctx: SimContext, inst: Instance, live: Instance[]): Signal | undefined {
  if (inst.spec.kind !== 'sidecar') return undefined;
  const next = ctx.pod.initContainers.find((c) => c.kind === 'sidecar' && c.index > inst.spec.index);
  const deps = live.filter((o) => o.spec.kind === 'app' || (next !== undefined && o.spec.kind === 'sidecar' && o.name === next.name));
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
