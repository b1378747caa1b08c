// The restart-all state of a pod and what the status generator reads from it (KEP-5532):
// GenerateAllContainersRestartingCondition and the Initialized condition kept through the restart
// (pkg/kubelet/status/generate.go). Kept apart from restartAll.ts so conditions.ts imports no sync code.
import type { ConditionDetail, Snapshot } from '../../scenario/trace';
import type { PodSpecModel } from '../manifest/model';
import type { Why } from './causes';
import { hasRestartAllRule } from './restartRules';

/** Per pod: the kill phase is on (AllContainersRestarting True), and whether the gate keeps Initialized. */
export interface PodState {
  restarting: boolean;
  keepInitialized: boolean;
  restartedInPlace: Set<string>;
  /** Why the containers run again, until a sync finds them created. */
  rerun?: Why;
}
const states = new WeakMap<PodSpecModel, PodState>();

/** The restart-all state of a pod (created on first use). */
export function restartAllState(pod: PodSpecModel): PodState {
  let s = states.get(pod);
  if (!s) { s = { restarting: false, keepInitialized: false, restartedInPlace: new Set() }; states.set(pod, s); }
  return s;
}

/**
 * GenerateAllContainersRestartingCondition, for a pod that has a RestartAllContainers rule: True
 * during the kill phase, False once every container is removed (PodCompleted / PodFailed when terminal).
 */
export function allContainersRestartingCondition(pod: PodSpecModel, phase: Snapshot['phase']): Omit<ConditionDetail, 'lastTransitionTime'>[] {
  if (!hasRestartAllRule(pod)) return [];
  if (phase === 'Succeeded') return [{ type: 'AllContainersRestarting', status: false, reason: 'PodCompleted' }];
  if (phase === 'Failed') return [{ type: 'AllContainersRestarting', status: false, reason: 'PodFailed' }];
  if (!states.get(pod)?.restarting) return [{ type: 'AllContainersRestarting', status: false }];
  return [{ type: 'AllContainersRestarting', status: true, reason: 'RestartAllContainersStarted', message: 'container exited with restart policy rule' }];
}

/** GeneratePodInitializedCondition with RestartAllContainersOnContainerExits on: an initialized pod stays initialized. */
export function keepInitialized<T extends { type: string; status: boolean; reason?: string; message?: string }>(pod: PodSpecModel, cond: T, previous: ConditionDetail[] | undefined): T {
  if (cond.status || !states.get(pod)?.keepInitialized) return cond;
  const was = previous?.find((p) => p.type === 'Initialized');
  return was?.status ? { type: cond.type, status: true } as T : cond;
}

/** Whether a container was removed by a restart-all: its status keeps that last run as lastState (kubernetes#136964). */
export function restartedInPlace(pod: PodSpecModel, name: string): boolean {
  return states.get(pod)?.restartedInPlace.has(name) ?? false;
}
