// Container lanes: one segment per run of equal status, and a marker at every restart.
// One pass over the snapshots reads every container of a snapshot together: a 100-container
// hour-long crash loop has ~3,500 snapshots, and walking them container by container (column
// order) is several times slower than this row order.
import type { ContainerSpec } from '../engine/manifest/model';
import type { StreamChanges } from '../engine/compact/reader';
import type { ContainerSnapshot, Snapshot } from '../scenario/trace';
import { explainContainer, explainRestart } from './explain';
import { createSegment } from './segmentRuns';
import { containerStyle, runningLabels } from './segmentStyle';
import type { RestartMarker, TimelineSegment } from './timelineTypes';

/** The segments and restart markers of one container. */
export interface ContainerTrack {
  segments: TimelineSegment[];
  markers: RestartMarker[];
}

interface TrackState extends ContainerTrack {
  spec: ContainerSpec;
  /** The status that opened the current run, its start and whether the pod was gone then. */
  run: ContainerSnapshot | undefined;
  start: number;
  runGone: boolean;
  // The run's compared fields and the previous status's, copied out: the hot loop reads each
  // container snapshot once (there are hundreds of thousands, in many shapes) and compares here.
  // The message is not compared: it is a long string rebuilt in every snapshot, and it changes
  // together with the reason or the restart count.
  state: string;
  restartCount: number;
  reason: string | undefined;
  ready: boolean;
  started: boolean;
  exitCode: number | undefined;
  previousState: string;
  previousRestartCount: number;
  hasRun: boolean;
  /** The status object the last snapshot showed: the engine and format 2 share an unchanged one, so it is skipped at a glance. */
  last: ContainerSnapshot | undefined;
}

function newTrack(spec: ContainerSpec): TrackState {
  return {
    spec, segments: [], markers: [], run: undefined, start: 0, runGone: false,
    state: '', restartCount: 0, reason: undefined, ready: false, started: false, exitCode: undefined,
    previousState: '', previousRestartCount: -1, hasRun: false, last: undefined,
  };
}

function openRun(track: TrackState, c: ContainerSnapshot, t: number, gone: boolean): void {
  track.run = c;
  track.start = t;
  track.runGone = gone;
  track.reason = c.reason;
  track.ready = c.ready;
  track.started = c.started;
  track.exitCode = c.exitCode;
}

/** The container's status in a list, found by its position first and its name otherwise. */
function findIn(list: readonly ContainerSnapshot[], spec: ContainerSpec): ContainerSnapshot | undefined {
  const byIndex = list[spec.index];
  return byIndex !== undefined && byIndex.name === spec.name ? byIndex : list.find((c) => c.name === spec.name);
}

function closeRun(track: TrackState, t1: number, x: (t: number) => number): void {
  const c = track.run;
  if (!c || t1 <= track.start) return;
  const { spec, start, runGone } = track;
  const running = c.state === 'running';
  track.segments.push(createSegment({
    kind: c.state,
    // Regular init containers have no readiness, so running is drawn as plain running.
    style: containerStyle(c.state, c.reason, c.ready || spec.kind === 'init', c.started || spec.kind === 'init'),
    reason: running ? undefined : c.reason,
    started: running ? c.started : undefined,
    ready: running ? c.ready : undefined,
    restartCount: c.restartCount,
    gone: runGone,
    labelText: running ? runningLabels(spec.kind === 'init', c.started, c.ready) : c.reason,
    explanation: explainContainer(c, spec.kind, start) + (runGone ? ' (the pod object is gone from the API)' : ''),
  }, start, t1, x));
}

/** Segments and restart markers of every container, in the order of `specs`. */
export function buildContainerTracks(snapshots: Iterable<Snapshot>, specs: readonly ContainerSpec[], horizon: number, x: (t: number) => number, changed?: StreamChanges): ContainerTrack[] {
  const tracks = specs.map(newTrack);
  // With a format 2 stream's changes, a delta visits only the containers it set: a 500-container
  // pod's status changes one container at a time, so reading every container at every snapshot
  // would cost containers x snapshots. Which track a slot holds is read again at each keyframe.
  const trackAt: (TrackState | undefined)[] = [];
  let gone = false;
  for (const s of snapshots) {
    // Once the pod object is deleted its last statuses are kept but drawn faded: every run splits.
    const split = s.deleted === true && !gone;
    if (split) gone = true;
    if (changed && !changed.all && !split && slotsStillHold(changed.slots, s, trackAt)) {
      const initCount = s.initContainers.length;
      for (const slot of changed.slots) {
        const track = trackAt[slot];
        if (track) step(track, slot < initCount ? s.initContainers[slot] : s.containers[slot - initCount], s.t, false, gone, x);
      }
      continue;
    }
    if (changed) slotsOf(tracks, s, trackAt);
    for (const track of tracks) step(track, findIn(track.spec.kind === 'app' ? s.containers : s.initContainers, track.spec), s.t, split, gone, x);
  }
  for (const track of tracks) closeRun(track, horizon, x);
  return tracks.map(({ segments, markers }) => ({ segments, markers }));
}

/** Which track each slot of a snapshot's lists (init slots first) belongs to. */
function slotsOf(tracks: readonly TrackState[], s: Snapshot, trackAt: (TrackState | undefined)[]): void {
  trackAt.length = 0;
  const initCount = s.initContainers.length;
  for (const track of tracks) {
    const list = track.spec.kind === 'app' ? s.containers : s.initContainers;
    const { index, name } = track.spec;
    const slot = list[index]?.name === name ? index : list.findIndex((c) => c.name === name);
    if (slot >= 0) trackAt[(track.spec.kind === 'app' ? initCount : 0) + slot] = track;
  }
}

/** True when every slot a delta set still holds the container its track was found for (else the snapshot is read whole). */
function slotsStillHold(slots: readonly number[], s: Snapshot, trackAt: readonly (TrackState | undefined)[]): boolean {
  const initCount = s.initContainers.length;
  for (const slot of slots) {
    const c = slot < initCount ? s.initContainers[slot] : s.containers[slot - initCount];
    const track = trackAt[slot];
    if (c !== undefined && (track === undefined || track.spec.name !== c.name)) return false;
  }
  return true;
}

/** One container's status in one snapshot: a new run when anything drawn changed, a marker at a restart. */
function step(track: TrackState, c: ContainerSnapshot | undefined, t: number, split: boolean, gone: boolean, x: (t: number) => number): void {
  // The same object as in the snapshot before: same state, count and run, so nothing to do.
  if (c !== undefined && c === track.last && !split) return;
  track.last = c;
  if (c === undefined) {
    closeRun(track, t, x);
    track.run = undefined;
    track.previousRestartCount = -1;
    return;
  }
  const state = c.state;
  const restartCount = c.restartCount;
  // A restart: the kubelet's count goes up, or the container runs again without it.
  if (track.previousRestartCount >= 0 && (restartCount > track.previousRestartCount || (state === 'running' && track.previousState !== 'running' && track.hasRun))) {
    track.markers.push({ t, x: x(t), restartCount, explanation: explainRestart(c, t) });
  }
  if (state !== 'waiting') track.hasRun = true;
  track.previousState = state;
  track.previousRestartCount = restartCount;
  const same = track.run !== undefined && !split && track.state === state && track.restartCount === restartCount
    && track.reason === c.reason && track.ready === c.ready && track.started === c.started
    && track.exitCode === c.exitCode;
  if (same) return;
  closeRun(track, t, x);
  track.state = state;
  track.restartCount = restartCount;
  openRun(track, c, t, gone);
}
