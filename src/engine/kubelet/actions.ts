// kuberuntime_manager.go › computePodActions and kuberuntime_container.go ›
// computeInitContainerActions (SidecarContainers on): what one sync will do.
import type { ContainerSpec } from '../manifest/model';
import { recording, type Why } from './causes';
import type { SimContext } from './context';
import { afterExit, afterStart, afterInit, sandboxWhy } from './startWhy';
import type { Instance } from './runtime';
import { shouldBeRestarted } from './status';
import { containerShouldRestart, effectivePolicy, restartRuleId } from './restartRules';
import { rerunWhy } from './restartAll';

/** A container the sync will stop, with the Killing event's message. */
export interface KillAction {
  instance: Instance;
  message: string;
  /** Probe-triggered kills may use the probe's grace period. */
  graceSeconds?: number;
  why: Why;
}

/** The plan of one sync. */
export interface PodActions {
  killPod: boolean;
  createSandbox: boolean;
  sandboxAttempt: number;
  initToStart: number[];
  appToStart: number[];
  toKill: KillAction[];
  initialized: boolean;
  /** Why each container (by name) is started by this sync; an app container restarted after its exit has no entry: its reason is worded only if the sync does start it (most wait out a back-off). */
  why: Map<string, Why>;
  /** Why the whole pod is killed, when it is. */
  killWhy?: Why;
}

function sandboxChanged(ctx: SimContext): { changed: boolean; attempt: number } {
  const sandbox = ctx.runtime.latestSandbox();
  if (!sandbox) return { changed: true, attempt: 0 };
  if (!sandbox.ready) return { changed: true, attempt: sandbox.attempt + 1 };
  return { changed: false, attempt: sandbox.attempt };
}

const failed = (i: Instance) => i.state === 'exited' && i.exitCode !== 0;

/** Walks init containers from last to first; returns whether the pod is initialized. */
function computeInitActions(ctx: SimContext, a: PodActions): boolean {
  const inits = ctx.pod.initContainers;
  if (inits.length === 0) return true;
  let podHasInitialized = ctx.pod.containers.some((c) => { const s = ctx.runtime.latest(c.name); return s?.state === 'created' || s?.state === 'running'; });
  let previouslyInitialized = podHasInitialized;
  const start: number[] = [];
  for (let i = inits.length - 1; i >= 0; i--) {
    const c = inits[i] as ContainerSpec;
    const sidecar = c.kind === 'sidecar';
    const s = ctx.runtime.latest(c.name);
    if (!s) {
      if (previouslyInitialized && sidecar) { start.push(i); a.why.set(c.name, afterInit(ctx, 'restart.sidecar')); }
      continue;
    }
    if (previouslyInitialized && !sidecar) continue;
    if (s.state === 'created') start.push(i);
    else if (s.state === 'running') {
      if (sidecar) handleRunningSidecar(ctx, a, c, s, i, inits.length, previouslyInitialized, start, () => { podHasInitialized = true; });
    } else if (sidecar) { start.push(i); if (recording(ctx)) a.why.set(c.name, { rule: 'restart.sidecar', trigger: afterExit(ctx, c, s).trigger }); }
    else if (failed(s)) {
      // ContainerShouldRestart: the container's own policy and rules first (1.35+), else the pod's policy.
      if (!containerShouldRestart(ctx.pod, c, s.exitCode ?? 0)) {
        a.killPod = true;
        a.initToStart = [];
        a.killWhy = { rule: 'restart.init-never', trigger: afterExit(ctx, c, s).trigger };
        return false;
      }
      start.push(i);
      if (recording(ctx)) a.why.set(c.name, { rule: restartRuleId(ctx.pod, c, s.exitCode ?? 0), trigger: afterExit(ctx, c, s).trigger });
    } else if (i === inits.length - 1) podHasInitialized = true;
    else {
      start.push(i + 1);
      const nextSpec = inits[i + 1] as ContainerSpec;
      if (recording(ctx)) a.why.set(nextSpec.name, { rule: 'init.sequential', trigger: afterExit(ctx, c, s).trigger });
    }
    previouslyInitialized = true;
  }
  if (!previouslyInitialized) { start.push(0); a.why.set((inits[0] as ContainerSpec).name, rerunWhy(ctx) ?? sandboxWhy(ctx, 'init.first')); }
  a.initToStart = start.reverse();
  return podHasInitialized;
}

function handleRunningSidecar(ctx: SimContext, a: PodActions, c: ContainerSpec, s: Instance, i: number, count: number,
  previouslyInitialized: boolean, start: number[], markInitialized: () => void): void {
  if (c.startupProbe) {
    const startup = ctx.probes.startup.get(s.id);
    if (startup === undefined || startup === 'unknown') return;
    if (startup === 'failure') {
      const why = probeWhy(c.name, 'startup', c.startupProbe?.failureThreshold);
      a.toKill.push({ instance: s, message: `Init container ${c.name} failed startup probe`, ...probeGrace(c.startupProbe.terminationGracePeriodSeconds), why });
      start.push(i);
      a.why.set(c.name, why);
      return;
    }
  }
  if (i === count - 1) markInitialized();
  else if (!previouslyInitialized) {
    start.push(i + 1);
    const nextSpec = ctx.pod.initContainers[i + 1] as ContainerSpec;
    a.why.set(nextSpec.name, { rule: 'sidecar.next', trigger: afterStart(ctx, c, s) });
  }
  if (s.image !== c.image) {
    const why = definitionWhy(ctx, c);
    a.toKill.push({ instance: s, message: `Init container ${c.name} definition changed`, why });
    start.push(i);
    a.why.set(c.name, why);
    return;
  }
  if (c.livenessProbe && ctx.probes.liveness.get(s.id) === 'failure') {
    const why = probeWhy(c.name, 'liveness', c.livenessProbe?.failureThreshold);
    a.toKill.push({ instance: s, message: `Init container ${c.name} failed liveness probe`, ...probeGrace(c.livenessProbe.terminationGracePeriodSeconds), why });
    start.push(i);
    a.why.set(c.name, why);
  }
}

