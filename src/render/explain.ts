// One sentence per segment, built from the trace's own words so the tooltip never claims more
// than the simulation recorded.
import type { ContainerKind } from '../engine/manifest/model';
import type { ConditionDetail, ConditionType, ContainerSnapshot, PodLevel, TerminatedState } from '../scenario/trace';
import { formatDuration } from './timeAxis';

const maxMessage = 200;

function clip(text: string): string {
  return text.length > maxMessage ? `${text.slice(0, maxMessage - 1)}…` : text;
}

function exitText(code: number | undefined, signal: number | undefined): string {
  const parts = [];
  if (code !== undefined) parts.push(`exit code ${code}`);
  if (signal !== undefined) parts.push(`signal ${signal}`);
  return parts.join(', ');
}

function afterLast(last: TerminatedState | undefined): string {
  if (!last) return '';
  const named = last.reason && last.reason !== 'Error' ? ` (${last.reason})` : '';
  return ` after exit code ${last.exitCode}${named}`;
}

const waitingHints: Record<string, Partial<Record<ContainerKind, string>>> = {
  PodInitializing: {
    app: 'its init containers have not all completed',
    init: 'init containers start one at a time, in order',
    sidecar: 'init containers and sidecars start one at a time, in order',
  },
  ContainerCreating: { app: 'the image is pulled and the container created', init: 'the image is pulled and the container created', sidecar: 'the image is pulled and the container created' },
};

/** Explains a container state that holds from `t0`. */
export function explainContainer(c: ContainerSnapshot, kind: ContainerKind, t0: number): string {
  if (c.state === 'running') {
    let text = `running since ${formatDuration(c.startedAt ?? t0)}`;
    // Regular init containers have no readiness: they only have to exit 0.
    if (kind === 'init') text += ', must exit 0 before the next container starts';
    else if (c.ready) text += ', ready';
    else if (c.started) text += ', started, not ready';
    else text += ', not started yet (startup probe pending)';
    if (c.restartCount > 0) text += ` (restarted ${c.restartCount} ${c.restartCount === 1 ? 'time' : 'times'})`;
    return text;
  }
  if (c.state === 'terminated') {
    const exit = exitText(c.exitCode, c.signal);
    let text = `terminated: ${c.reason ?? 'Unknown'}${exit ? ` (${exit})` : ''} at ${formatDuration(c.finishedAt ?? t0)}`;
    if (c.message) text += `: ${clip(c.message)}`;
    return text;
  }
  const reason = c.reason ?? 'no reason given';
  let text = `waiting: ${reason}`;
  if (c.message) text += ` (${clip(c.message)})`;
  else {
    const hint = c.reason !== undefined && Object.hasOwn(waitingHints, c.reason) ? waitingHints[c.reason]?.[kind] : undefined;
    if (hint) text += ` — ${hint}`;
  }
  if (c.reason === 'CrashLoopBackOff') text += afterLast(c.lastState);
  return text;
}

/** Explains the pod's phase and `kubectl get pod` STATUS from a snapshot. */
export function explainPod(s: PodLevel): string {
  let text = `phase ${s.phase}, kubectl STATUS ${s.kubectl.status}, READY ${s.kubectl.ready}`;
  if (s.reason) text += `; ${s.reason}${s.message ? `: ${clip(s.message)}` : ''}`;
  if (s.deletionTimestamp !== undefined) text += `; deletion requested at ${formatDuration(s.deletionTimestamp)}`;
  if (s.deleted) text += '; the pod object is gone from the API';
  return text;
}

/** Explains a condition's status from a snapshot. */
export function explainCondition(type: ConditionType, status: boolean, detail: ConditionDetail | undefined, t0: number): string {
  let text = `${type}: ${status ? 'True' : 'False'}`;
  if (detail?.reason) text += ` (${detail.reason}${detail.message ? `: ${clip(detail.message)}` : ''})`;
  return `${text} since ${formatDuration(detail?.lastTransitionTime ?? t0)}`;
}

/** Explains a restart marker. */
export function explainRestart(c: ContainerSnapshot, t: number): string {
  return `restart ${c.restartCount} at ${formatDuration(t)}${afterLast(c.lastState)}`;
}
