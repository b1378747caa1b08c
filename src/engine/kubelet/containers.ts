// kuberuntime_container.go › startContainer and killContainer, and killPodWithSyncResult with
// the sidecar termination order (kuberuntime_termination_order.go).
import type { ContainerSpec } from '../manifest/model';
import { explainContainer, explainSandbox, type Why } from './causes';
import { formatClock, formatSpan } from './causeText';
import { formatPod, recordEvent, type SimContext, type StartFailure } from './context';
import type { RuleId } from './rules';
import { recordWait } from './waits';
import { runHandler } from './handlers';
import { envValue } from './host';
import { ensureImage, type ImageFailure } from './images';
import { exitInstance } from './process';
import { startProgram } from './program';
import { startProbes } from './probes';
import type { Instance } from './runtime';
import { delay, Signal, until, type Wait } from './scheduler';
import { timing } from './timing';

/** generateContainerConfig's errors: env references to missing ConfigMaps, Secrets or keys. */
function configError(ctx: SimContext, spec: ContainerSpec): string | undefined {
  for (const e of spec.env) {
    const from = e.valueFrom as Record<string, Record<string, unknown> | undefined> | undefined;
    for (const [field, kind] of [['configMapKeyRef', 'ConfigMap'], ['secretKeyRef', 'Secret']] as const) {
      const ref = from?.[field];
      if (!ref || ref.optional === true) continue;
      if (envValue(ctx, e) !== undefined) continue;
      const exists = ctx.configData.has(`${ctx.pod.namespace}/${kind}/${String(ref.name)}`);
      return exists ? `couldn't find key ${String(ref.key)} in ${kind} ${ctx.pod.namespace}/${String(ref.name)}` : `${kind.toLowerCase()} "${String(ref.name)}" not found`;
    }
  }
  return undefined;
}

/** Pulls, creates and starts a container, then runs its postStart hook; returns why it failed. */
export function* startContainer(ctx: SimContext, spec: ContainerSpec): Generator<Wait, StartFailure | undefined, void> {
  const pullFrom = ctx.sched.now;
  const image = yield* ensureImage(ctx, spec);
  if (!image && ctx.sched.now > pullFrom) notePull(ctx, spec, ctx.sched.now - pullFrom);
  if (image) {
    recordEvent(ctx, 'Warning', 'Failed', `Error: ${image.reason}`, spec);
    explainContainer(ctx, spec.name, 'state', { rule: imageRules[image.reason], message: image.message, trigger: { kind: 'image', text: imageTrigger(ctx, spec.image, image.reason) } }, `waiting:${image.reason}`);
    return image;
  }
  const config = configError(ctx, spec);
  if (config) {
    recordEvent(ctx, 'Warning', 'Failed', `Error: ${config}`, spec);
    explainContainer(ctx, spec.name, 'state', { rule: 'config.missing', message: config, trigger: { kind: 'config', text: `its env refers to what does not exist now: ${config}` } }, 'waiting:CreateContainerConfigError');
    return { reason: 'CreateContainerConfigError', message: config };
  }
  const latest = ctx.runtime.latest(spec.name);
  const attempt = latest ? latest.attempt + 1 : (ctx.purgedAttempts.get(spec.name) ?? -1) + 1;
  yield delay(timing.createMs);
  const sandboxId = ctx.runtime.latestSandbox()?.id;
  const inst: Instance = { id: ctx.runtime.newId(), name: spec.name, spec, attempt, state: 'created', createdAt: ctx.sched.now, image: spec.image, token: 0,
    ...(sandboxId ? { sandboxId } : {}),
    gracefulStop: false, listening: new Map(), files: new Map(), dirs: new Set(), onExit: [],
    // Every field is there from the start: instances keep one shape however the run goes.
    lastArgv: undefined, lastStatus: undefined, lastAt: undefined, failedArgv: undefined, failedStatus: undefined, failedAt: undefined, openAttempts: undefined, lastQuery: undefined, flip: undefined };
  ctx.runtime.add(inst);
  recordEvent(ctx, 'Normal', 'Created', 'Container created', spec);
  yield delay(timing.startMs);
  inst.state = 'running';
  inst.startedAt = ctx.sched.now;
  recordEvent(ctx, 'Normal', 'Started', 'Container started', spec);
  ctx.runtimeChanged();
  // kuberuntime_container.go › startContainer runs the hook before SyncPod goes on: no status until it returns.
  if (spec.postStart) ctx.statusHold++;
  ctx.containerChanged(spec);
  startProgram(ctx, inst);
  startProbes(ctx, inst);
  if (spec.postStart) {
    const hookFrom = ctx.sched.now;
    const result = yield* runHandler(ctx, inst, spec.postStart, Infinity);
    ctx.statusHold--;
    if (result.ok) noteHookDone(ctx, spec, hookFrom);
    if (!result.ok && inst.state === 'running') {
      recordEvent(ctx, 'Warning', 'FailedPostStartHook', 'PostStartHook failed', spec);
      const message = hookFailure(ctx, spec, spec.postStart, result);
      const why: Why = { rule: 'stop.poststart-failed', message, trigger: { kind: 'hook', text: `its postStart hook failed at ${formatClock(ctx.sched.now)}${result.exitCode !== undefined ? ` (exit ${result.exitCode})` : ''}`, container: spec.name } };
      yield* killContainer(ctx, inst, 'FailedPostStartHook', undefined, undefined, why);
      explainContainer(ctx, spec.name, 'state', why, 'waiting:PostStartHookError');
      return { reason: 'PostStartHookError', message };
    }
  }
  return undefined;
}

