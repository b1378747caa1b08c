// Maps a state and reason to a fixed colour class. Reasons can come from the scenario text
// (a `kill` event names its own), so they never reach a class name directly.
import type { ContainerStateName, Snapshot } from '../scenario/trace';
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
const darkFills = new Set<SegmentStyle>(['running', 'completed', 'error', 'oomkilled', 'terminated', 'config-error', 'phase-running', 'phase-succeeded', 'phase-failed']);

/** The colour class of a container state. */
export function containerStyle(state: ContainerStateName, reason: string | undefined, ready: boolean): SegmentStyle {
  if (state === 'running') return ready ? 'running' : 'running-unready';
  const table = state === 'waiting' ? waitingStyles : terminatedStyles;
  const style = reason === undefined || !Object.hasOwn(table, reason) ? undefined : table[reason];
  return style ?? (state === 'waiting' ? 'waiting' : 'terminated');
}

/** The colour class of a pod phase. */
export function phaseStyle(phase: Snapshot['phase']): SegmentStyle {
  return Object.hasOwn(phaseStyles, phase) ? phaseStyles[phase] : 'phase-unknown';
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
