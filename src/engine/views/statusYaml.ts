// The `status:` block of `kubectl get pod -o yaml` for one snapshot.
import type { ContainerSnapshot, Snapshot, TerminatedState } from '../../scenario/trace';
import type { PodSpecModel } from '../manifest/model';
import { formatRfc3339 } from './clock';
import {
  containerIdOf, fakeImageId, hasPodIp, hasRuntimeContainer, lastStateContainerIdOf, normalizeImage,
  simulatedHostIp, simulatedPodIp,
} from './identity';
import { sortedByName } from './podColumns';
import { podQosClass } from './qos';
import { conditionList } from './snapshots';
import { emitYaml } from './yamlEmit';
import type { YamlValue } from './yamlEmit';

type YamlMap = { [key: string]: YamlValue | undefined };

const time = (t: number | undefined): string | undefined => (t === undefined ? undefined : formatRfc3339(t));
const nonEmpty = (s: string | undefined): string | undefined => (s ? s : undefined);

function terminated(state: Omit<TerminatedState, 'finishedAt'> & { finishedAt?: number }, containerId: string): YamlMap {
  return {
    containerID: containerId,
    exitCode: state.exitCode,
    finishedAt: time(state.finishedAt),
    message: nonEmpty(state.message),
    reason: nonEmpty(state.reason),
    signal: state.signal ? state.signal : undefined,
    startedAt: time(state.startedAt),
  };
}

function stateOf(c: ContainerSnapshot, podUid: string): YamlMap {
  if (c.state === 'running') return { running: { startedAt: time(c.startedAt) } };
  if (c.state === 'waiting') return { waiting: { message: nonEmpty(c.message), reason: nonEmpty(c.reason) } };
  return {
    terminated: terminated({ reason: c.reason ?? '', exitCode: c.exitCode ?? 0, signal: c.signal, message: c.message, startedAt: c.startedAt, finishedAt: c.finishedAt }, containerIdOf(podUid, c)),
  };
}

function containerStatus(c: ContainerSnapshot, spec: { image: string } | undefined, podUid: string): YamlMap {
  const ran = hasRuntimeContainer(c);
  const image = c.image ?? spec?.image ?? '';
  return {
    containerID: nonEmpty(containerIdOf(podUid, c)),
    image: ran ? normalizeImage(image) : image,
    imageID: ran ? fakeImageId(image) : '',
    lastState: c.lastState ? { terminated: terminated(c.lastState, lastStateContainerIdOf(podUid, c)) } : {},
    name: c.name,
    ready: c.ready,
    restartCount: c.restartCount,
    started: c.started,
    state: stateOf(c, podUid),
  };
}

/** The pod's `status:` as `kubectl get pod -o yaml` shows it for this snapshot (keys sorted, timestamps RFC 3339). */
export function podStatusYaml(snapshot: Snapshot, pod: PodSpecModel): string {
  const specOf = (list: PodSpecModel['containers'], name: string): { image: string } | undefined => list.find((c) => c.name === name);
  const hostIp = snapshot.startTime !== undefined ? simulatedHostIp : undefined;
  const podIp = hasPodIp(snapshot) ? simulatedPodIp : undefined;
  const conditions: YamlValue[] = conditionList(snapshot).map((c) => ({
    lastProbeTime: null,
    lastTransitionTime: formatRfc3339(c.lastTransitionTime),
    message: nonEmpty(c.message),
    reason: nonEmpty(c.reason),
    status: c.status ? 'True' : 'False',
    type: c.type,
  }));
  const status: YamlMap = {
    conditions: conditions.length > 0 ? conditions : undefined,
    containerStatuses: snapshot.containers.length > 0 ? sortedByName(snapshot.containers).map((c) => containerStatus(c, specOf(pod.containers, c.name), pod.uid)) : undefined,
    hostIP: hostIp,
    hostIPs: hostIp ? [{ ip: hostIp }] : undefined,
    initContainerStatuses: snapshot.initContainers.length > 0 ? snapshot.initContainers.map((c) => containerStatus(c, specOf(pod.initContainers, c.name), pod.uid)) : undefined,
    message: nonEmpty(snapshot.message),
    phase: snapshot.phase,
    podIP: podIp,
    podIPs: podIp ? [{ ip: podIp }] : undefined,
    qosClass: podQosClass(pod),
    reason: nonEmpty(snapshot.reason),
    startTime: time(snapshot.startTime),
  };
  return emitYaml({ status });
}