/** A start shown once its postStart hook returned says so: the hook is why the API shows it running only now. */
function noteHookDone(ctx: SimContext, spec: ContainerSpec, from: number): void {
  const pending = ctx.rec.causes.pending.state.get(spec.name);
  if (pending?.expect !== 'running') return;
  const text = `its postStart hook ran from ${formatClock(from)} to ${formatClock(ctx.sched.now)}; while it runs, the kubelet stays inside SyncPod and writes no pod status (it was started because ${pending.trigger.text})`;
  explainContainer(ctx, spec.name, 'state', { rule: 'hook.poststart-gates', trigger: { kind: 'hook', text, container: spec.name } }, 'running');
}

/** The lifecycle handler's error message (pkg/kubelet/lifecycle/handlers.go › Run). */
function hookFailure(ctx: SimContext, spec: ContainerSpec, handler: NonNullable<ContainerSpec['postStart']>, result: { output: string; exitCode?: number }): string {
  const where = `for Container ${JSON.stringify(spec.name)} in Pod ${JSON.stringify(formatPod(ctx.pod))}`;
  if (handler.kind === 'exec') {
    const error = result.exitCode === undefined ? result.output : `command '${handler.command.join(' ')}' exited with ${result.exitCode}: `;
    return `Exec lifecycle hook ([${handler.command.join(' ')}]) ${where} failed - error: ${error}, message: ${JSON.stringify(result.output)}`;
  }
  if (handler.kind === 'httpGet') return `HTTP lifecycle hook (${handler.path}) ${where} failed - error: ${result.output}`;
  return `${handler.kind} lifecycle hook ${where} failed - error: ${result.output}`;
}

/** A start that had to pull its image first says so: the pull is why the container starts later than its trigger. */
function notePull(ctx: SimContext, spec: ContainerSpec, ms: number): void {
  const pending = ctx.rec.causes.pending.state.get(spec.name);
  if (pending?.expect === 'running') pending.trigger.text += `; then its image ${spec.image} was pulled (${formatSpan(ms)})`;
}

const imageRules: Record<ImageFailure['reason'], RuleId> = { ErrImagePull: 'image.pull-failed', ImagePullBackOff: 'image.pull-backoff', ErrImageNeverPull: 'image.never-pull', InvalidImageName: 'image.invalid' };

function imageTrigger(ctx: SimContext, image: string, reason: string): string {
  if (reason === 'ImagePullBackOff') {
    const key = `${ctx.pod.uid}_${image}`;
    return `the last pull of ${image} failed, and the kubelet does not pull it again before its ${formatSpan(ctx.pullBackoff.get(key))} back-off ends at ${formatClock(ctx.pullBackoff.endOf(key))}`;
  }
  if (reason === 'ErrImagePull') return `the registry has no image ${image} (the pull failed at ${formatClock(ctx.sched.now)})`;
  if (reason === 'ErrImageNeverPull') return `${image} is not on the node and imagePullPolicy is Never`;
  return `"${image}" is not a valid image reference`;
}

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
