// pkg/kubelet/status/generate.go: the pod conditions, in the order the kubelet writes them.
import type { ConditionDetail, ConditionType, ContainerSnapshot, Snapshot } from '../../scenario/trace';
import type { PodSpecModel } from '../manifest/model';
import { hasAnyAppContainerStarted, statusAt as find } from './phase';
import { allContainersRestartingCondition, keepInitialized } from './restartAllState';
import type { SandboxView } from './readyToStart';
import { APP_STARTED, count, INCOMPLETE, namesText, type StatusTally, UNREADY } from './statusTally';

type Cond = Omit<ConditionDetail, 'lastTransitionTime'>;

const lastByPrefix = new Map<string, { names: string[]; text: string }>();

/**
 * `PREFIX: [a b c]` (Go's %s of a string slice); the last text of each prefix is reused while its
 * names are the same, so a large pod does not build the same long message at every status update.
 */
function namesMessage(prefix: string, names: string[]): string {
  const last = lastByPrefix.get(prefix);
  if (last && names.length === last.names.length && names.every((n, i) => n === last.names[i])) return last.text;
  const text = `${prefix}: [${names.join(' ')}]`;
  lastByPrefix.set(prefix, { names, text });
  return text;
}

const none: string[] = [];

function initialized(pod: PodSpecModel, init: ContainerSnapshot[], app: ContainerSnapshot[], phase: Snapshot['phase'], tally: StatusTally | undefined): Cond {
  const unknown: string[] = tally ? none : [];
  const incomplete: string[] = [];
  for (let i = 0; !tally && i < pod.initContainers.length; i++) {
    const c = pod.initContainers[i] as (typeof pod.initContainers)[number];
    const s = find(init, i, c.name);
    if (!s) unknown.push(c.name);
    else if (c.kind === 'sidecar' ? !s.started : !s.ready) incomplete.push(c.name);
  }
  if (phase === 'Succeeded' && unknown.length === 0) return { type: 'Initialized', status: true, reason: 'PodCompleted' };
  if (tally ? count(tally, APP_STARTED) > 0 : hasAnyAppContainerStarted(app)) return { type: 'Initialized', status: true };
  if (tally) {
    // Every container of a tallied status has a status, so only the incomplete ones are named.
    if (count(tally, INCOMPLETE) === 0) return { type: 'Initialized', status: true };
    return { type: 'Initialized', status: false, reason: 'ContainersNotInitialized', message: namesText(tally, pod, INCOMPLETE, 'containers with incomplete status') };
  }
  const messages: string[] = [];
  if (unknown.length) messages.push(namesMessage('containers with unknown status', unknown));
  if (incomplete.length) messages.push(namesMessage('containers with incomplete status', incomplete));
  if (messages.length) return { type: 'Initialized', status: false, reason: 'ContainersNotInitialized', message: messages.length === 1 ? messages[0] as string : messages.join(', ') };
  return { type: 'Initialized', status: true };
}

function containersReady(pod: PodSpecModel, init: ContainerSnapshot[], app: ContainerSnapshot[], phase: Snapshot['phase'], tally: StatusTally | undefined): Cond {
  const unknown: string[] = tally ? none : [];
  const unready: string[] = [];
  for (let i = 0; !tally && i < pod.initContainers.length; i++) {
    const c = pod.initContainers[i] as (typeof pod.initContainers)[number];
    if (c.kind !== 'sidecar') continue;
    const s = find(init, i, c.name);
    if (!s) unknown.push(c.name);
    else if (!s.ready) unready.push(c.name);
  }
  for (let i = 0; !tally && i < pod.containers.length; i++) {
    const c = pod.containers[i] as (typeof pod.containers)[number];
    const s = find(app, i, c.name);
    if (!s) unknown.push(c.name);
    else if (!s.ready) unready.push(c.name);
  }
  if ((phase === 'Succeeded' && unknown.length === 0)) return { type: 'ContainersReady', status: false, reason: 'PodCompleted' };
  if (phase === 'Failed') return { type: 'ContainersReady', status: false, reason: 'PodFailed' };
  if (tally) {
    if (count(tally, UNREADY) === 0) return { type: 'ContainersReady', status: true };
    return { type: 'ContainersReady', status: false, reason: 'ContainersNotReady', message: namesText(tally, pod, UNREADY, 'containers with unready status') };
  }
  const messages: string[] = [];
  if (unknown.length) messages.push(namesMessage('containers with unknown status', unknown));
  if (unready.length) messages.push(namesMessage('containers with unready status', unready));
  if (messages.length) return { type: 'ContainersReady', status: false, reason: 'ContainersNotReady', message: messages.length === 1 ? messages[0] as string : messages.join(', ') };
  return { type: 'ContainersReady', status: true };
}

