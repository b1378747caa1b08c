// kubelet.go › SyncPod and kuberuntime_manager.go › SyncPod: publish the status, then carry
// out the plan (kill, create sandbox, start init containers one at a time, start app containers).
import type { ContainerSpec, VolumeSpec } from '../manifest/model';
import { computePodActions, type PodActions } from './actions';
import { explainContainer, explainSandbox, recording, type Why } from './causes';
import { formatClock, formatSpan } from './causeText';
import { afterExit, sandboxWhy } from './startWhy';
import { recordPlanWaits } from './waits';
import { killContainer, killPod, startContainer } from './containers';
import { formatGoDuration, formatPod, recordEvent, type SimContext } from './context';
import { publishStatus } from './publish';
import { noteSyncStart } from './readyToStart';
import { backoffEndedNote } from './restartTiming';
import type { Instance } from './runtime';
import { delay, type Wait } from './scheduler';
import { generateStatus } from './status';
import { pullImageVolumes } from './imageVolumes';
import { immediateRestartRule, restartPolicyText, restartRuleId } from './restartRules';
import type { RuleId } from './rules';
import { restartAllContainers, restartAllTrigger } from './restartAll';
import { timing } from './timing';

/** How a sync ended: failed syncs are retried sooner; a terminal status ends the pod. */
export interface SyncResult {
  error: boolean;
  terminal?: boolean;
  retryMs?: number;
  /** The earliest crash-loop back-off expiry the sync ran into (kubecontainer.MinBackoffExpiration). */
  backoffUntil?: number;
}

/** One run of the kubelet's SyncPod. */
export function* syncPod(ctx: SimContext): Generator<Wait, SyncResult, void> {
  noteSyncStart(ctx);
  const status = generateStatus(ctx, false);
  recordEviction(ctx);
  publishStatus(ctx, status);
  if (status.phase === 'Succeeded' || status.phase === 'Failed') return { error: false, terminal: true };
  const mountRetry = checkVolumes(ctx);
  if (mountRetry !== undefined) return { error: true, retryMs: mountRetry };
  return yield* runtimeSync(ctx);
}

/**
 * Why a ConfigMap or Secret volume cannot be set up now (its plugin's SetUp, MakePayload), or
 * undefined: the object is missing, or one of its `items` names a key it lacks. An optional
 * volume is set up with what there is.
 */
function volumeFailure(ctx: SimContext, v: VolumeSpec): string | undefined {
  if ((v.kind !== 'configMap' && v.kind !== 'secret') || v.optional || !v.source) return undefined;
  const kind = v.kind === 'secret' ? 'Secret' : 'ConfigMap';
  const data = ctx.configData.get(`${ctx.pod.namespace}/${kind}/${v.source}`);
  if (!data) return `${kind.toLowerCase()} "${v.source}" not found`;
  const missing = v.items?.find((item) => !Object.hasOwn(data.data, item.key));
  if (!missing) return undefined;
  return v.kind === 'secret' ? `references non-existent secret key: ${missing.key}` : `configmap references non-existent config key: ${missing.key}`;
}

function missingVolumes(ctx: SimContext): string[] {
  return ctx.pod.volumes.filter((x) => volumeFailure(ctx, x) !== undefined).map((x) => x.name);
}

/** WaitForAttachAndMount gives up every 2m3s while volumes are missing, and says so. */
function scheduleMountTimeout(ctx: SimContext, since: number): void {
  ctx.sched.at(ctx.sched.now + timing.mountWaitMs, () => {
    if (ctx.worker.mountWaitSince !== since || ctx.worker.phase !== 'syncing') return;
    const missing = missingVolumes(ctx);
    if (missing.length === 0) return;
    recordEvent(ctx, 'Warning', 'FailedMount', `Unable to attach or mount volumes: unmounted volumes=[${missing.join(' ')}], unattached volumes=[], failed to process volumes=[]: timed out waiting for the condition`);
    scheduleMountTimeout(ctx, since);
  });
}

/** The active-deadline handler records its event at every status generation once the deadline passed. */
export function recordEviction(ctx: SimContext): void {
  if (ctx.evicted) recordEvent(ctx, 'Normal', ctx.evicted.reason, ctx.evicted.message);
}

/** ConfigMap and Secret volumes must exist before anything starts (the volume manager). */
function checkVolumes(ctx: SimContext): number | undefined {
  for (const v of ctx.pod.volumes) {
    const failure = volumeFailure(ctx, v);
    if (failure === undefined) continue;
    recordEvent(ctx, 'Warning', 'FailedMount', `MountVolume.SetUp failed for volume "${v.name}" : ${failure}`);
    if (ctx.worker.mountWaitSince === undefined) {
      ctx.worker.mountWaitSince = ctx.sched.now;
      scheduleMountTimeout(ctx, ctx.sched.now);
    }
    const retry = ctx.worker.mountRetryMs;
    ctx.worker.mountRetryMs = Math.min(retry * 2, timing.mountRetryMaxMs);
    return retry;
  }
  ctx.worker.mountRetryMs = timing.mountRetryInitialMs;
  delete ctx.worker.mountWaitSince;
  return undefined;
}

