// The part of the layout that depends only on the trace: every lane's segments and restart
// markers in time, and which lane each event belongs to. Built once per trace and kept, so a
// zoom, a pan or a new width only places them (`layoutTimeline`), without walking the snapshots.
import type { ContainerSpec, PodSpecModel } from '../engine/manifest/model';
import type { Trace, TraceEvent } from '../scenario/trace';
import { readerOf, type StreamChanges } from '../engine/compact/reader';
import { buildContainerTracks } from './containerTrack';
import { buildConditionSegments, buildPodSegments, conditionLaneOrder } from './podTrack';
import type { TimelineLane } from './timelineTypes';

/** A lane before it is placed: its identity and what it shows, in time. */
export type PreparedLane = Pick<TimelineLane, 'id' | 'kind' | 'containerKind' | 'condition' | 'name' | 'badge' | 'segments' | 'markers'>;

/** The lanes of a trace in time, and the lane index of each of its events. */
export interface PreparedTimeline {
  lanes: PreparedLane[];
  eventLanes: Int32Array;
}

const badgeFull: Record<ContainerSpec['kind'] | 'pod', string> = { init: 'init', sidecar: 'sidecar', app: 'app', pod: 'pod' };
// Segments built with x = t keep their times; their x, labels and shortness are set when placed.
const timeAsX = (t: number) => t;
const cache = new WeakMap<Trace, { pod: PodSpecModel; prepared: PreparedTimeline }>();

function build(trace: Trace, pod: PodSpecModel): PreparedTimeline {
  const { horizon } = trace;
  // A trace read from format 2 is walked without building its snapshots: pod-level rows for the
  // pod and condition lanes, and one pass over the changes for the containers.
  const reader = readerOf(trace)?.snapshots;
  const podRows = reader ? reader.podRows() : trace.snapshots;
  const lanes: PreparedLane[] = [{ id: 'pod', kind: 'pod', name: trace.pod, badge: 'pod', segments: buildPodSegments(podRows, horizon, timeAsX), markers: [] }];
  for (const type of conditionLaneOrder) {
    lanes.push({ id: `condition:${type}`, kind: 'condition', condition: type, name: type, segments: buildConditionSegments(podRows, type, horizon, timeAsX), markers: [] });
  }
  const laneByContainer = new Map<string, number>();
  const specs = [...pod.initContainers, ...pod.containers];
  const changed: StreamChanges = { all: true, slots: [] };
  const tracks = reader ? buildContainerTracks(reader.stream(changed), specs, horizon, timeAsX, changed) : buildContainerTracks(trace.snapshots, specs, horizon, timeAsX);
  specs.forEach((spec, i) => {
    laneByContainer.set(spec.name, lanes.length);
    const track = tracks[i];
    lanes.push({
      id: `container:${spec.name}`, kind: 'container', containerKind: spec.kind, name: spec.name, badge: badgeFull[spec.kind],
      segments: track?.segments ?? [], markers: track?.markers ?? [],
    });
  });
  // Pod-level events (Scheduled, SandboxChanged, DeadlineExceeded…) and unknown containers go to the pod lane.
  const laneOf = (e: TraceEvent) => (e.container === undefined ? 0 : laneByContainer.get(e.container) ?? 0);
  // A trace read from format 2 knows its distinct events: one lane per kind, no event built.
  const events = readerOf(trace)?.events;
  if (events) return { lanes, eventLanes: events.mapKinds(laneOf) };
  const eventLanes = new Int32Array(trace.events.length);
  trace.events.forEach((e, i) => {
    eventLanes[i] = laneOf(e);
  });
  return { lanes, eventLanes };
}

/** The prepared lanes of a trace and its pod, built on first use and then reused for that trace. */
export function prepareTimeline(trace: Trace, pod: PodSpecModel): PreparedTimeline {
  const hit = cache.get(trace);
  if (hit && hit.pod === pod) return hit.prepared;
  const prepared = build(trace, pod);
  cache.set(trace, { pod, prepared });
  return prepared;
}

/** Keeps lanes prepared elsewhere (the simulation worker) as those of this trace and pod. */
export function keepPreparedTimeline(trace: Trace, pod: PodSpecModel, prepared: PreparedTimeline): void {
  cache.set(trace, { pod, prepared });
}

/** Index of the first item whose `t` is at least `t` (items sorted by time). */
export function firstAtOrAfter(items: readonly { t: number }[], t: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { t: number }).t < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
