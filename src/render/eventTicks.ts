// Event ticks per lane. A crash loop records an event at every sync, tens of thousands per
// hour, so events of one type that fall within a few pixels of a lane merge into one tick,
// and the tooltip text is only built for the tick the user points at.
import type { TraceEvent } from '../scenario/trace';
import { formatDuration } from './timeAxis';
import type { EventTick } from './timelineTypes';

/** Events closer than this many pixels share a tick. */
export const tickBucketPx = 3;

/** The tooltip sentence of a tick. */
export function explainTick(tick: EventTick): string {
  const e = tick.first;
  if (tick.count === 1) return `${formatDuration(e.t)} ${e.type} ${e.reason}: ${e.message}`;
  return `${tick.count} ${tick.type} events from ${formatDuration(tick.t)} to ${formatDuration(tick.tLast)}: ${tick.reasons.join(', ')}`;
}

/** Ticks for each lane from the events `[start, end)` (all by default); `laneOf` says which lane an event (with its index) belongs to. */
export function buildEventTicks(
  events: readonly TraceEvent[], laneCount: number, laneOf: (e: TraceEvent, index: number) => number, x: (t: number) => number,
  start = 0, end = events.length,
): EventTick[][] {
  const ticks: EventTick[][] = Array.from({ length: laneCount }, () => []);
  // The newest tick per lane and type: events are in time order, so only it can still merge.
  const open: (EventTick | undefined)[] = new Array<EventTick | undefined>(laneCount * 2);
  const bucketOf: number[] = new Array<number>(laneCount * 2).fill(-1);
  for (let i = start; i < end; i++) {
    const e = events[i] as TraceEvent;
    const lane = laneOf(e, i);
    const laneTicks = ticks[lane];
    if (!laneTicks) continue;
    const px = x(e.t);
    const bucket = Math.floor(px / tickBucketPx);
    const key = lane * 2 + (e.type === 'Warning' ? 1 : 0);
    const last = open[key];
    if (last && bucketOf[key] === bucket) {
      last.count += 1;
      last.tLast = e.t;
      if (!last.reasons.includes(e.reason)) last.reasons.push(e.reason);
      continue;
    }
    const tick: EventTick = { t: e.t, tLast: e.t, x: px, type: e.type, count: 1, first: e, reasons: [e.reason] };
    laneTicks.push(tick);
    open[key] = tick;
    bucketOf[key] = bucket;
  }
  return ticks;
}
