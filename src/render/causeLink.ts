// The link from what unblocked a segment to the segment's start: from the triggering container's
// change (or the scenario marker) to the moment the segment began, computed only for the one
// segment that is hovered, focused or pinned.
import type { TraceCause } from '../scenario/trace';
import { laneOfSubject, segmentCauses } from './causeIndex';
import type { TimelineLayout } from './timelineTypes';

/** A point in layout coordinates. */
export interface LinkPoint {
  x: number;
  y: number;
}

/** A drawn connector: its path, ends and arrowhead, and what it comes from in words. */
export interface CauseLink {
  d: string;
  from: LinkPoint;
  to: LinkPoint;
  /** A small triangle at `to`, pointing along the line's last stretch. */
  arrow: string;
  source: 'container' | 'scenario';
  /** "from Service myservice created" or "from init-myservice at 0:21.2", for the tooltip. */
  sourceName: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

interface Source {
  lane: number;
  t: number;
  name: string;
}

/** Where the trigger of a cause happened: a lane and a time, or a scenario marker. */
function triggerSource(layout: TimelineLayout, cause: TraceCause): Source | { marker: number } | undefined {
  const trigger = cause.trigger;
  const scenario = trigger.scenarioEvent === undefined ? -1 : layout.scenarioMarkers.findIndex((m) => m.index === trigger.scenarioEvent);
  if (trigger.kind === 'scenario' && scenario >= 0) return { marker: scenario };
  const earlier = trigger.cause === undefined ? undefined : layout.causes.list[trigger.cause];
  if (earlier) {
    const lane = laneOfSubject(layout, earlier.subject);
    if (lane >= 0) return { lane, t: earlier.t, name: layout.lanes[lane]?.name ?? '' };
  }
  if (trigger.container !== undefined) {
    const lane = laneOfSubject(layout, `container:${trigger.container}`);
    if (lane >= 0) return { lane, t: trigger.t ?? cause.t, name: trigger.container };
  }
  return scenario >= 0 ? { marker: scenario } : undefined;
}

/** A small triangle with its tip at `to`, pointing down, up or right. */
function arrowAt(to: LinkPoint, direction: 'down' | 'up' | 'right'): string {
  const x = round(to.x);
  const y = round(to.y);
  if (direction === 'right') return `M${x} ${y}l-6 -4v8z`;
  return `M${x} ${y}l-4 ${direction === 'down' ? -6 : 6}h8z`;
}

/** A path between the middles of two bars that arrives at `to` from the left: an S-curve, or a bow out to the left when the ends are nearly one above the other. */
function barToBar(from: LinkPoint, to: LinkPoint): string {
  const bow = Math.max(14, Math.min(40, Math.abs(to.y - from.y) * 0.35));
  if (to.x - from.x >= 2 * bow) {
    const xm = round((from.x + to.x) / 2);
    return `M${from.x} ${from.y}C${xm} ${from.y} ${xm} ${to.y} ${to.x} ${to.y}`;
  }
  return `M${from.x} ${from.y}C${round(from.x - bow)} ${from.y} ${round(to.x - bow)} ${to.y} ${to.x} ${to.y}`;
}

/** The connector for a segment's cause, or undefined when the trace names no trigger that can be drawn. */
export function linkForSegment(layout: TimelineLayout, laneIndex: number, segmentIndex: number): CauseLink | undefined {
  const lane = layout.lanes[laneIndex];
  const segment = lane?.segments[segmentIndex];
  if (!lane || !segment) return undefined;
  for (const i of segmentCauses(layout, laneIndex, segmentIndex)) {
    const cause = layout.causes.list[i];
    const source = cause && triggerSource(layout, cause);
    if (!source) continue;
    const toX = Math.max(layout.labelWidth, segment.x0);
    if ('marker' in source) {
      const m = layout.scenarioMarkers[source.marker];
      if (!m) continue;
      const from = { x: round(m.x), y: layout.axisHeight + 16 };
      const barMid = round(lane.barY + lane.barHeight / 2);
      // Down from the marker, then a rounded turn right into the segment's start; straight down when they nearly line up.
      if (toX - m.x < 6) {
        const to = { x: round(toX), y: lane.barY };
        return { d: `M${from.x} ${from.y}V${to.y}`, from, to, arrow: arrowAt(to, 'down'), source: 'scenario', sourceName: m.label };
      }
      const to = { x: round(toX), y: barMid };
      const r = Math.min(8, toX - m.x, barMid - from.y);
      return { d: `M${from.x} ${from.y}V${round(barMid - r)}Q${from.x} ${barMid} ${round(from.x + r)} ${barMid}H${to.x}`, from, to, arrow: arrowAt(to, 'right'), source: 'scenario', sourceName: m.label };
    }
    const fromLane = layout.lanes[source.lane];
    if (!fromLane) continue;
    const fromX = round(Math.max(layout.labelWidth, layout.x(source.t)));
    if (source.lane === laneIndex) {
      // The same lane: an arc over the bar, unless both ends fall on one spot.
      if (Math.abs(fromX - toX) < 4) continue;
      const from = { x: fromX, y: lane.barY };
      const to = { x: round(toX), y: lane.barY };
      const top = lane.barY - 12;
      return { d: `M${from.x} ${from.y}C${from.x} ${top} ${to.x} ${top} ${to.x} ${to.y}`, from, to, arrow: arrowAt(to, 'down'), source: 'container', sourceName: source.name };
    }
    const from = { x: fromX, y: round(fromLane.barY + fromLane.barHeight / 2) };
    const to = { x: round(toX), y: round(lane.barY + lane.barHeight / 2) };
    return { d: barToBar(from, to), from, to, arrow: arrowAt(to, 'right'), source: 'container', sourceName: source.name };
  }
  return undefined;
}
