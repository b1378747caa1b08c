// Named selectors: components read the store only through these. Derived values are memoized by
// reference so that a selector returns the same object while its inputs are unchanged.
import type { ContainerSpec } from '../engine/manifest/model';
import { narrateAt, type Narration } from '../engine/views/narration';
import { snapshotByIndex, snapshotIndexAt as indexAt, snapshotTime } from '../engine/views/snapshots';
import type { Snapshot, SimulationResult, Trace } from '../scenario/trace';
import { isRejection } from '../scenario/trace';
import type { InspectorTab, PlaygroundState } from './types';

/** A problem to show at a place in the text. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  source: string;
}

export const selectText = (s: PlaygroundState) => s.text;
export const selectTrace = (s: PlaygroundState) => s.trace;
export const selectModel = (s: PlaygroundState) => s.model;
export const selectStale = (s: PlaygroundState) => s.stale;
export const selectErrors = (s: PlaygroundState) => s.errors;
/** Why the current text has no trace of its own (its run was stopped, or the simulator failed); undefined otherwise. */
export const selectHalted = (s: PlaygroundState) => s.halted;
/** A run for the current text is under way. */
export const selectSimulating = (s: PlaygroundState) => s.simulating;
export const selectPlayhead = (s: PlaygroundState) => s.t;
export const selectPlaying = (s: PlaygroundState) => s.playing;
export const selectSpeed = (s: PlaygroundState) => s.speed;
export const selectHorizon = (s: PlaygroundState) => s.trace?.horizon ?? 0;
export const selectTab = (s: PlaygroundState) => s.tab;
export const selectTheme = (s: PlaygroundState) => s.theme;
export const selectHelpOpen = (s: PlaygroundState) => s.helpOpen;
export const selectGalleryId = (s: PlaygroundState) => s.galleryId;
export const selectLogsContainer = (s: PlaygroundState) => s.logsContainer;
export const selectNotice = (s: PlaygroundState) => s.notice;
export const selectShareOpen = (s: PlaygroundState) => s.shareOpen;
export const selectShareCopied = (s: PlaygroundState) => s.shareCopied;

/** Index of the snapshot in force at time t (binary search). */
export function snapshotIndexAt(trace: Trace | undefined, t: number): number {
  return trace ? indexAt(trace, t) : -1;
}

/** Index of the snapshot at the playhead: changes only when the playhead crosses a snapshot. */
export const selectSnapshotIndex = (s: PlaygroundState) => snapshotIndexAt(s.trace, s.t);

/** The snapshot at the playhead. */
export const selectSnapshot = (s: PlaygroundState): Snapshot | undefined => (s.trace ? snapshotByIndex(s.trace, snapshotIndexAt(s.trace, s.t)) : undefined);

/** Number of events up to the playhead (for the event list and logs: changes only when one is passed). */
export const selectEventCount = (s: PlaygroundState) => countUpTo(s.trace?.events, s.t);

/** Number of log lines up to the playhead. */
export const selectLogCount = (s: PlaygroundState) => countUpTo(s.trace?.logs, s.t);

function countUpTo(list: { t: number }[] | undefined, t: number): number {
  if (!list) return 0;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as { t: number }).t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Time of the last item at or before t (items sorted by time), or 0. */
function lastTimeUpTo(list: { t: number }[] | undefined, t: number): number {
  const n = countUpTo(list, t);
  return n > 0 ? (list?.[n - 1] as { t: number }).t : 0;
}

/**
 * The instant an inspector tab shows: the latest change at or before the playhead that the tab can
 * show (the snapshot; for describe also an event, for logs a log line; whole seconds for ages, and
 * while playing), so a tab re-renders when that changes, never with each frame or pixel of the playhead.
 */
export const selectInspectorTime = (tab: InspectorTab) => (s: PlaygroundState): number => {
  const trace = s.trace;
  if (!trace || tab === 'resources') return 0;
  const index = snapshotIndexAt(trace, s.t);
  const snapshot = index < 0 ? 0 : snapshotTime(trace, index);
  if (tab === 'status') return snapshot;
  const second = Math.floor(s.t / 1000) * 1000;
  if (s.playing) return Math.max(snapshot, second);
  if (tab === 'describe') return Math.max(snapshot, second, lastTimeUpTo(trace.events, s.t));
  if (tab === 'logs') return Math.max(snapshot, lastTimeUpTo(trace.logs, s.t));
  return Math.max(snapshot, second);
};

const diagnostics = new WeakMap<SimulationResult, Diagnostic[]>();

/** Errors (rejections) and warnings (unknown fields, the simulator's remarks) of the current text, in text order. */
export const selectDiagnostics = (s: PlaygroundState): Diagnostic[] => {
  let d = diagnostics.get(s.result);
  if (!d) {
    const errors = isRejection(s.result) ? s.result.errors : [];
    const warnings = s.result.warnings ?? [];
    d = [
      ...errors.map((e) => ({ severity: 'error' as const, message: e.path ? `${e.path}: ${e.message}` : e.message, line: e.line, column: e.column, source: e.path || e.message.startsWith('unknown field "') ? 'kube-apiserver' : 'yaml' })),
      // Unknown fields are the API server's warnings; the rest are the simulator's remarks.
      ...warnings.map((w) => ({ severity: 'warning' as const, message: w.message, line: w.line ?? 1, column: w.column ?? 1, source: w.message.startsWith('unknown field "') ? 'kube-apiserver' : 'simulator' })),
    ].sort((a, b) => a.line - b.line || a.column - b.column);
    diagnostics.set(s.result, d);
  }
  return d;
};

const containerLists = new WeakMap<object, ContainerSpec[]>();

/** Every container of the simulated pod in lane order: init containers (and sidecars), then app containers. */
export const selectContainers = (s: PlaygroundState): ContainerSpec[] => {
  const pod = s.model?.pod;
  if (!pod) return empty;
  let list = containerLists.get(pod);
  if (!list) {
    list = [...pod.initContainers, ...pod.containers];
    containerLists.set(pod, list);
  }
  return list;
};
const empty: ContainerSpec[] = [];

const narrations = new WeakMap<Trace, { t: number; narration: Narration }>();

/** The instant the narration speaks of: the playhead when paused, whole simulated seconds while playing. */
export const selectNarrationTime = (s: PlaygroundState) => (s.playing ? Math.floor(s.t / 1000) * 1000 : s.t);

/** What just happened and why, who waits for what, and what comes next, at the playhead (a pure view of the trace). */
export const selectNarration = (s: PlaygroundState): Narration | undefined => {
  const trace = s.trace;
  if (!trace) return undefined;
  const t = selectNarrationTime(s);
  const hit = narrations.get(trace);
  if (hit?.t === t) return hit.narration;
  const narration = narrateAt(trace, t);
  narrations.set(trace, { t, narration });
  return narration;
};
