// kubelet_pods.go › getPhase, as kubelet-semantics.md §1.2 gives it.
import type { ContainerSnapshot, Snapshot } from '../../scenario/trace';
import type { PodSpecModel } from '../manifest/model';
import type { RuleId } from './rules';
import { stoppedForGood } from './restartRules';
import { count, FAILED_INIT, FINAL, PENDING_INIT, PENDING_SIDECAR, RUNNING, STOPPED, type StatusTally, SUCCEEDED, WAITING } from './statusTally';

/** True when any app container status is running or terminated (HasAnyRegularContainerStarted). */
export function hasAnyAppContainerStarted(containers: ContainerSnapshot[]): boolean {
  return containers.some((c) => c.state === 'running' || c.state === 'terminated');
}

/**
 * The pod phase from its container statuses. `podHasInitialized`: an app container of the
 * current sandbox has started (HasAnyActiveRegularContainerStarted, v1.32+).
 */
export function getPhase(pod: PodSpecModel, init: ContainerSnapshot[], app: ContainerSnapshot[], podIsTerminal: boolean, podHasInitialized: boolean): Snapshot['phase'] {
  return decidePhase(pod, init, app, podIsTerminal, podHasInitialized)[0];
}

/**
 * The status of a container: at its spec index, where generateStatus puts it, else by name. A plain
 * loop: a closure over the name would cost a context object at every call of a hot path.
 */
export function statusAt(statuses: ContainerSnapshot[], i: number, name: string): ContainerSnapshot | undefined {
  const s = statuses[i];
  if (s?.name === name) return s;
  for (const x of statuses) if (x.name === name) return x;
  return undefined;
}

/** getPhase with the rule of the branch that decided it; `tally`, when given, holds the counts of these lists. */
export function decidePhase(pod: PodSpecModel, init: ContainerSnapshot[], app: ContainerSnapshot[], podIsTerminal: boolean, podHasInitialized: boolean, tally?: StatusTally): [Snapshot['phase'], RuleId] {
  if (tally) {
    return phaseOf(count(tally, PENDING_INIT), count(tally, PENDING_SIDECAR), count(tally, FAILED_INIT), 0, count(tally, RUNNING), count(tally, WAITING),
      count(tally, STOPPED), count(tally, SUCCEEDED), count(tally, FINAL), podIsTerminal, podHasInitialized);
  }
  let pendingInit = 0;
  let pendingSidecars = 0;
  let failedInit = 0;
  let unknown = 0;
  let running = 0;
  let waiting = 0;
  let stopped = 0;
  let succeeded = 0;
  let final = 0;
  // Statuses come in spec order (generateStatus builds them from the specs).
  for (let i = 0; i < pod.initContainers.length; i++) {
    const c = pod.initContainers[i] as (typeof pod.initContainers)[number];
    const s = statusAt(init, i, c.name);
    if (c.kind === 'init') {
      if (!s || s.state === 'running') pendingInit++;
      // failedInitializationNotRestartable: a failed init container counts only if nothing will run it again.
      else if (s.state === 'terminated') { if (s.exitCode !== 0 && stoppedForGood(pod, c, s)) failedInit++; }
      else if (s.lastState) { if (s.lastState.exitCode !== 0 && stoppedForGood(pod, c, s.lastState)) failedInit++; }
      else pendingInit++;
    } else if (!s) unknown++;
    else if (s.state === 'running') { if (!s.started) pendingSidecars++; running++; }
    else if (s.state === 'waiting' && !s.lastState) { pendingSidecars++; waiting++; }
  }
  for (let i = 0; i < pod.containers.length; i++) {
    const c = pod.containers[i] as (typeof pod.containers)[number];
    const s = statusAt(app, i, c.name);
    if (!s) unknown++;
    else if (s.state === 'running') running++;
    else if (s.state === 'terminated') { stopped++; if (s.exitCode === 0) succeeded++; if (stoppedForGood(pod, c, s)) final++; }
    else if (s.lastState) { stopped++; if (stoppedForGood(pod, c, s.lastState)) final++; }
    else waiting++;
  }
  return phaseOf(pendingInit, pendingSidecars, failedInit, unknown, running, waiting, stopped, succeeded, final, podIsTerminal, podHasInitialized);
}

function phaseOf(pendingInit: number, pendingSidecars: number, failedInit: number, unknown: number, running: number, waiting: number, stopped: number,
  succeeded: number, final: number, podIsTerminal: boolean, podHasInitialized: boolean): [Snapshot['phase'], RuleId] {
  if (failedInit > 0) return ['Failed', 'phase.failed-init'];
  if (pendingInit > 0 || (pendingSidecars > 0 && !podHasInitialized)) return ['Pending', 'phase.pending'];
  if (waiting > 0) return ['Pending', 'phase.pending'];
  if (running > 0 && unknown === 0) return ['Running', 'phase.running'];
  if (running === 0 && stopped > 0 && unknown === 0) {
    if (podIsTerminal) return stopped === succeeded ? ['Succeeded', 'phase.terminal'] : ['Failed', 'phase.terminal'];
    // 1.35+: each container's own policy and rules decide whether it is restarting (ContainerShouldRestart).
    if (stopped !== final) return ['Running', 'phase.running'];
    if (stopped === succeeded) return ['Succeeded', 'phase.succeeded'];
    return ['Failed', 'phase.failed'];
  }
  return ['Pending', 'phase.pending'];
}
