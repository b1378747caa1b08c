// The pure layout of a trace: lanes, segments, markers, ticks and the time axis for one width
// and one window of time. The lanes in time come from `prepareTimeline` (once per trace); this
// only places them, so zooming and panning never walk the snapshots again.
import type { PodSpecModel } from '../engine/manifest/model';
import type { Trace } from '../scenario/trace';
import { layoutCauses } from './causeIndex';
import { buildEventTicks } from './eventTicks';
import { firstAtOrAfter, prepareTimeline } from './prepareTimeline';
import { buildScenarioMarkers, markerRowHeight } from './scenarioMarkers';
import { placeSegment } from './segmentRuns';
import { computeAxisTicks, createTimeScale, placeAxisLabels } from './timeAxis';
import type { TimelineLane, TimelineLayout, TimelineLayoutOptions } from './timelineTypes';
import { clampWindow } from './timeWindow';

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

/**
 * Shortens `text` to `px` of monospace text by cutting its middle, so both ends stay and names
 * that share a prefix stay apart (init-myservice -> init-…vice, init-mydb stays whole). The head
 * keeps the extra character when the count is odd: a name's start is what is read first.
 */
export function shortenMiddle(text: string, px: number, charWidth = nameCharWidth): string {
  const fits = Math.max(1, Math.floor(px / charWidth));
  if (text.length <= fits) return text;
  if (fits < 3) return truncateToWidth(text, px, charWidth);
  const kept = fits - 1;
  const head = Math.ceil(kept / 2);
  return `${text.slice(0, head)}…${text.slice(text.length - (kept - head))}`;
}

/** The label column's width: 28% of the timeline, wider on a phone (up to 34%, at most 130 px) so names stay readable. */
export function labelColumnWidth(width: number): number {
  return Math.min(200, Math.max(92, Math.round(width * 0.28), Math.min(130, Math.round(width * 0.34))));
}

/** The label text of a badge, one letter when the label column is narrow. */
export function badgeText(badge: string, compact: boolean): string {
  return compact ? badge.charAt(0).toUpperCase() : badge;
}

/** Lays out a trace for `options.width` pixels and `options.window` of time: the scenario marker row (when the trace has events), then lanes in the order pod, conditions, init containers and sidecars, app containers. */
export function layoutTimeline(trace: Trace, pod: PodSpecModel, options: TimelineLayoutOptions): TimelineLayout {
  const width = Math.max(120, Math.round(options.width));
  const laneHeight = options.laneHeight ?? 28;
  const conditionHeight = Math.max(16, Math.round(laneHeight * 0.64));
  const labelWidth = options.labelWidth ?? labelColumnWidth(width);
  const compact = labelWidth < 140;
  const badgeX = 6;
  const badgeWidth = compact ? 16 : 54;
  const nameX = badgeX + badgeWidth + 6;
  const plotRight = width - 8;
  const { horizon } = trace;
  const { from, to } = clampWindow(options.window, horizon);
  const { x, tFromX } = createTimeScale(horizon, labelWidth, plotRight, from, to);
  const prepared = prepareTimeline(trace, pod);
  const scenarioEvents = trace.scenarioEvents ?? [];
  const scenarioMarkers = buildScenarioMarkers(scenarioEvents, x, labelWidth, plotRight, from, to);
  // The marker row stays while its events are scrolled out of the window, so the lanes do not jump.
  const headerHeight = axisHeight + (scenarioEvents.length > 0 ? markerRowHeight : 0);

  const events = trace.events;
  const ticks = buildEventTicks(events, prepared.lanes.length, (_, i) => prepared.eventLanes[i] ?? 0, x, firstAtOrAfter(events, from), firstAtOrAfter(events, to + 0.5));
  const lanes: TimelineLane[] = [];
  let y = headerHeight;
  prepared.lanes.forEach((base, i) => {
    const condition = base.kind === 'condition';
    const height = condition ? conditionHeight : laneHeight;
    const textX = condition ? badgeX + 2 : nameX;
    const displayName = shortenMiddle(base.name, labelWidth - textX - 6, condition ? conditionCharWidth : nameCharWidth);
    // Condition lanes are thin bands; other lanes keep room under the bar for event ticks.
    const bar = condition ? { barY: y + 4, barHeight: height - 8 } : { barY: y + 3, barHeight: height - 11 };
    const markers = base.markers.slice(firstAtOrAfter(base.markers, from), firstAtOrAfter(base.markers, to + 0.5)).map((m) => ({ t: m.t, x: x(m.t), restartCount: m.restartCount, explanation: m.explanation }));
    lanes.push({
      ...base, displayName, y, height, ...bar, tickY: y + height - 7, tickHeight: 6,
      segments: base.segments.map((s) => placeSegment(s, x, labelWidth, plotRight)), markers, ticks: ticks[i] ?? [],
    });
    y += height;
  });

  const axisTicks = computeAxisTicks(to, x, plotRight - labelWidth, from);
  return {
    width, from, to, plotRight, height: y, labelWidth, axisHeight, headerHeight, scenarioMarkers, causes: layoutCauses(trace), horizon, compact, badgeX, badgeWidth, nameX, lanes,
    // Labels may reach past the plot's right end to 2 px from the edge, not into the label column (a label may start at its left edge).
    ticks: axisTicks, axisLabels: placeAxisLabels(axisTicks, labelWidth, width - 2),
    traceKey: prepared, x, tFromX,
  };
}
