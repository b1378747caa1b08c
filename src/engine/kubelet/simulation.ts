// One simulation run: the kubelet's parts wired to a scheduler, scenario events applied on
// time, and the trace assembled at the end.
import type { ScenarioEventSpec, ScenarioModel } from '../manifest/model';
import type { CauseTrigger, Snapshot, Trace } from '../../scenario/trace';
import { Backoff } from './backoff';
import { createCauseRecorder, explainContainer, explainPod, explainSandbox } from './causes';
import { recordScenarioEvent } from './scenarioEvents';
import { recordEvent, type SimContext } from './context';
import { VolumeStore } from './filesystem';
import { addWarning, exitInstance } from './process';
import { publishStatus } from './publish';
import { Runtime } from './runtime';
import { Scheduler } from './scheduler';
import { generateStatus, updateContainerStatus } from './status';
import { formatClock } from './causeText';
import { closeWaits } from './waits';
import { nextTick, timing } from './timing';
import { probeChanged, requestSync, runtimeChanged } from './worker';
import type { ProgressNote } from './progress';

/** Options of one run. */
export interface RunOptions {
  /** Horizon in ms; without it the run stops once nothing more changes (at most the default horizon). */
  until?: number;
  /** Bound on scheduler steps. */
  maxSteps?: number;
  /** Record causes, waits and polling commands (default true; off only to measure what they cost). */
  causes?: boolean;
  /** Told where the run is as each command starts (the browser's worker passes on a few of them); costs nothing when absent. */
  onProgress?: (note: ProgressNote) => void;
}

const maxLogLines = 200_000;

/** Scheduler steps one run may take (a 1 ms sleep loop over a day would take 86 million): about a second of work. */
export const MAX_SCHEDULER_STEPS = 100_000;

function createContext(model: ScenarioModel, causes: boolean): SimContext {
  const sched = new Scheduler();
  // Its own copy of the container specs: scenario events (setImage) change them during the run.
  const pod = { ...model.pod, initContainers: model.pod.initContainers.map((c) => ({ ...c })), containers: model.pod.containers.map((c) => ({ ...c })) };
  const initial: Snapshot = { t: 0, phase: 'Pending', conditions: { PodReadyToStartContainers: false, Initialized: false, Ready: false, ContainersReady: false, PodScheduled: true },
    kubectl: { status: 'Pending', ready: '', restarts: '0' }, initContainers: [], containers: [] };
  const ctx: SimContext = {
    sched, model, pod, runtime: new Runtime(),
    crashBackoff: new Backoff(timing.backoffInitialMs, timing.backoffMaxMs),
    pullBackoff: new Backoff(timing.backoffInitialMs, timing.backoffMaxMs),
    reasonCache: new Map(), probes: { startup: new Map(), readiness: new Map(), liveness: new Map() },
    imagesPresent: new Set(model.scenario.node.cachedImages),
    services: new Map(), configData: new Map(), volumes: new Map(),
    worker: { busy: false, pending: false, requeueToken: 0, relistScheduled: false, phase: 'syncing', mountRetryMs: timing.mountRetryInitialMs },
    rec: { events: [], logs: [], warnings: [], snapshots: [], lastChange: 0, causes: createCauseRecorder(causes), scenarioEvents: [], waits: [], attempts: [] },
    status: initial, initialStatus: initial,
    requestSync: () => requestSync(ctx),
    runtimeChanged: () => runtimeChanged(ctx),
    containerChanged: (spec) => {
      // A deletion cancels the sync that runs the hook (podWorkers cancels its context), so it ends the hold.
      if (ctx.statusHold > 0 && ctx.worker.deletionRequested === undefined) { ctx.statusDeferred = true; return; }
      publishStatus(ctx, updateContainerStatus(ctx, spec), spec.index);
    },
    statusHold: 0,
    statusDeferred: false,
    probeChanged: (c, type) => probeChanged(ctx, c, type),
    allContainers: [...pod.initContainers, ...pod.containers],
    purgedAttempts: new Map(),
    backOffMessages: new Map(),
    waitIndex: new Map(),
    pullErrors: new Map(),
  };
  const appliedLater = new Set(model.scenario.events.filter((e) => e.kind === 'apply').map((e) => `${e.objectKind}/${e.name}`));
  for (const s of model.services) if (!appliedLater.has(`Service/${s.name}`)) ctx.services.set(`${s.namespace}/${s.name}`, s);
  for (const d of model.configData) if (!appliedLater.has(`${d.kind}/${d.name}`)) ctx.configData.set(`${d.namespace}/${d.kind}/${d.name}`, d);
  for (const v of pod.volumes) if (v.kind === 'emptyDir' || v.kind === 'hostPath' || v.kind === 'persistentVolumeClaim') ctx.volumes.set(v.name, new VolumeStore(false));
  return ctx;
}

