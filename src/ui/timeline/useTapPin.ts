// Tap to pin: phones have no hover, so a tap on a segment (or a scenario marker) keeps its
// explanation open until the same thing is tapped again, or anything else, or Escape. A tap on a
// lane's label pins its full name and kind, as a shortened name may not say which lane it is.
import { useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { sameTarget, type TimelineTarget } from '../../render/laneGeometry';
import { placeTooltip, type TooltipPlacement } from '../../render/tooltipPlacement';
import type { TimelineLayout } from '../../render/timelineTypes';

/** Where the timeline box was when something was placed: enough to place it again for another zoom without reading the DOM. */
export interface PlaceFrame {
  left: number;
  top: number;
  scrollTop: number;
  viewportHeight: number;
}

/** A value together with the layout it belongs to, where its tooltip goes, and the box it was placed in. */
export interface Placed<T> {
  layout: TimelineLayout;
  value: T;
  placement: TooltipPlacement;
  frame: PlaceFrame;
}

/** The box's position now. */
export function frameOf(el: HTMLElement): PlaceFrame {
  const box = el.getBoundingClientRect();
  return { left: box.left, top: box.top, scrollTop: el.scrollTop, viewportHeight: window.innerHeight };
}

/** Where the tooltip of something in lane `laneIndex` (or the header, for -1) goes, in viewport coordinates: the tooltip is fixed, so no pane clips it. */
export function placeIn(layout: TimelineLayout, frame: PlaceFrame, x: number, laneIndex: number): TooltipPlacement {
  const lane = layout.lanes[laneIndex];
  let top = layout.headerHeight + 2;
  let above = false;
  if (lane) {
    const laneTop = lane.y - frame.scrollTop;
    const below = laneTop + lane.height + 2;
    // Below the lane unless the window has little room there and more above it.
    const roomBelow = frame.viewportHeight - (frame.top + below);
    const roomAbove = frame.top + laneTop;
    above = roomBelow < 200 && roomAbove > roomBelow;
    top = above ? laneTop - 2 : below;
  }
  const placed = placeTooltip(x, top, above, layout.width);
  return { ...placed, x: placed.x + frame.left, top: placed.top + frame.top };
}

/** `value` placed at x of lane `laneIndex` in the box `el`. */
export function placeAt<T>(layout: TimelineLayout, value: T, el: HTMLElement, x: number, laneIndex: number): Placed<T> {
  const frame = frameOf(el);
  return { layout, value, frame, placement: placeIn(layout, frame, x, laneIndex) };
}

/**
 * The same segment in another layout of the same trace (another zoom or width: the indexes are
 * the same), placed again at its new x; undefined for a layout of another trace.
 */
export function carryOver<T extends { lane: number }>(p: Placed<T>, layout: TimelineLayout, segment: number | undefined, dx = 0): Placed<T> | undefined {
  if (p.layout === layout) return p;
  const s = layout.lanes[p.value.lane]?.segments[segment ?? -1];
  if (p.layout.traceKey !== layout.traceKey || !s) return undefined;
  const x = Math.max(layout.labelWidth, Math.min(layout.plotRight, s.x0)) + dx;
  return { ...p, layout, placement: placeIn(layout, p.frame, x, p.value.lane) };
}

/** Movement in px under which a press counts as a tap rather than a drag. */
const tapSlop = 8;

/** The pinned target and the calls the pointer handlers make. */
export interface TapPin {
  pinned: Placed<TimelineTarget> | undefined;
  down: (e: PointerEvent<HTMLElement>, x: number, y: number) => void;
  up: (e: PointerEvent<HTMLElement>, x: number, y: number, targetAt: (x: number, y: number) => TimelineTarget | undefined, el: HTMLElement) => void;
  cancel: () => void;
  toggle: (target: Placed<TimelineTarget>) => void;
  clear: () => void;
}

/** Tracks presses to tell taps from drags, and what a tap pinned; a press outside `root` unpins. */
export function useTapPin(layout: TimelineLayout | undefined, root: RefObject<HTMLElement | null>): TapPin {
  const [pinned, setPinned] = useState<Placed<TimelineTarget>>();
  const press = useRef<{ id: number; x: number; y: number; type: string } | undefined>(undefined);
  const isPinned = pinned !== undefined;

  useEffect(() => {
    if (!isPinned) return undefined;
    const onDown = (e: globalThis.PointerEvent) => {
      if (!(e.target instanceof Node) || !root.current?.contains(e.target)) setPinned(undefined);
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [isPinned, root]);

  const toggle = (target: Placed<TimelineTarget>) => setPinned((prev) => (prev && sameTarget(prev.value, target.value) ? undefined : target));
  return {
    pinned,
    down: (e, x, y) => {
      press.current = { id: e.pointerId, x, y, type: e.pointerType };
    },
    up: (e, x, y, targetAt, el) => {
      const start = press.current;
      press.current = undefined;
      if (!layout || !start || start.id !== e.pointerId || Math.abs(x - start.x) > tapSlop || Math.abs(y - start.y) > tapSlop) return;
      // A mouse has hover: its clicks only seek, and close what a tap had pinned.
      if (start.type === 'mouse') {
        setPinned(undefined);
        return;
      }
      const target = targetAt(start.x, start.y);
      if (!target) setPinned(undefined);
      else toggle(placeAt(layout, target, el, target.kind === 'label' ? Math.min(start.x + 12, layout.labelWidth) : start.x + 12, target.lane));
    },
    cancel: () => {
      press.current = undefined;
    },
    toggle,
    clear: () => setPinned(undefined),
  };
}