function probeWhy(name: string, type: 'startup' | 'liveness', threshold: number | undefined): Why {
  const times = threshold === undefined ? '' : ` ${threshold} ${threshold === 1 ? 'time' : 'times in a row'} (failureThreshold)`;
  return { rule: 'restart.probe', trigger: { kind: 'probe', text: `its ${type} probe failed${times}`, container: name } };
}

function definitionWhy(ctx: SimContext, c: ContainerSpec): Why {
  return { rule: 'restart.definition', trigger: { kind: 'scenario', text: `its image in the pod spec changed to ${c.image}`, container: c.name } };
}

function probeGrace(seconds: number | undefined): { graceSeconds?: number } {
  return seconds === undefined ? {} : { graceSeconds: seconds };
}

/** The plan for the next sync, from the runtime's state now. */
export function computePodActions(ctx: SimContext): PodActions {
  const { changed, attempt } = sandboxChanged(ctx);
  const a: PodActions = { killPod: changed, createSandbox: changed, sandboxAttempt: attempt, initToStart: [], appToStart: [], toKill: [], initialized: false, why: new Map() };
  if (changed && attempt > 0) a.killWhy = sandboxWhy(ctx, 'sandbox.recreated');
  const pod = ctx.pod;
  if (changed) {
    const anyRecord = ctx.runtime.instances.length > 0;
    if (pod.restartPolicy === 'Never' && attempt !== 0 && anyRecord) { a.createSandbox = false; return a; }
    const toStart = pod.containers.map((_, i) => i).filter((i) => {
      const s = ctx.runtime.latest((pod.containers[i] as ContainerSpec).name);
      return !(pod.restartPolicy === 'OnFailure' && s?.state === 'exited' && s.exitCode === 0);
    });
    if (toStart.length === 0 && initDone(ctx)) { a.createSandbox = false; return a; }
    if (pod.initContainers.length > 0) {
      a.initToStart = [0];
      a.why.set((pod.initContainers[0] as ContainerSpec).name, sandboxWhy(ctx, attempt > 0 ? 'sandbox.recreated' : 'init.first'));
    } else {
      a.appToStart = toStart;
      for (const i of toStart) a.why.set((pod.containers[i] as ContainerSpec).name, sandboxWhy(ctx, attempt > 0 ? 'sandbox.recreated' : 'app.after-init'));
    }
    return a;
  }
  a.initialized = computeInitActions(ctx, a);
  if (a.killPod || !a.initialized) return a;
  let keep = 0;
  pod.containers.forEach((c, idx) => {
    const s = ctx.runtime.latest(c.name);
    if (!s || s.state !== 'running') {
      if (shouldBeRestarted(ctx, c)) {
        a.appToStart.push(idx);
        if (recording(ctx) && s?.state !== 'exited') a.why.set(c.name, (pod.initContainers.length === 0 ? rerunWhy(ctx) : undefined) ?? afterInit(ctx, 'app.after-init'));
      }
      return;
    }
    let message: string | undefined;
    let grace: number | undefined;
    let why: Why;
    let restart = effectivePolicy(pod, c) !== 'Never';
    if (s.image !== c.image) { message = `Container ${c.name} definition changed`; restart = true; why = definitionWhy(ctx, c); }
    else if (c.livenessProbe && ctx.probes.liveness.get(s.id) === 'failure') { message = `Container ${c.name} failed liveness probe`; grace = c.livenessProbe.terminationGracePeriodSeconds; why = probeWhy(c.name, 'liveness', c.livenessProbe?.failureThreshold); }
    else if (c.startupProbe && ctx.probes.startup.get(s.id) === 'failure') { message = `Container ${c.name} failed startup probe`; grace = c.startupProbe.terminationGracePeriodSeconds; why = probeWhy(c.name, 'startup', c.startupProbe?.failureThreshold); }
    else { keep++; return; }
    if (restart) { message = `${message}, will be restarted`; a.appToStart.push(idx); a.why.set(c.name, why); }
    a.toKill.push({ instance: s, message, ...probeGrace(grace), why });
  });
  if (keep === 0 && a.appToStart.length === 0) {
    a.killPod = true;
    a.initToStart = [];
    a.killWhy = { rule: 'stop.pod-terminating', trigger: { kind: 'status', text: 'no app container is running or will be restarted, so the kubelet stops what is left of the pod' } };
  }
  return a;
}

/** findNextInitContainerToRun's `done`: every regular init container has succeeded. */
function initDone(ctx: SimContext): boolean {
  return ctx.pod.initContainers.every((c) => c.kind === 'sidecar' || (ctx.runtime.latest(c.name)?.state === 'exited' && ctx.runtime.latest(c.name)?.exitCode === 0));
}
