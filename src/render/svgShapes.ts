// Path data shared by the React timeline and the static SVG export: many small shapes of a
// lane become one path each, which keeps a 200-lane crash loop to a few hundred DOM nodes.
import { minSegmentPx } from './segmentRuns';
import type { EventTick, RestartMarker, TimelineLane, TimelineSegment } from './timelineTypes';

/** Side of the square tile of the back-off hatch pattern. */
export const hatchSize = 6;

/** The diagonal line of one hatch tile. */
export const hatchLine = `M0 ${hatchSize}L${hatchSize} 0M-1 1L1 -1M${hatchSize - 1} ${hatchSize + 1}L${hatchSize + 1} ${hatchSize - 1}`;

const round = (n: number) => Math.round(n * 10) / 10;

/** One path of vertical strokes for a lane's ticks of one type. */
export function tickPath(lane: TimelineLane, type: EventTick['type']): string {
  let d = '';
  for (const tick of lane.ticks) if (tick.type === type) d += `M${round(tick.x)} ${lane.tickY}v${lane.tickHeight}`;
  return d;
}

/** One path of small downward triangles on top of the bar, one per restart. */
export function restartPath(markers: readonly RestartMarker[], barY: number): string {
  let d = '';
  for (const m of markers) d += `M${round(m.x - 4)} ${barY - 2}h8l-4 6z`;
  return d;
}

/** Width of a segment rect: a 1 px gap marks where wide neighbours meet; at least half a pixel so a short restart still shows. */
export function segmentWidth(x0: number, x1: number): number {
  const w = x1 - x0;
  return w > 3 ? w - 1 : Math.max(0.5, w);
}

/** The drawn extent of a short segment: `minSegmentPx` wide around its middle, kept inside the plot [left, right]. */
export function shortSegmentBox(s: Pick<TimelineSegment, 'x0' | 'x1'>, left: number, right: number): { x: number; width: number } {
  const x = Math.max(left, Math.min(right - minSegmentPx, (s.x0 + s.x1) / 2 - minSegmentPx / 2));
  return { x: Math.round(x * 10) / 10, width: minSegmentPx };
}