/** A pod that stops no longer restarts anything, so containers' last start errors stop being shown. */
function explainDroppedFailures(ctx: SimContext, trigger: CauseTrigger): void {
  const waiting = ctx.pod.initContainers.length > 0 ? 'PodInitializing' : 'ContainerCreating';
  for (const name of ctx.reasonCache.keys()) {
    explainContainer(ctx, name, 'state', { rule: 'stop.pod-terminating', trigger: { ...trigger, text: `${trigger.text}: the kubelet no longer tries to start ${name}, so its last start error is no longer shown` } }, `waiting:${waiting}`);
  }
}

/** Applies one Scenario event; false when it had nothing to act on. */
function applyEvent(ctx: SimContext, e: ScenarioEventSpec, index: number): boolean {
  const { model, pod } = ctx;
  const trigger = (text: string) => ({ kind: 'scenario' as const, text, t: ctx.sched.now, scenarioEvent: index });
  if (e.kind === 'apply' || (e.kind === 'delete' && e.objectKind !== 'Pod')) {
    const key = e.objectKind === 'Service' ? `${pod.namespace}/${e.name}` : `${pod.namespace}/${e.objectKind}/${e.name}`;
    const map = e.objectKind === 'Service' ? ctx.services : ctx.configData;
    if (e.kind === 'delete') return map.delete(key);
    const obj = e.objectKind === 'Service' ? model.services.find((s) => s.name === e.name) : model.configData.find((d) => d.kind === e.objectKind && d.name === e.name);
    if (obj) (map as Map<string, typeof obj>).set(key, obj);
    return obj !== undefined;
  }
  if (e.kind === 'delete') {
    if (ctx.worker.deletionRequested !== undefined || ctx.status.deleted) return false;
    // CheckGracefulDelete: a finished pod gets a grace period of 0, and the API server removes it at once.
    const finished = ctx.status.phase === 'Succeeded' || ctx.status.phase === 'Failed';
    ctx.worker.deletionRequested = ctx.sched.now;
    ctx.worker.deletionTimestamp = finished ? ctx.sched.now : ctx.sched.now + pod.terminationGracePeriodSeconds * 1000;
    if (finished) {
      explainPod(ctx, { rule: 'pod.deleted-at-once', trigger: trigger(`Pod ${e.name} was deleted (scenario event) after it had finished (phase ${ctx.status.phase})`) });
      publishStatus(ctx, { ...ctx.status, t: ctx.sched.now, deletionTimestamp: ctx.worker.deletionTimestamp, deleted: true });
      return true;
    }
    if (pod.terminationGracePeriodSeconds === 0) {
      // Store.Delete: a grace period of 0 removes the object at once; the kubelet sees it gone and still stops the containers.
      explainPod(ctx, { rule: 'pod.deleted-grace-zero', trigger: trigger(`Pod ${e.name} was deleted (scenario event), and its terminationGracePeriodSeconds is 0`) });
      publishStatus(ctx, { ...generateStatus(ctx, false), t: ctx.sched.now, deletionTimestamp: ctx.sched.now, deleted: true });
      requestSync(ctx);
      return true;
    }
    explainPod(ctx, { rule: 'pod.deletion', trigger: trigger(`Pod ${e.name} was deleted (scenario event)`) });
    explainDroppedFailures(ctx, trigger(`Pod ${e.name} was deleted (scenario event)`));
    // BeforeDelete: the deletionTimestamp is the time the grace period ends, not the time of the request.
    publishStatus(ctx, generateStatus(ctx, false));
    requestSync(ctx);
    return true;
  }
  if (e.kind === 'kill') {
    const inst = ctx.runtime.latest(e.container);
    if (!inst || inst.state !== 'running') { addWarning(ctx, `kill at ${e.at / 1000}s: container "${e.container}" is not running then`, e.position); return false; }
    exitInstance(ctx, inst, e.exitCode, e.reason, { rule: 'exit.killed', trigger: trigger(`the scenario killed its process at ${formatClock(ctx.sched.now)} (exit ${e.exitCode}, ${e.reason})`) });
    return true;
  }
  if (e.kind === 'setImage') {
    const spec = ctx.allContainers.find((c) => c.name === e.container);
    if (spec) {
      spec.image = e.image;
      explainContainer(ctx, spec.name, 'image', { rule: 'restart.definition', trigger: trigger(`the scenario set its image to ${e.image}`) });
    }
    requestSync(ctx);
    return spec !== undefined;
  }
  const sandbox = ctx.runtime.latestSandbox();
  if (sandbox?.ready) {
    sandbox.ready = false;
    explainSandbox(ctx, { rule: 'sandbox.recreated', trigger: trigger('the scenario stopped the pod sandbox') });
    runtimeChanged(ctx);
    return true;
  }
  addWarning(ctx, `restartSandbox at ${e.at / 1000}s: the pod has no running sandbox then`, e.position);
  return false;
}

