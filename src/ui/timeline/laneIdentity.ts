// Lane identity across layouts: a new trace (an edit) or a new layout keeps the previous lane
// objects of lanes that draw alike, so the memoized lane views of unchanged lanes skip rendering.
import type { TimelineLane, TimelineLayout } from '../../render/timelineTypes';

/** Structural equality of plain data (the layout's lanes: numbers, strings, arrays and small records), a few levels deep. */
function same(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (depth === 0 || typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i], depth - 1)) return false;
    return true;
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], depth - 1)) return false;
  return true;
}

/** Whether two lanes draw alike (same place, label, segments, ticks and markers). */
export function sameLane(a: TimelineLane, b: TimelineLane): boolean {
  // lane → segments → segment → labelText / tick → first event → its fields
  return same(a, b, 5);
}

/** The parts of a layout a lane's drawing depends on besides the lane itself. */
export function sameLaneFrame(a: TimelineLayout, b: TimelineLayout): boolean {
  return a.width === b.width && a.labelWidth === b.labelWidth && a.plotRight === b.plotRight && a.compact === b.compact
    && a.badgeX === b.badgeX && a.badgeWidth === b.badgeWidth && a.nameX === b.nameX;
}

/** `next` with every lane that draws like the previous layout's lane of the same id replaced by that lane object. */
export function keepLaneIdentity(next: TimelineLayout, previous: TimelineLayout | undefined): TimelineLayout {
  if (!previous || previous === next) return next;
  const before = new Map(previous.lanes.map((lane) => [lane.id, lane]));
  let kept = 0;
  const lanes = next.lanes.map((lane) => {
    const old = before.get(lane.id);
    if (old && sameLane(old, lane)) { kept++; return old; }
    return lane;
  });
  return kept === 0 ? next : { ...next, lanes };
}

/** Remembers the last layout drawn, for `keepLaneIdentity` across renders of one timeline. */
export function createLaneMemory(): { keep: (next: TimelineLayout | undefined) => TimelineLayout | undefined } {
  let last: TimelineLayout | undefined;
  return {
    keep: (next) => {
      last = next && keepLaneIdentity(next, last);
      return last;
    },
  };
}
