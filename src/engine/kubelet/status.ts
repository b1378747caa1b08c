// kubelet_pods.go › generateAPIPodStatus and convertToAPIContainerStatuses, plus the prober
// manager's started/ready fields.
import type { ContainerSnapshot, Snapshot, TerminatedState } from '../../scenario/trace';
import type { ContainerSpec } from '../manifest/model';
import { conditionFlags, generateConditions } from './conditions';
import { sandboxView } from './readyToStart';
import type { SimContext, StartFailure } from './context';
import { decidePhase } from './phase';
import { containerShouldRestart } from './restartRules';
import { restartedInPlace } from './restartAllState';
import type { Instance } from './runtime';
import { statusTally } from './statusTally';
import { terminationMessage } from './terminationMessage';

function terminatedOf(ctx: SimContext, i: Instance): TerminatedState {
  const t: TerminatedState = { reason: i.reason ?? (i.exitCode === 0 ? 'Completed' : 'Error'), exitCode: i.exitCode ?? 0, finishedAt: i.finishedAt ?? 0 };
  if (i.startedAt !== undefined) t.startedAt = i.startedAt;
  const message = terminationMessage(ctx, i);
  if (message) t.message = message;
  return t;
}

function fromInstance(ctx: SimContext, i: Instance, spec: ContainerSpec): ContainerSnapshot {
  const s: ContainerSnapshot = { name: spec.name, state: 'waiting', restartCount: i.attempt, started: false, ready: false, image: spec.image };
  if (i.state === 'running') { s.state = 'running'; s.startedAt = i.startedAt ?? i.createdAt; }
  else if (i.state === 'exited') {
    const t = terminatedOf(ctx, i);
    s.state = 'terminated';
    s.reason = t.reason;
    s.exitCode = t.exitCode;
    s.finishedAt = t.finishedAt;
    if (t.startedAt !== undefined) s.startedAt = t.startedAt;
    if (t.message) s.message = t.message;
  }
  return s;
}

function asTerminated(s: ContainerSnapshot): TerminatedState | undefined {
  if (s.state !== 'terminated') return undefined;
  const t: TerminatedState = { reason: s.reason ?? '', exitCode: s.exitCode ?? 0, finishedAt: s.finishedAt ?? 0 };
  if (s.startedAt !== undefined) t.startedAt = s.startedAt;
  if (s.message) t.message = s.message;
  return t;
}

/** ShouldContainerBeRestarted, judged on the newest runtime instance. */
export function shouldBeRestarted(ctx: SimContext, spec: ContainerSpec): boolean {
  if (ctx.worker.deletionRequested !== undefined || ctx.worker.phase !== 'syncing') return false;
  const latest = ctx.runtime.latest(spec.name);
  if (!latest) return true;
  if (latest.state === 'running') return false;
  if (latest.state === 'created') return true;
  if (spec.kind === 'sidecar') return true;
  return containerShouldRestart(ctx.pod, spec, latest.exitCode ?? 0);
}

/** What one container status was computed from; equal inputs give the same object back. */
interface StatusMemo {
  latest?: Instance;
  latestState?: string;
  previous?: Instance;
  previousState?: string;
  prev?: ContainerSnapshot;
  failure?: StartFailure;
  restart: boolean;
  startup?: string;
  readiness?: string;
  result: ContainerSnapshot;
}

const memos = new WeakMap<SimContext, Map<string, StatusMemo>>();

function convertStatuses(ctx: SimContext, specs: ContainerSpec[], old: ContainerSnapshot[]): ContainerSnapshot[] {
  return specs.map((spec, i) => convertOne(ctx, spec, old[i]?.name === spec.name ? old[i] : old.find((o) => o.name === spec.name)));
}

