// Maps a state and reason to a fixed colour class. Reasons can come from the scenario text
// (a `kill` event names its own), so they never reach a class name directly.
import type { ContainerStateName, PodLevel, Snapshot } from '../scenario/trace';
import type { SegmentStyle } from './timelineTypes';

const waitingStyles: Record<string, SegmentStyle> = {
  PodInitializing: 'pod-initializing',
  ContainerCreating: 'creating',
  CrashLoopBackOff: 'backoff',
  ErrImagePull: 'image-pull',
  ErrImageNeverPull: 'image-pull',
  InvalidImageName: 'image-pull',
  ImagePullBackOff: 'image-pull-backoff',
  CreateContainerConfigError: 'config-error',
  CreateContainerError: 'config-error',
  RunContainerError: 'config-error',
};

const terminatedStyles: Record<string, SegmentStyle> = {
  Completed: 'completed',
  Error: 'error',
  OOMKilled: 'oomkilled',
  ContainerCannotRun: 'error',
  DeadlineExceeded: 'error',
};

const phaseStyles: Record<Snapshot['phase'], SegmentStyle> = {
  Pending: 'phase-pending',
  Running: 'phase-running',
  Succeeded: 'phase-succeeded',
  Failed: 'phase-failed',
  Unknown: 'phase-unknown',
};

/** Styles whose fill is dark enough for white label text (the rest take dark text). */
const darkFills = new Set<SegmentStyle>([
  'running', 'completed', 'error', 'oomkilled', 'terminated', 'config-error', 'phase-running', 'phase-running-completed', 'phase-succeeded', 'phase-failed',
]);

/** The colour class of a container state; a running container that has not `started` (startup probe pending) differs from one not `ready`. */
export function containerStyle(state: ContainerStateName, reason: string | undefined, ready: boolean, started = true): SegmentStyle {
  if (state === 'running') return !started ? 'running-starting' : ready ? 'running' : 'running-unready';
  const table = state === 'waiting' ? waitingStyles : terminatedStyles;
  const style = reason === undefined || !Object.hasOwn(table, reason) ? undefined : table[reason];
  return style ?? (state === 'waiting' ? 'waiting' : 'terminated');
}

/** The colour class of a pod phase. */
export function phaseStyle(phase: Snapshot['phase']): SegmentStyle {
  return Object.hasOwn(phaseStyles, phase) ? phaseStyles[phase] : 'phase-unknown';
}

/** The colour class of the pod lane: the phase, told apart where STATUS or Ready say more (Completed or not Ready while Running, Terminating). */
export function podStyle(s: PodLevel): SegmentStyle {
  if (s.deletionTimestamp !== undefined && !s.deleted && s.phase !== 'Succeeded' && s.phase !== 'Failed') return 'phase-terminating';
  if (s.phase !== 'Running') return phaseStyle(s.phase);
  if (s.kubectl.status === 'Completed') return 'phase-running-completed';
  return s.conditions.Ready ? 'phase-running' : 'phase-running-unready';
}

const runningLabelSets: Record<'init' | 'ready' | 'unready' | 'starting', readonly string[]> = {
  init: ['Running'],
  ready: ['Running, ready', 'Running'],
  unready: ['Running, not ready', 'Not ready'],
  starting: ['Running, startup probe pending', 'Startup probe pending', 'Starting'],
};

/** Label candidates of a running container, longest first: the words say whether it has started and is ready. */
export function runningLabels(init: boolean, started: boolean, ready: boolean): readonly string[] {
  return init ? runningLabelSets.init : !started ? runningLabelSets.starting : ready ? runningLabelSets.ready : runningLabelSets.unready;
}

/** Label candidates of the pod lane, longest first: STATUS, with the phase when the word would mislead (Completed while Running). */
export function podLabels(s: PodLevel): readonly string[] {
  if (s.deleted) return ['Deleted'];
  const status = s.kubectl.status;
  if (status === 'Completed' && s.phase !== 'Succeeded') return [`Completed (phase ${s.phase})`, 'Completed'];
  if (status === 'Running' && !s.conditions.Ready) return ['Running, not Ready', 'Running'];
  return [status];
}

/** True for back-off waits, which are drawn hatched. */
export function isBackoffWait(style: SegmentStyle): boolean {
  return style === 'backoff' || style === 'image-pull-backoff';
}

const classNames = new Map<string, string>();

/** The CSS classes of a segment, built from fixed words only (and cached: thousands of segments share a few). */
export function segmentClassName(style: SegmentStyle, gone = false): string {
  const key = gone ? `${style} gone` : style;
  let name = classNames.get(key);
  if (name === undefined) {
    name = `tl-seg tl-seg--${style}${gone ? ' tl-seg--gone' : ''}`;
    classNames.set(key, name);
  }
  return name;
}

/** The CSS class of a segment's label text, chosen for contrast with its fill. */
export function labelClassName(style: SegmentStyle): string {
  return darkFills.has(style) ? 'tl-seg-label tl-seg-label--on-dark' : 'tl-seg-label tl-seg-label--on-light';
}
