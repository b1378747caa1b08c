// Lookups on a layout without the DOM: which blocks of lanes a long timeline draws, what lies under the
// pointer, and where the arrow keys lead. Binary searches, because there can be 200 lanes.
import type { PodSpecModel } from '../engine/manifest/model';
import { conditionLaneOrder } from './podTrack';
import { scenarioMarkerNear } from './scenarioMarkers';
import { shortSegmentBox } from './svgShapes';
import type { EventTick, TimelineLane, TimelineLayout, TimelineSegment } from './timelineTypes';

/** Lane counts above which only the blocks of lanes on screen are drawn. */
export const virtualizeAfter = 100;

/**
 * Lane counts above which a timeline is large: the simulation worker prepares its lanes in time
 * (preparedTransfer.ts) and the page lays out and draws a new trace of it in tasks of their own
 * (ui/timeline/useStagedTrace.ts). Laying out and drawing 500 lanes takes about 40 ms of the
 * page's main thread, too much to add to the rest of the page's update; up to 200 lanes it fits in
 * the same task, and moving the work elsewhere would only make the timeline later.
 */
export const largeTimelineAfter = 200;

/** Lanes of a pod's timeline: the pod, its conditions and every container. */
export function laneCountOf(pod: PodSpecModel): number {
  return 1 + conditionLaneOrder.length + pod.initContainers.length + pod.containers.length;
}

/** A half-open range of lane indexes `[start, end)`. */
export interface LaneRange {
  start: number;
  end: number;
}

/** Index of the lane at document y, or -1 above the first or below the last lane. */
export function laneIndexAtY(lanes: readonly TimelineLane[], y: number): number {
  let lo = 0;
  let hi = lanes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const lane = lanes[mid] as TimelineLane;
    if (y < lane.y) hi = mid - 1;
    else if (y >= lane.y + lane.height) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A block of lanes `[start, end)` and the band of the timeline's content it is drawn for: its lanes widened by the overscan on both sides. */
export interface LaneBlock extends LaneRange {
  top: number;
  height: number;
}

/**
 * The lanes cut into blocks of `size`, each with the band (content y) in which it is drawn. A
 * timeline past `virtualizeAfter` lanes draws the blocks whose band meets what is on screen,
 * wherever the scrolling happens: in its own box, in the page, or in the page around an embed.
 */
export function laneBlocks(lanes: readonly TimelineLane[], contentHeight: number, size = 20, overscan = 240): LaneBlock[] {
  const blocks: LaneBlock[] = [];
  for (let start = 0; start < lanes.length; start += size) {
    const end = Math.min(lanes.length, start + size);
    const first = lanes[start] as TimelineLane;
    const last = lanes[end - 1] as TimelineLane;
    const top = Math.max(0, first.y - overscan);
    // The band ends inside the content, so it never makes the content taller.
    blocks.push({ start, end, top, height: Math.max(0, Math.min(contentHeight, last.y + last.height + overscan) - top) });
  }
  return blocks;
}

/** The lanes to draw for the blocks on screen: from the first to the last of them (none when none is). */
export function rangeOfBlocks(blocks: readonly LaneBlock[], onScreen: ReadonlySet<number>): LaneRange {
  let start = Infinity;
  let end = 0;
  for (const i of onScreen) {
    const block = blocks[i];
    if (!block) continue;
    start = Math.min(start, block.start);
    end = Math.max(end, block.end);
  }
  return start < end ? { start, end } : { start: 0, end: 0 };
}

/** Index of the segment in force at time t, or -1. */
export function segmentIndexAt(segments: readonly TimelineSegment[], t: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as TimelineSegment).t0 <= t) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const segment = segments[found];
  if (!segment) return -1;
  // The last segment also owns the horizon itself, where the playhead stops.
  return t < segment.t1 || (found === segments.length - 1 && t <= segment.t1) ? found : -1;
}

/** The tick nearest to x within `slop` px, or undefined. */
export function tickNear(ticks: readonly EventTick[], x: number, slop = 4): EventTick | undefined {
  let lo = 0;
  let hi = ticks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ticks[mid] as EventTick).x < x) lo = mid + 1;
    else hi = mid;
  }
  let best: EventTick | undefined;
  for (const i of [lo - 1, lo]) {
    const tick = ticks[i];
    if (tick && Math.abs(tick.x - x) <= slop && (!best || Math.abs(tick.x - x) < Math.abs(best.x - x))) best = tick;
  }
  return best;
}

/** A focused segment: lane index and segment index within the lane. */
export interface TimelineFocus {
  lane: number;
  segment: number;
}

/** The focus at time t on a lane (the segment in force, else the last). */
export function focusAt(layout: TimelineLayout, lane: number, t: number): TimelineFocus {
  const segments = layout.lanes[lane]?.segments ?? [];
  const index = segmentIndexAt(segments, t);
  return { lane, segment: index >= 0 ? index : segments.length - 1 };
}

