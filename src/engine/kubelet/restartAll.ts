// KEP-5532 RestartAllContainers (gate RestartAllContainersOnContainerExits, 1.35 alpha, 1.36+ on):
// a container exit that matches a rule with this action restarts the pod in place. As computePodActions
// and SyncPod do it: every container is killed at once (no preStop, no grace period), the status shows
// AllContainersRestarting=True (status/generate.go › GenerateAllContainersRestartingCondition), the
// containers are removed, the condition turns False (AllContainersRestartCleanedUp), and the next sync
// starts the init containers from the first. The sandbox, its IP and the volumes stay.
import type { ContainerSnapshot, Snapshot, TerminatedState } from '../../scenario/trace';
import type { ContainerSpec } from '../manifest/model';
import { explainContainer, recording, type Why } from './causes';
import { formatClock } from './causeText';
import { recordEvent, type SimContext } from './context';
import { exitInstance } from './process';
import { publishStatus } from './publish';
import { restartAllState } from './restartAllState';
import { matchingRule } from './restartRules';
import type { Instance } from './runtime';
import { delay, type Wait } from './scheduler';
import { generateStatus } from './status';
import { timing } from './timing';

/** The reason a container killed by a restart-all terminates with (its lastState after the restart). */
export const RESTARTING_ALL = 'RestartingAllContainers';

/** The exit that asks for a restart of every container: the first container whose latest run matched a RestartAllContainers rule. */
export function restartAllTrigger(ctx: SimContext): { spec: ContainerSpec; inst: Instance; index: number } | undefined {
  if (!ctx.model.scenario.kubernetes.gates.RestartAllContainersOnContainerExits) return undefined;
  const state = restartAllState(ctx.pod);
  state.keepInitialized = true;
  if (state.rerun && ctx.runtime.instances.length > 0) delete state.rerun;
  if (ctx.worker.deletionRequested !== undefined) return undefined;
  for (const spec of ctx.allContainers) {
    if (!spec.restartPolicyRules) continue;
    const inst = ctx.runtime.latest(spec.name);
    if (inst?.state !== 'exited') continue;
    const match = matchingRule(spec, inst.exitCode ?? 0);
    if (match?.rule.action === 'RestartAllContainers') return { spec, inst, index: match.index };
  }
  return undefined;
}

function terminated(i: Instance): TerminatedState {
  const t: TerminatedState = { reason: i.reason ?? 'Error', exitCode: i.exitCode ?? 0, finishedAt: i.finishedAt ?? 0 };
  if (i.startedAt !== undefined) t.startedAt = i.startedAt;
  return t;
}

/** A removed container's status: waiting to be created again, its restart count and last run kept. */
function removedStatus(ctx: SimContext, spec: ContainerSpec, inst: Instance | undefined, old: ContainerSnapshot | undefined): ContainerSnapshot {
  const reason = ctx.pod.initContainers.length > 0 ? 'PodInitializing' : 'ContainerCreating';
  const s: ContainerSnapshot = { name: spec.name, state: 'waiting', reason, restartCount: inst?.attempt ?? old?.restartCount ?? 0, started: false, ready: false, image: spec.image };
  const last = inst?.state === 'exited' ? terminated(inst) : old?.lastState;
  if (last) s.lastState = last;
  return s;
}

/** The restart itself, run by SyncPod in place of its usual plan. */
export function* restartAllContainers(ctx: SimContext, trigger: { spec: ContainerSpec; inst: Instance; index: number }): Generator<Wait, void, void> {
  const state = restartAllState(ctx.pod);
  const { spec: source, inst: exited, index } = trigger;
  const at = exited.finishedAt ?? ctx.sched.now;
  const text = `${source.name} exited ${exited.exitCode ?? 0} at ${formatClock(at)} and its restartPolicyRules[${index}] says RestartAllContainers`;
  const why: Why = { rule: 'restart.all-containers', trigger: { kind: 'container-exit', t: at, container: source.name, text } };
  state.restarting = true;
  const live = ctx.runtime.live();
  for (const inst of live) {
    recordEvent(ctx, 'Normal', 'Killing', `Stopping container ${inst.name}`, inst.spec);
    // No preStop hook and no grace period: the runtime kills the process at once.
    exitInstance(ctx, inst, 137, RESTARTING_ALL, { ...why, trigger: { ...why.trigger, kind: 'signal', text: `${text}, so the kubelet killed it at once (SIGKILL, no preStop hook, no grace period)` } });
    ctx.containerChanged(inst.spec);
  }
  publishStatus(ctx, generateStatus(ctx, false));
  // The removal comes with the next relist of the runtime, as the next sync sees the containers exited.
  yield delay(timing.relistMs);
  const old = ctx.status;
  const latest = new Map(ctx.allContainers.map((c) => [c.name, ctx.runtime.latest(c.name)]));
  for (const spec of ctx.allContainers) {
    const inst = latest.get(spec.name);
    if (inst) ctx.purgedAttempts.set(spec.name, inst.attempt);
    ctx.reasonCache.delete(spec.name);
  }
  const names = new Set(ctx.allContainers.map((c) => c.name));
  ctx.runtime.remove((i) => names.has(i.name));
  for (const name of names) state.restartedInPlace.add(name);
  state.restarting = false;
  state.rerun = { ...why, trigger: { ...why.trigger, text: `${text}; the kubelet removed every container, so the init containers run again from the first` } };
  const statuses = (specs: ContainerSpec[], list: ContainerSnapshot[]) => specs.map((spec, i) => {
    const before = list[i]?.name === spec.name ? list[i] : list.find((s) => s.name === spec.name);
    if (recording(ctx)) explainContainer(ctx, spec.name, 'state', { ...why, trigger: { ...why.trigger, text: `${text}; every container was removed, to be created again from the first init container` } }, `waiting:${ctx.pod.initContainers.length > 0 ? 'PodInitializing' : 'ContainerCreating'}`);
    return removedStatus(ctx, spec, latest.get(spec.name), before);
  });
  const removed: Snapshot = { ...old, t: ctx.sched.now, initContainers: statuses(ctx.pod.initContainers, old.initContainers), containers: statuses(ctx.pod.containers, old.containers) };
  // The status manager holds these entries now; the regular status is generated from them.
  ctx.status = removed;
  publishStatus(ctx, generateStatus(ctx, false));
  ctx.runtimeChanged();
}

/** Why the first containers start again after a restart-all: until the next sync, which finds them created. */
export function rerunWhy(ctx: SimContext): Why | undefined {
  return restartAllState(ctx.pod).rerun;
}