/** Simulates the pod and returns the trace. */
export function runSimulation(model: ScenarioModel, options: RunOptions = {}): Trace {
  const ctx = createContext(model, options.causes !== false);
  if (options.onProgress) ctx.progress = options.onProgress;
  const { sched, pod } = ctx;
  recordEvent(ctx, 'Normal', 'Scheduled', `Successfully assigned ${pod.namespace}/${pod.name} to ${pod.nodeName}`, );
  model.scenario.events.forEach((e) => sched.at(e.at, () => {
    const index = ctx.rec.scenarioEvents.length;
    recordScenarioEvent(ctx, e, applyEvent(ctx, e, index));
  }));
  if (pod.activeDeadlineSeconds !== undefined) {
    sched.at(nextTick(pod.activeDeadlineSeconds * 1000, timing.syncTickMs), () => {
      if (ctx.worker.phase !== 'syncing' || ctx.worker.deletionRequested !== undefined) return;
      ctx.evicted = { reason: 'DeadlineExceeded', message: 'Pod was active on the node longer than the specified deadline' };
      explainPod(ctx, { rule: 'deadline.exceeded', trigger: { kind: 'deadline', text: `activeDeadlineSeconds (${pod.activeDeadlineSeconds ?? 0} s) passed at ${formatClock(ctx.sched.now)}` } });
      explainDroppedFailures(ctx, { kind: 'deadline', text: `activeDeadlineSeconds (${pod.activeDeadlineSeconds ?? 0} s) passed` });
      requestSync(ctx);
    });
  }
  requestSync(ctx);
  const explicit = options.until ?? model.scenario.until;
  const end = Math.min(explicit ?? timing.defaultHorizonMs, timing.maxHorizonMs);
  const finished = sched.run(end, options.maxSteps ?? MAX_SCHEDULER_STEPS);
  const logsCut = ctx.rec.logs.length > maxLogLines;
  if (!finished) addWarning(ctx, `the simulation stopped after ${sched.steps} steps at ${Math.round(sched.now / 1000)}s`);
  if (logsCut) addWarning(ctx, `only the first ${maxLogLines} log lines are kept`);
  let horizon = finished ? end : sched.now;
  if (finished && explicit === undefined) horizon = Math.min(end, nextTick(ctx.rec.lastChange + timing.quietTailMs, 10_000));
  return {
    format: 1, pod: pod.name, namespace: pod.namespace, horizon, truncated: !finished || logsCut,
    warnings: ctx.rec.warnings,
    events: ctx.rec.events.filter((e) => e.t <= horizon),
    logs: ctx.rec.logs.slice(0, maxLogLines).filter((l) => l.t <= horizon),
    snapshots: ctx.rec.snapshots.filter((s) => s.t <= horizon),
    causes: ctx.rec.causes.list.filter((c) => c.t <= horizon),
    scenarioEvents: ctx.rec.scenarioEvents.filter((e) => e.t <= horizon),
    waits: closeWaits(ctx.rec.waits, horizon),
    attempts: ctx.rec.attempts.filter((a) => a.from <= horizon),
    kubernetesVersion: model.scenario.kubernetes.version,
  };
}