/** One container's status, from the memo when nothing it depends on changed. */
function convertOne(ctx: SimContext, spec: ContainerSpec, prev: ContainerSnapshot | undefined): ContainerSnapshot {
  let memo = memos.get(ctx);
  if (!memo) { memo = new Map(); memos.set(ctx, memo); }
  {
    const [latest, previous] = ctx.runtime.latestTwo(spec.name);
    const failure = ctx.reasonCache.get(spec.name);
    const restart = failure !== undefined && shouldBeRestarted(ctx, spec);
    const id = latest?.id ?? '';
    const startup = spec.kind === 'init' ? undefined : ctx.probes.startup.get(id);
    const readiness = spec.kind === 'init' ? undefined : ctx.probes.readiness.get(id);
    const m = (memo as Map<string, StatusMemo>).get(spec.name);
    // The memo's own result, published, comes back as `prev`: the same inputs, so the same status.
    if (m && m.latest === latest && m.latestState === latest?.state && m.previous === previous && m.previousState === previous?.state
      && (m.prev === prev || m.result === prev) && m.failure === failure && m.restart === restart && m.startup === startup && m.readiness === readiness && m.result.image === spec.image) return m.result;
    const result = convertStatus(ctx, spec, prev, latest, previous, restart ? failure : undefined);
    (memo as Map<string, StatusMemo>).set(spec.name, { latest, latestState: latest?.state, previous, previousState: previous?.state, prev, failure, restart, startup, readiness, result });
    return result;
  }
}

function convertStatus(ctx: SimContext, spec: ContainerSpec, prev: ContainerSnapshot | undefined, latest: Instance | undefined,
  previous: Instance | undefined, failure: StartFailure | undefined): ContainerSnapshot {
  const defaultReason = ctx.pod.initContainers.length > 0 ? 'PodInitializing' : 'ContainerCreating';
  let status: ContainerSnapshot = { name: spec.name, state: 'waiting', reason: defaultReason, restartCount: 0, started: false, ready: false, image: spec.image };
  if (prev) {
    if (prev.state === 'terminated') status = { ...prev, image: spec.image };
    else {
      status.restartCount = prev.restartCount;
      if (prev.lastState) status.lastState = prev.lastState;
    }
  }
  if (latest) {
    const next = fromInstance(ctx, latest, spec);
    if (previous) { const t = previous.state === 'exited' ? terminatedOf(ctx, previous) : undefined; if (t) next.lastState = t; }
    else if (status.lastState && (latest.state !== 'exited' || restartedInPlace(ctx.pod, spec.name))) next.lastState = status.lastState;
    status = next;
  }
  const skip = spec.kind === 'init' && latest?.state === 'exited' && latest.exitCode === 0;
  if (!skip && failure) {
    const t = asTerminated(status);
    status = { name: status.name, state: 'waiting', reason: failure.reason, message: failure.message, restartCount: status.restartCount, started: false, ready: false, image: spec.image, ...(t ? { lastState: t } : status.lastState ? { lastState: status.lastState } : {}) };
  }
  applyProbeFields(ctx, spec, status, latest);
  return status;
}

/** The prober manager's started/ready fields (UpdatePodStatus). */
function applyProbeFields(ctx: SimContext, spec: ContainerSpec, status: ContainerSnapshot, latest: Instance | undefined): void {
  if (spec.kind === 'init') {
    status.started = status.state === 'running';
    status.ready = status.state === 'terminated' && status.exitCode === 0;
    return;
  }
  const running = status.state === 'running' && latest?.state === 'running';
  const id = latest?.id ?? '';
  status.started = running && (!spec.startupProbe || ctx.probes.startup.get(id) === 'success');
  status.ready = status.started && (!spec.readinessProbe || ctx.probes.readiness.get(id) === 'success');
}

/** Generates the API status now (kubectl columns are filled in when it is published); `podIsTerminal` once the kubelet has decided the pod is done. */
export function generateStatus(ctx: SimContext, podIsTerminal: boolean): Snapshot {
  const old = ctx.status;
  return assembleStatus(ctx, podIsTerminal, convertStatuses(ctx, ctx.pod.initContainers, old.initContainers), convertStatuses(ctx, ctx.pod.containers, old.containers));
}

/**
 * The status after one container started or exited: only that container's entry is recomputed,
 * since nothing else a container status depends on changes between two syncs.
 */
