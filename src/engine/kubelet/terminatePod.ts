// status_manager.go › TerminatePod: at the end of the pod's life, containers the runtime no
// longer reports are marked failed, and the pod is moved to a terminal phase.
import type { ContainerSnapshot, Snapshot } from '../../scenario/trace';
import type { PodSpecModel } from '../manifest/model';

const unknownState = (c: ContainerSnapshot): ContainerSnapshot => {
  if (c.state === 'terminated') return c;
  const out: ContainerSnapshot = { name: c.name, state: 'terminated', reason: 'ContainerStatusUnknown',
    message: 'The container could not be located when the pod was terminated', exitCode: 137,
    restartCount: c.restartCount, started: false, ready: false };
  if (c.image) out.image = c.image;
  if (c.lastState) out.lastState = c.lastState;
  return out;
};

/** hasPodInitialized: no init containers, an app container left waiting, or the last init container completed. */
function hasPodInitialized(pod: PodSpecModel, s: Snapshot): boolean {
  if (pod.initContainers.length === 0) return true;
  if (s.containers.some((c) => c.lastState !== undefined || c.state !== 'waiting')) return true;
  const last = s.initContainers[s.initContainers.length - 1];
  return !!last && ((last.state === 'terminated' && last.exitCode === 0) || last.lastState?.exitCode === 0);
}

/** initializedContainers: all but the trailing init containers that never tried to start (at least the first). */
function initializedCount(list: ContainerSnapshot[]): number {
  for (let i = list.length - 1; i >= 0; i--) {
    const c = list[i] as ContainerSnapshot;
    if (c.state !== 'waiting' || c.lastState) return i + 1;
  }
  return Math.min(1, list.length);
}

/** The final status of a terminated pod. */
export function terminatePodStatus(pod: PodSpecModel, s: Snapshot): Snapshot {
  const n = initializedCount(s.initContainers);
  const out: Snapshot = {
    ...s,
    initContainers: s.initContainers.map((c, i) => (i < n ? unknownState(c) : c)),
    containers: hasPodInitialized(pod, s) ? s.containers.map(unknownState) : s.containers,
  };
  if (out.phase === 'Pending' || out.phase === 'Running') out.phase = 'Failed';
  return out;
}