function* runtimeSync(ctx: SimContext): Generator<Wait, SyncResult, void> {
  const result = yield* runPlan(ctx);
  const until = backoffUntil.get(ctx);
  backoffUntil.delete(ctx);
  return until === undefined ? result : { ...result, backoffUntil: until };
}

/** Per simulation, the earliest back-off expiry met during the current sync (the BackoffError of doBackOff). */
const backoffUntil = new WeakMap<SimContext, number>();

function* runPlan(ctx: SimContext): Generator<Wait, SyncResult, void> {
  // KEP-5532: an exit matching a RestartAllContainers rule replaces this sync's plan.
  const all = restartAllTrigger(ctx);
  if (all) { yield* restartAllContainers(ctx, all); return { error: false }; }
  const a = computePodActions(ctx);
  recordPlanWaits(ctx);
  if (a.createSandbox && ctx.runtime.latestSandbox()) recordEvent(ctx, 'Normal', 'SandboxChanged', 'Pod sandbox changed, it will be killed and re-created.');
  if (a.killPod) {
    yield* killPod(ctx, undefined, a.killWhy);
    if (a.createSandbox) purgeInitContainers(ctx);
  } else {
    for (const k of a.toKill) yield* killContainer(ctx, k.instance, k.message, k.graceSeconds, undefined, k.why);
  }
  if (a.createSandbox) {
    yield delay(timing.sandboxMs);
    ctx.runtime.sandboxes.push({ id: ctx.runtime.newId(), attempt: a.sandboxAttempt, ready: true, createdAt: ctx.sched.now });
    explainSandbox(ctx, sandboxWhy(ctx, 'sandbox.ready'));
    ctx.runtimeChanged();
    // Like container starts, the sandbox being ready is recorded when it happens (spec ordering 22).
    publishStatus(ctx, generateStatus(ctx, false));
  } else if (a.killPod) return { error: false };
  yield* pullImageVolumes(ctx, a.initToStart.length + a.appToStart.length > 0);
  for (const idx of a.initToStart) {
    const spec = ctx.pod.initContainers[idx] as ContainerSpec;
    if (!(mayStart(ctx, spec, a) && (yield* start(ctx, spec))) && spec.kind === 'init') return { error: true };
  }
  let error = a.initToStart.some((i) => ctx.reasonCache.has((ctx.pod.initContainers[i] as ContainerSpec).name));
  for (const idx of a.appToStart) {
    const spec = ctx.pod.containers[idx] as ContainerSpec;
    if (!(mayStart(ctx, spec, a) && (yield* start(ctx, spec)))) error = true;
  }
  return { error };
}

/** Why the plan starts a container, worded when the start happens (a sandbox trigger, a restart after an exit). */
function whyOf(ctx: SimContext, a: PodActions, spec: ContainerSpec): Why | undefined {
  const why = a.why.get(spec.name);
  if (why === undefined) {
    const exited = spec.kind === 'app' ? ctx.runtime.latest(spec.name) : undefined;
    return exited?.state === 'exited' ? { rule: restartRuleId(ctx.pod, spec, exited.exitCode ?? 0), trigger: afterExit(ctx, spec, exited).trigger } : undefined;
  }
  return why.trigger.kind === 'sandbox' ? sandboxWhy(ctx, why.rule) : why;
}

/** What explainRestart needs of the reason for a restart: whyOf's rule, and a probe's words (the exit itself it words on its own). */
interface RestartReason {
  rule: RuleId;
  probe?: string;
}

function restartReasonOf(ctx: SimContext, a: PodActions, spec: ContainerSpec): RestartReason | undefined {
  const why = a.why.get(spec.name);
  if (why !== undefined) return why.rule === 'restart.probe' ? { rule: why.rule, probe: why.trigger.text } : { rule: why.rule };
  const exited = spec.kind === 'app' ? ctx.runtime.latest(spec.name) : undefined;
  return exited?.state === 'exited' ? { rule: restartRuleId(ctx.pod, spec, exited.exitCode ?? 0) } : undefined;
}

/**
 * The start helper of SyncPod, first half: the crash-loop back-off check. False while the container
 * waits out its back-off; most containers of a crash loop do at most syncs, so this is no generator.
 */
