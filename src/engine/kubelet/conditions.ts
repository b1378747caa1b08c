// pkg/kubelet/status/generate.go: the pod conditions, in the order the kubelet writes them.
import type { ConditionDetail, ConditionType, ContainerSnapshot, Snapshot } from '../../scenario/trace';
import type { PodSpecModel } from '../manifest/model';
import { hasAnyAppContainerStarted } from './phase';

type Cond = Omit<ConditionDetail, 'lastTransitionTime'>;

let lastNames: string[] = [];
let lastList = '[]';

/** Go's %s of a string slice; the last answer is reused while the names are the same (large pods). */
function list(names: string[]): string {
  if (names.length !== lastNames.length || names.some((n, i) => n !== lastNames[i])) {
    lastNames = names;
    lastList = `[${names.join(' ')}]`;
  }
  return lastList;
}

/** The status of a container: at its spec index, where generateStatus puts it. */
function find(statuses: ContainerSnapshot[], i: number, name: string): ContainerSnapshot | undefined {
  const s = statuses[i];
  return s?.name === name ? s : statuses.find((x) => x.name === name);
}

function initialized(pod: PodSpecModel, init: ContainerSnapshot[], app: ContainerSnapshot[], phase: Snapshot['phase']): Cond {
  const unknown: string[] = [];
  const incomplete: string[] = [];
  for (let i = 0; i < pod.initContainers.length; i++) {
    const c = pod.initContainers[i] as (typeof pod.initContainers)[number];
    const s = find(init, i, c.name);
    if (!s) unknown.push(c.name);
    else if (c.kind === 'sidecar' ? !s.started : !s.ready) incomplete.push(c.name);
  }
  if (phase === 'Succeeded' && unknown.length === 0) return { type: 'Initialized', status: true, reason: 'PodCompleted' };
  if (hasAnyAppContainerStarted(app)) return { type: 'Initialized', status: true };
  const messages: string[] = [];
  if (unknown.length) messages.push(`containers with unknown status: ${list(unknown)}`);
  if (incomplete.length) messages.push(`containers with incomplete status: ${list(incomplete)}`);
  if (messages.length) return { type: 'Initialized', status: false, reason: 'ContainersNotInitialized', message: messages.join(', ') };
  return { type: 'Initialized', status: true };
}

function containersReady(pod: PodSpecModel, init: ContainerSnapshot[], app: ContainerSnapshot[], phase: Snapshot['phase']): Cond {
  const unknown: string[] = [];
  const unready: string[] = [];
  const visit = (list: ContainerSnapshot[], i: number, name: string) => {
    const s = find(list, i, name);
    if (!s) unknown.push(name);
    else if (!s.ready) unready.push(name);
  };
  pod.initContainers.forEach((c, i) => { if (c.kind === 'sidecar') visit(init, i, c.name); });
  pod.containers.forEach((c, i) => visit(app, i, c.name));
  if ((phase === 'Succeeded' && unknown.length === 0)) return { type: 'ContainersReady', status: false, reason: 'PodCompleted' };
  if (phase === 'Failed') return { type: 'ContainersReady', status: false, reason: 'PodFailed' };
  const messages: string[] = [];
  if (unknown.length) messages.push(`containers with unknown status: ${list(unknown)}`);
  if (unready.length) messages.push(`containers with unready status: ${list(unready)}`);
  if (messages.length) return { type: 'ContainersReady', status: false, reason: 'ContainersNotReady', message: messages.join(', ') };
  return { type: 'ContainersReady', status: true };
}

/** The five conditions, with lastTransitionTime kept from the previous status when unchanged. */
export function generateConditions(pod: PodSpecModel, init: ContainerSnapshot[], app: ContainerSnapshot[], phase: Snapshot['phase'], sandboxReady: boolean, previous: ConditionDetail[] | undefined, now: number): ConditionDetail[] {
  const cr = containersReady(pod, init, app, phase);
  // No controller sets readiness-gate conditions in the simulation, so an open gate stays open.
  const gates = pod.readinessGates.map((g) => `corresponding condition of pod readiness gate "${g}" does not exist.`);
  const ready: Cond = cr.status && gates.length ? { type: 'Ready', status: false, reason: 'ReadinessGatesNotReady', message: gates.join(', ') } : { ...cr, type: 'Ready' };
  const conds: Cond[] = [
    { type: 'PodReadyToStartContainers', status: sandboxReady },
    initialized(pod, init, app, phase),
    ready,
    cr,
    { type: 'PodScheduled', status: true },
  ];
  return conds.map((c) => {
    const old = previous?.find((p) => p.type === c.type);
    const detail: ConditionDetail = { type: c.type, status: c.status, lastTransitionTime: old && old.status === c.status ? old.lastTransitionTime : now };
    if (c.reason) detail.reason = c.reason;
    if (c.message) detail.message = c.message;
    return detail;
  });
}

/** The conditions as the contract's booleans. */
export function conditionFlags(details: ConditionDetail[]): Record<ConditionType, boolean> {
  const flags: Record<ConditionType, boolean> = { PodReadyToStartContainers: false, Initialized: false, Ready: false, ContainersReady: false, PodScheduled: false };
  for (const d of details) flags[d.type] = d.status;
  return flags;
}