export function updateContainerStatus(ctx: SimContext, spec: ContainerSpec): Snapshot {
  const old = ctx.status;
  if (old.initContainers.length !== ctx.pod.initContainers.length || old.containers.length !== ctx.pod.containers.length) return generateStatus(ctx, false);
  const init = spec.kind === 'app' ? old.initContainers : old.initContainers.slice();
  const app = spec.kind === 'app' ? old.containers.slice() : old.containers;
  const list = spec.kind === 'app' ? app : init;
  list[spec.index] = convertOne(ctx, spec, list[spec.index]);
  return assembleStatus(ctx, false, init, app);
}

/** Whether container `name`'s newest instance has started (or ended) in the sandbox `sandboxId`. */
function startedIn(ctx: SimContext, name: string, sandboxId: string | undefined): boolean {
  const i = ctx.runtime.latest(name);
  return i !== undefined && i.state !== 'created' && i.sandboxId === sandboxId;
}

const activeWitness = new WeakMap<SimContext, string>();

/**
 * HasAnyActiveRegularContainerStarted: an app container has started in the current sandbox. The
 * container that showed it last time is asked first; only when it no longer shows it are all asked.
 */
function anyActiveAppContainer(ctx: SimContext): boolean {
  const sandboxId = ctx.runtime.latestSandbox()?.id;
  const witness = activeWitness.get(ctx);
  if (witness !== undefined && startedIn(ctx, witness, sandboxId)) return true;
  for (const c of ctx.pod.containers) {
    if (startedIn(ctx, c.name, sandboxId)) { activeWitness.set(ctx, c.name); return true; }
  }
  return false;
}

function assembleStatus(ctx: SimContext, podIsTerminal: boolean, init: ContainerSnapshot[], app: ContainerSnapshot[]): Snapshot {
  const old = ctx.status;
  const tally = statusTally(ctx.pod, init, app);
  const [decided, rule] = decidePhase(ctx.pod, init, app, podIsTerminal, anyActiveAppContainer(ctx), tally);
  // A terminal phase stays: the pod never leaves Failed or Succeeded.
  const keep = decided !== 'Failed' && decided !== 'Succeeded' && (old.phase === 'Failed' || old.phase === 'Succeeded');
  const phase = keep ? old.phase : decided;
  if (!keep) ctx.rec.causes.phaseRule = rule;
  const snap: Snapshot = { t: ctx.sched.now, phase, conditions: conditionFlags([]), kubectl: { status: '', ready: '', restarts: '' }, initContainers: init, containers: app, startTime: 0 };
  if (phase === old.phase) {
    if (old.reason) snap.reason = old.reason;
    if (old.message) snap.message = old.message;
  }
  if (ctx.evicted) {
    snap.phase = 'Failed';
    snap.reason = ctx.evicted.reason;
    snap.message = ctx.evicted.message;
  }
  snap.conditionDetails = generateConditions(ctx.pod, init, app, snap.phase, sandboxView(ctx), old.conditionDetails, ctx.sched.now, tally);
  snap.conditions = conditionFlags(snap.conditionDetails);
  if (ctx.worker.deletionTimestamp !== undefined) snap.deletionTimestamp = ctx.worker.deletionTimestamp;
  return snap;
}

/** Updates one container's started/ready in the current status, as the status manager does on a probe result. */
export function patchProbeFields(ctx: SimContext, name: string): Snapshot {
  const spec = ctx.allContainers.find((c) => c.name === name);
  // The other entries stay the same objects: statuses are compared and counted by reference.
  const snap: Snapshot = { ...ctx.status, initContainers: ctx.status.initContainers.slice(), containers: ctx.status.containers.slice() };
  snap.t = ctx.sched.now;
  if (!spec) return snap;
  const list = spec.kind === 'app' ? snap.containers : snap.initContainers;
  const at = list.findIndex((s) => s.name === name);
  const status = at < 0 ? undefined : { ...list[at] as ContainerSnapshot };
  if (status) {
    applyProbeFields(ctx, spec, status, ctx.runtime.latest(name));
    list[at] = status;
  }
  snap.conditionDetails = generateConditions(ctx.pod, snap.initContainers, snap.containers, snap.phase, sandboxView(ctx), ctx.status.conditionDetails, ctx.sched.now,
    statusTally(ctx.pod, snap.initContainers, snap.containers));
  snap.conditions = conditionFlags(snap.conditionDetails);
  return snap;
}
