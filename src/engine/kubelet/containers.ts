// kuberuntime_container.go › startContainer (killContainer and killPodWithSyncResult are in stop.ts).
import type { ContainerSpec } from '../manifest/model';
import { explainContainer, pendingState, type Why } from './causes';
import { formatClock, formatSpan } from './causeText';
import { formatPod, recordEvent, type SimContext, type StartFailure } from './context';
import type { RuleId } from './rules';
import { runHandler } from './handlers';
import { envValue } from './host';
import { envFileFailure } from './envFiles';
import { imageVolumeFailure } from './imageVolumes';
import { ensureImage, type ImageFailure } from './images';
import { startProgram } from './program';
import { startProbes } from './probes';
import type { Instance } from './runtime';
import { delay, type Wait } from './scheduler';
import { killContainer } from './stop';
import { timing } from './timing';
import { createdMessage, startedMessage } from '../version/switches';

/** generateContainerConfig's errors: env references to missing ConfigMaps, Secrets or keys. */
function configError(ctx: SimContext, spec: ContainerSpec): string | undefined {
  // envFrom is read first: a missing source is its error before any of env.
  for (const from of spec.envFrom ?? []) {
    if (!from.optional && !ctx.configData.has(`${ctx.pod.namespace}/${from.kind}/${from.name}`)) return `${from.kind.toLowerCase()} "${from.name}" not found`;
  }
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
  const volumeImage = imageVolumeFailure(ctx, spec);
  if (volumeImage) return volumeImage;
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
  const envFile = envFileFailure(ctx, spec);
  if (envFile) return envFile;
  const latest = ctx.runtime.latest(spec.name);
  const attempt = latest ? latest.attempt + 1 : (ctx.purgedAttempts.get(spec.name) ?? -1) + 1;
  yield delay(timing.createMs);
  const sandboxId = ctx.runtime.latestSandbox()?.id;
  const inst: Instance = { id: ctx.runtime.newId(), name: spec.name, spec, attempt, state: 'created', createdAt: ctx.sched.now, image: spec.image, token: 0,
    ...(sandboxId ? { sandboxId } : {}),
    gracefulStop: false, listening: new Map(), files: new Map(), dirs: new Set(), onExit: [],
    // Every field is there from the start: instances keep one shape however the run goes.
    lastArgv: undefined, lastStatus: undefined, lastAt: undefined, failedArgv: undefined, failedStatus: undefined, failedAt: undefined, openAttempts: undefined, lastQuery: undefined, flip: undefined, signals: undefined, stopWhy: undefined };
  ctx.runtime.add(inst);
  const version = ctx.model.scenario.kubernetes.version;
  recordEvent(ctx, 'Normal', 'Created', createdMessage(version, spec.name), spec);
  yield delay(timing.startMs);
  inst.state = 'running';
  inst.startedAt = ctx.sched.now;
  recordEvent(ctx, 'Normal', 'Started', startedMessage(version, spec.name), spec);
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
  const pending = pendingState(ctx, spec.name);
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
  const pending = pendingState(ctx, spec.name);
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

export { killContainer, killPod } from './stop';
