import { useEffect, useState, type RefObject } from 'react';
import { virtualizeAfter, visibleLaneRange, type LaneRange } from '../../render/laneGeometry';
import type { TimelineLane } from '../../render/timelineTypes';

/** The lanes to draw: all of them up to `virtualizeAfter`, else those in the scroll window. */
export function useLaneWindow(ref: RefObject<HTMLElement | null>, lanes: readonly TimelineLane[]): LaneRange {
  const [range, setRange] = useState<LaneRange>({ start: 0, end: 40 });
  const virtual = lanes.length > virtualizeAfter;
  useEffect(() => {
    const el = ref.current;
    if (!el || !virtual) return;
    const update = () => {
      const next = visibleLaneRange(lanes, el.scrollTop, el.clientHeight);
      // Re-render only when a lane enters or leaves the window, not on every scroll event.
      setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
    };
    el.addEventListener('scroll', update, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(update);
    observer?.observe(el);
    return () => {
      el.removeEventListener('scroll', update);
      observer?.disconnect();
    };
  }, [ref, lanes, virtual]);
  if (!virtual) return { start: 0, end: lanes.length };
  return { start: Math.min(range.start, lanes.length), end: Math.min(range.end, lanes.length) };
}