/**
 * GeneratePodReadyToStartContainersCondition: True with a ready sandbox; from 1.37 a False one says
 * why (reason PodSandboxNotReady; "no pod sandbox exists" before the first sandbox, kubernetes#135300).
 * The message for a stopped sandbox is not confirmed from the source, so none is written.
 */
function readyToStart(sandbox: SandboxView): Cond {
  if (sandbox.ready) return { type: 'PodReadyToStartContainers', status: true };
  if (!sandbox.explainFalse) return { type: 'PodReadyToStartContainers', status: false };
  return sandbox.exists
    ? { type: 'PodReadyToStartContainers', status: false, reason: 'PodSandboxNotReady' }
    : { type: 'PodReadyToStartContainers', status: false, reason: 'PodSandboxNotReady', message: 'no pod sandbox exists' };
}

/** The five conditions, with lastTransitionTime kept from the previous status when unchanged; `tally`, when given, holds the counts of these lists. */
export function generateConditions(pod: PodSpecModel, init: ContainerSnapshot[], app: ContainerSnapshot[], phase: Snapshot['phase'], sandbox: SandboxView, previous: ConditionDetail[] | undefined, now: number, tally?: StatusTally): ConditionDetail[] {
  const cr = containersReady(pod, init, app, phase, tally);
  // No controller sets readiness-gate conditions in the simulation, so an open gate stays open.
  const gates = pod.readinessGates.map((g) => `corresponding condition of pod readiness gate "${g}" does not exist.`);
  const ready: Cond = cr.status && gates.length ? { type: 'Ready', status: false, reason: 'ReadinessGatesNotReady', message: gates.join(', ') } : { ...cr, type: 'Ready' };
  const conds: Cond[] = [
    readyToStart(sandbox),
    keepInitialized(pod, initialized(pod, init, app, phase, tally), previous),
    ready,
    cr,
    { type: 'PodScheduled', status: true },
    ...allContainersRestartingCondition(pod, phase),
  ];
  const details = conds.map((c) => {
    const old = previous?.find((p) => p.type === c.type);
    // An unchanged condition stays the same object: statuses are compared and stored by reference.
    if (old && old.status === c.status && old.reason === c.reason && old.message === c.message) return old;
    const detail: ConditionDetail = { type: c.type, status: c.status, lastTransitionTime: old && old.status === c.status ? old.lastTransitionTime : now };
    if (c.reason) detail.reason = c.reason;
    if (c.message) detail.message = c.message;
    return detail;
  });
  // An unchanged list stays the same array too, so the trace's writer encodes it once.
  return previous && previous.length === details.length && details.every((d, i) => d === previous[i]) ? previous : details;
}

/** The conditions as the contract's booleans. */
export function conditionFlags(details: ConditionDetail[]): Record<ConditionType, boolean> {
  const flags: Record<ConditionType, boolean> = { PodReadyToStartContainers: false, Initialized: false, Ready: false, ContainersReady: false, PodScheduled: false };
  for (const d of details) if (d.type !== 'AllContainersRestarting') flags[d.type] = d.status;
  return flags;
}
