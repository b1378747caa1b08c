// The pure layout of a trace: lanes, segments, markers, ticks and the time axis for one width.
import type { ContainerSpec, PodSpecModel } from '../engine/manifest/model';
import type { Trace, TraceEvent } from '../scenario/trace';
import { indexCauses } from './causeIndex';
import { buildContainerTracks } from './containerTrack';
import { buildEventTicks } from './eventTicks';
import { buildConditionSegments, buildPodSegments, conditionLaneOrder } from './podTrack';
import { buildScenarioMarkers, markerRowHeight } from './scenarioMarkers';
import { computeAxisTicks, createTimeScale } from './timeAxis';
import type { TimelineLane, TimelineLayout, TimelineLayoutOptions } from './timelineTypes';

/** The layout's types, so callers import one module. */
export type * from './timelineTypes';

/** Width of one character of the 12 px monospace lane names. */
const nameCharWidth = 7.3;
/** Width of one character of the 11 px condition names. */
const conditionCharWidth = 6.7;
const axisHeight = 26;

/** Cuts `text` to `px` of monospace text, ending with an ellipsis when cut. */
export function truncateToWidth(text: string, px: number, charWidth = nameCharWidth): string {
  const fits = Math.max(1, Math.floor(px / charWidth));
  return text.length <= fits ? text : `${text.slice(0, Math.max(0, fits - 1))}…`;
}

const badgeFull: Record<ContainerSpec['kind'] | 'pod', string> = { init: 'init', sidecar: 'sidecar', app: 'app', pod: 'pod' };

/** The label text of a badge, one letter when the label column is narrow. */
export function badgeText(badge: string, compact: boolean): string {
  return compact ? badge.charAt(0).toUpperCase() : badge;
}

/** Lays out a trace for `options.width` pixels: the scenario marker row (when the trace has events), then lanes in the order pod, conditions, init containers and sidecars, app containers. */
export function layoutTimeline(trace: Trace, pod: PodSpecModel, options: TimelineLayoutOptions): TimelineLayout {
  const width = Math.max(120, Math.round(options.width));
  const laneHeight = options.laneHeight ?? 28;
  const conditionHeight = Math.max(16, Math.round(laneHeight * 0.64));
  const labelWidth = options.labelWidth ?? Math.min(200, Math.max(92, Math.round(width * 0.28)));
  const compact = labelWidth < 140;
  const badgeX = 6;
  const badgeWidth = compact ? 16 : 54;
  const nameX = badgeX + badgeWidth + 6;
  const { x, tFromX } = createTimeScale(trace.horizon, labelWidth, width - 8);
  const { snapshots, horizon } = trace;
  const scenarioMarkers = buildScenarioMarkers(trace.scenarioEvents ?? [], x, labelWidth, width - 8);
  const headerHeight = axisHeight + (scenarioMarkers.length > 0 ? markerRowHeight : 0);

  const lanes: TimelineLane[] = [];
  let y = headerHeight;
  type LaneInput = Omit<TimelineLane, 'y' | 'height' | 'barY' | 'barHeight' | 'tickY' | 'tickHeight' | 'markers' | 'ticks' | 'displayName'>;
  const addLane = (lane: LaneInput, height: number, textX: number) => {
    const displayName = truncateToWidth(lane.name, labelWidth - textX - 6, lane.kind === 'condition' ? conditionCharWidth : nameCharWidth);
    // Condition lanes are thin bands; other lanes keep room under the bar for event ticks.
    const bar = lane.kind === 'condition' ? { barY: y + 4, barHeight: height - 8 } : { barY: y + 3, barHeight: height - 11 };
    lanes.push({ ...lane, displayName, y, height, ...bar, tickY: y + height - 7, tickHeight: 6, markers: [], ticks: [] });
    y += height;
  };

  addLane({ id: 'pod', kind: 'pod', name: trace.pod, badge: 'pod', segments: buildPodSegments(snapshots, horizon, x) }, laneHeight, nameX);
  for (const type of conditionLaneOrder) {
    addLane({ id: `condition:${type}`, kind: 'condition', condition: type, name: type, segments: buildConditionSegments(snapshots, type, horizon, x) }, conditionHeight, badgeX + 2);
  }
  const laneByContainer = new Map<string, number>();
  const specs = [...pod.initContainers, ...pod.containers];
  const tracks = buildContainerTracks(snapshots, specs, horizon, x);
  specs.forEach((spec, i) => {
    laneByContainer.set(spec.name, lanes.length);
    const track = tracks[i];
    addLane({
      id: `container:${spec.name}`, kind: 'container', containerKind: spec.kind, name: spec.name, badge: badgeFull[spec.kind],
      segments: track?.segments ?? [],
    }, laneHeight, nameX);
    (lanes[lanes.length - 1] as TimelineLane).markers = track?.markers ?? [];
  });

  // Pod-level events (Scheduled, SandboxChanged, DeadlineExceeded…) and unknown containers go to the pod lane.
  const laneOf = (e: TraceEvent) => (e.container === undefined ? 0 : laneByContainer.get(e.container) ?? 0);
  const ticks = buildEventTicks(trace.events, lanes.length, laneOf, x);
  lanes.forEach((lane, i) => {
    lane.ticks = ticks[i] ?? [];
  });

  return {
    width, height: y, labelWidth, axisHeight, headerHeight, scenarioMarkers, ...indexCauses(trace.causes), horizon, compact, badgeX, badgeWidth, nameX, lanes,
    ticks: computeAxisTicks(horizon, x, width - 8 - labelWidth),
    x, tFromX,
  };
}