function mayStart(ctx: SimContext, spec: ContainerSpec, a: PodActions): boolean {
  const exited = ctx.runtime.lastExited(spec.name);
  if (exited) {
    const key = backoffKey(spec);
    const finishedAt = exited.finishedAt ?? ctx.sched.now;
    if (ctx.crashBackoff.isInBackOffSince(key, finishedAt, ctx.sched.now)) {
      recordEvent(ctx, 'Warning', 'BackOff', backOffMessage(ctx, spec), spec);
      const delay = ctx.crashBackoff.get(key);
      const expiry = finishedAt + delay;
      const earliest = backoffUntil.get(ctx);
      if (earliest === undefined || expiry < earliest) backoffUntil.set(ctx, expiry);
      const cached = ctx.reasonCache.get(spec.name);
      if (cached?.reason !== 'CrashLoopBackOff' || cached.delay !== delay) {
        const message = `back-off ${formatGoDuration(delay)} restarting failed container=${spec.name} pod=${formatPod(ctx.pod)}`;
        ctx.reasonCache.set(spec.name, { reason: 'CrashLoopBackOff', delay, message });
        if (recording(ctx)) explainContainer(ctx, spec.name, 'state', {
          rule: 'restart.backoff-wait', message,
          trigger: { kind: 'backoff', t: finishedAt, container: spec.name, text: `${spec.name} exited ${exited.exitCode ?? 0} at ${formatClock(finishedAt)}, so the kubelet waits a back-off of ${formatSpan(delay)} before restarting it` },
          next: { t: finishedAt + delay, text: `the ${formatSpan(delay)} back-off of ${spec.name} ends at ${formatClock(finishedAt + delay)}` },
        }, 'waiting:CrashLoopBackOff');
      }
      return false;
    }
    const previousDelay = ctx.crashBackoff.activeDelay(key, finishedAt);
    ctx.crashBackoff.next(key, finishedAt, ctx.sched.now);
    if (recording(ctx)) explainRestart(ctx, spec, exited, finishedAt, previousDelay, restartReasonOf(ctx, a, spec));
  } else if (recording(ctx)) {
    const why = whyOf(ctx, a, spec);
    if (why) explainContainer(ctx, spec.name, 'state', why, 'running');
  }
  return true;
}

/** The start helper of SyncPod, second half: startContainer, remembering its failure for the status. */
function* start(ctx: SimContext, spec: ContainerSpec): Generator<Wait, boolean, void> {
  const failure = yield* startContainer(ctx, spec);
  if (failure) ctx.reasonCache.set(spec.name, failure);
  else ctx.reasonCache.delete(spec.name);
  // What changed while a postStart hook held the status is published once the start is over.
  if (ctx.statusDeferred && ctx.statusHold === 0) {
    ctx.statusDeferred = false;
    publishStatus(ctx, generateStatus(ctx, false));
  }
  return !failure;
}

/** Why a crashed container starts again now: at once after its first crash, else at the end of its back-off. */
function explainRestart(ctx: SimContext, spec: ContainerSpec, exited: Instance, finishedAt: number, previousDelay: number, why: RestartReason | undefined): void {
  const key = backoffKey(spec);
  const policy = why?.rule === 'restart.sidecar' ? 'a sidecar is always restarted' : why?.probe !== undefined ? `the kubelet restarts a container whose ${why.probe.replace(/^its /, '')}` : restartPolicyText(ctx.pod, spec, exited.exitCode ?? 0);
  explainContainer(ctx, spec.name, 'state', previousDelay === 0
    ? { rule: immediateRestartRule(why?.rule), trigger: { kind: 'backoff', t: finishedAt, container: spec.name, text: `${spec.name} exited ${exited.exitCode ?? 0} at ${formatClock(finishedAt)} and ${policy}; no back-off was running, so the restart is immediate (the next one will wait ${formatSpan(ctx.crashBackoff.get(key))})` } }
    : { rule: 'restart.backoff-ended', trigger: { kind: 'backoff', t: finishedAt + previousDelay, container: spec.name, text: `the ${formatSpan(previousDelay)} back-off after its exit at ${formatClock(finishedAt)} ended at ${formatClock(finishedAt + previousDelay)}, and this is the kubelet's first sync since${backoffEndedNote(ctx, finishedAt + previousDelay)} (${policy})` } },
  'running');
}

/** The crash-loop backoff key: container and image (the kubelet's key includes the spec hash). */
function backoffKey(spec: ContainerSpec): string {
  // Built once per spec and image: the back-off is looked up for every waiting container at every sync.
  let key = backoffKeys.get(spec);
  if (key === undefined || key.image !== spec.image) {
    key = { image: spec.image, key: `${spec.name}_${spec.image}` };
    backoffKeys.set(spec, key);
  }
  return key.key;
}

const backoffKeys = new WeakMap<ContainerSpec, { image: string; key: string }>();

/** The BackOff event's message, built once per container. */
function backOffMessage(ctx: SimContext, spec: ContainerSpec): string {
  let m = ctx.backOffMessages.get(spec.name);
  if (m === undefined) {
    m = `Back-off restarting failed container ${spec.name} in pod ${formatPod(ctx.pod)}`;
    ctx.backOffMessages.set(spec.name, m);
  }
  return m;
}

/** purgeInitContainers: drop every init container record, remembering the attempt count. */
function purgeInitContainers(ctx: SimContext): void {
  const names = new Set(ctx.pod.initContainers.map((c) => c.name));
  for (const name of names) {
    const latest = ctx.runtime.latest(name);
    if (latest) ctx.purgedAttempts.set(name, latest.attempt);
  }
  ctx.runtime.remove((i) => names.has(i.name));
}
