import { useEffect, useMemo, useState, type RefObject } from 'react';
import { laneBlocks, rangeOfBlocks, virtualizeAfter, type LaneBlock, type LaneRange } from '../../render/laneGeometry';
import type { TimelineLane } from '../../render/timelineTypes';

/** The lanes to draw, and the blocks whose bands the timeline places (`.tl-lane-block`) to learn which are on screen. */
export interface LaneWindow {
  range: LaneRange;
  blocks: readonly LaneBlock[];
}

const noBlocks: LaneBlock[] = [];

/**
 * All lanes up to `virtualizeAfter`; past it, the blocks of lanes whose band is on screen. An
 * IntersectionObserver watches one band per block, so the window follows any scrolling: the
 * timeline's own box, the page, or the docs page around an embed that grows to its content.
 * Without IntersectionObserver every lane is drawn.
 */
export function useLaneWindow(ref: RefObject<HTMLElement | null>, lanes: readonly TimelineLane[], contentHeight: number): LaneWindow {
  const virtual = lanes.length > virtualizeAfter && typeof IntersectionObserver !== 'undefined';
  const blocks = useMemo(() => (virtual ? laneBlocks(lanes, contentHeight) : noBlocks), [virtual, lanes, contentHeight]);
  // Until the observer first reports: the first block, which is what a timeline shows at its top.
  const [range, setRange] = useState<LaneRange>({ start: 0, end: 20 });
  useEffect(() => {
    const el = ref.current;
    if (!el || blocks.length === 0) return;
    const onScreen = new Set<number>();
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const index = Number((entry.target as HTMLElement).dataset.block);
        if (entry.isIntersecting) onScreen.add(index);
        else onScreen.delete(index);
      }
      const next = rangeOfBlocks(blocks, onScreen);
      // Re-render only when a block enters or leaves the screen.
      setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
    });
    for (const band of el.querySelectorAll(':scope > .tl-lane-block')) observer.observe(band);
    return () => observer.disconnect();
  }, [ref, blocks]);
  if (!virtual) return { range: { start: 0, end: lanes.length }, blocks };
  return { range: { start: Math.min(range.start, lanes.length), end: Math.min(range.end, lanes.length) }, blocks };
}