/** Where a navigation key moves the focus; undefined for keys the timeline does not handle. */
export function moveFocus(layout: TimelineLayout, focus: TimelineFocus, key: string): TimelineFocus | undefined {
  const laneCount = layout.lanes.length;
  const segments = layout.lanes[focus.lane]?.segments ?? [];
  const current = segments[focus.segment];
  // Moving between lanes keeps the same moment: the segment under the middle of the current one.
  const mid = current ? (current.t0 + current.t1) / 2 : 0;
  const toLane = (lane: number) => focusAt(layout, Math.max(0, Math.min(laneCount - 1, lane)), mid);
  switch (key) {
    case 'ArrowUp': return toLane(focus.lane - 1);
    case 'ArrowDown': return toLane(focus.lane + 1);
    case 'PageUp': return toLane(focus.lane - 10);
    case 'PageDown': return toLane(focus.lane + 10);
    case 'ArrowLeft': return { lane: focus.lane, segment: Math.max(0, focus.segment - 1) };
    case 'ArrowRight': return { lane: focus.lane, segment: Math.min(segments.length - 1, focus.segment + 1) };
    case 'Home': return { lane: focus.lane, segment: segments.length ? 0 : -1 };
    case 'End': return { lane: focus.lane, segment: segments.length - 1 };
    default: return undefined;
  }
}

/** What lies under the pointer: a lane's label, a segment, an event tick or a restart marker. */
export type TimelineTarget =
  | { lane: number; kind: 'label' }
  | { lane: number; kind: 'segment'; index: number }
  | { lane: number; kind: 'tick'; index: number }
  | { lane: number; kind: 'marker'; index: number }
  /** A scenario event in the marker row (`lane` is -1: the row is no lane). */
  | { lane: number; kind: 'scenario'; index: number };

/** Hit-tests the sticky header at x, y in view coordinates (it does not scroll): a scenario marker or its label, or undefined. */
export function hitTestHeader(layout: TimelineLayout, x: number, y: number): TimelineTarget | undefined {
  if (y < layout.axisHeight || y >= layout.headerHeight) return undefined;
  const marker = scenarioMarkerNear(layout.scenarioMarkers, x);
  return marker ? { lane: -1, kind: 'scenario', index: layout.scenarioMarkers.indexOf(marker) } : undefined;
}

/** Hit-tests a point given in layout coordinates (x from the left edge, y from the top of the axis). */
export function hitTest(layout: TimelineLayout, x: number, y: number): TimelineTarget | undefined {
  const laneIndex = laneIndexAtY(layout.lanes, y);
  const lane = layout.lanes[laneIndex];
  if (!lane) return undefined;
  if (x < layout.labelWidth) return { lane: laneIndex, kind: 'label' };
  if (y >= lane.tickY - 1) {
    const tick = tickNear(lane.ticks, x);
    if (tick) return { lane: laneIndex, kind: 'tick', index: lane.ticks.indexOf(tick) };
  }
  if (y <= lane.barY + 6) {
    const marker = lane.markers.findIndex((m) => Math.abs(m.x - x) <= 5);
    if (marker >= 0) return { lane: laneIndex, kind: 'marker', index: marker };
  }
  const index = segmentIndexAt(lane.segments, layout.tFromX(x));
  const under = lane.segments[index];
  // A short segment is drawn over its neighbours, so it wins inside its box; around the box only a wide neighbour gives up a few pixels to it.
  const short = shortSegmentNear(layout, lane.segments, x, under && under.x1 - under.x0 >= 12 ? shortSlop : 0);
  if (short >= 0) return { lane: laneIndex, kind: 'segment', index: short };
  return index >= 0 ? { lane: laneIndex, kind: 'segment', index } : undefined;
}

/** Extra pixels on each side of a short segment's drawn box that still point at it. */
const shortSlop = 3;

/** The short segment whose drawn box, widened by `slop` px each side, holds x (the nearest); -1 when none. */
export function shortSegmentNear(layout: TimelineLayout, segments: readonly TimelineSegment[], x: number, slop = shortSlop): number {
  const reach = 2 + slop + 4;
  // Only segments that start before x + reach can be near: a binary search, then a short walk back.
  let i = segmentIndexAt(segments, layout.tFromX(Math.min(layout.plotRight, x + reach)));
  if (i < 0) i = segments.length - 1;
  let best = -1;
  let bestDistance = Infinity;
  for (let n = 0; i >= 0 && n < 64; i--, n++) {
    const s = segments[i] as TimelineSegment;
    if (s.x1 < x - reach) break;
    if (!s.short) continue;
    const box = shortSegmentBox(s, layout.labelWidth, layout.plotRight);
    const distance = Math.abs(box.x + box.width / 2 - x);
    if (x >= box.x - slop && x <= box.x + box.width + slop && distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

/** True when two targets are the same thing. */
export function sameTarget(a: TimelineTarget | undefined, b: TimelineTarget | undefined): boolean {
  if (!a || !b) return a === b;
  return a.lane === b.lane && a.kind === b.kind && (a.kind === 'label' || (b.kind !== 'label' && a.index === b.index));
}

/** Hit-tests a point of the scrolling box in view coordinates: the sticky header first (it does not scroll), then the lanes; nothing over the scrollbar. */
export function hitTestView(layout: TimelineLayout, x: number, y: number, scrollTop: number, clientWidth: number): TimelineTarget | undefined {
  if (x >= clientWidth) return undefined;
  if (y < layout.headerHeight) return hitTestHeader(layout, x, y);
  return hitTest(layout, x, y + scrollTop);
}
