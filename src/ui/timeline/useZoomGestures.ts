// The gestures that zoom and pan: Ctrl/⌘ + wheel (and a trackpad pinch, which browsers send as
// one) zooms around the pointer, a horizontal or Shift + wheel pans, a two-finger pinch zooms and
// pans on touch screens, and a drag along the time axis pans. Everything goes through the
// window control, which applies it once per animation frame.
import { useEffect, useLayoutEffect, useRef, type PointerEvent, type RefObject } from 'react';
import { isZoomed, wheelZoomFactor } from '../../render/timeWindow';
import type { TimelineLayout } from '../../render/timelineTypes';
import type { WindowControl } from './useWindowControl';

/** Movement in px under which a press on the axis is a click (it seeks) rather than a pan. */
const clickSlop = 4;

/** What a pointer event turned out to be for the gestures. */
export type GestureResult = 'pinch' | 'pan' | 'click' | undefined;

/** The pointer side of the gestures, called by the timeline's pointer handlers first. */
export interface ZoomGestures {
  down: (e: PointerEvent<HTMLElement>, x: number, y: number) => GestureResult;
  move: (e: PointerEvent<HTMLElement>, x: number) => GestureResult;
  up: (e: PointerEvent<HTMLElement>) => GestureResult;
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

/** Wires the wheel on `scroll` and returns the pointer gestures for the current layout. */
export function useZoomGestures(scroll: RefObject<HTMLElement | null>, layout: TimelineLayout | undefined, control: WindowControl): ZoomGestures {
  const layoutRef = useRef(layout);
  const controlRef = useRef(control);
  // The wheel listener is added once; it reads the latest layout and control, stored after each render.
  useLayoutEffect(() => {
    layoutRef.current = layout;
    controlRef.current = control;
  });
  const touches = useRef(new Map<number, { x: number; y: number }>());
  const pinch = useRef<{ distance: number; centre: number } | undefined>(undefined);
  const pan = useRef<{ id: number; startX: number; lastX: number; moved: boolean } | undefined>(undefined);

  useEffect(() => {
    const el = scroll.current;
    if (!el) return undefined;
    const onWheel = (e: WheelEvent) => {
      const l = layoutRef.current;
      if (!l) return;
      const c = controlRef.current;
      const x = e.clientX - el.getBoundingClientRect().left;
      if (e.ctrlKey || e.metaKey) {
        // Without this the browser zooms the whole page.
        e.preventDefault();
        c.zoomAt(wheelZoomFactor(e.deltaY, e.deltaMode), x >= l.labelWidth && x <= l.plotRight ? x : undefined);
        return;
      }
      if (!isZoomed(c.current(), l.horizon)) return;
      const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? l.plotRight - l.labelWidth : 1;
      let dx = e.deltaX;
      if (e.shiftKey && dx === 0) dx = e.deltaY;
      else if (Math.abs(e.deltaX) <= Math.abs(e.deltaY)) {
        // A vertical wheel scrolls the lanes when there are more than fit, and pans otherwise.
        if (e.shiftKey || el.scrollHeight > el.clientHeight + 1) return;
        dx = e.deltaY;
      }
      if (dx === 0) return;
      e.preventDefault();
      c.panBy(dx * unit);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  }, [scroll]);

  const pinchState = () => {
    const [a, b] = [...touches.current.values()];
    return a && b ? { distance: Math.max(1, distance(a, b)), centre: (a.x + b.x) / 2 } : undefined;
  };

  return {
    down: (e, x, y) => {
      const l = layoutRef.current;
      if (!l) return undefined;
      if (e.pointerType === 'touch') {
        touches.current.set(e.pointerId, { x, y });
        if (touches.current.size === 2) {
          pinch.current = pinchState();
          pan.current = undefined;
          e.currentTarget.setPointerCapture(e.pointerId);
          return 'pinch';
        }
      }
      if (y < l.axisHeight && x >= l.labelWidth && x < l.plotRight + 8 && isZoomed(control.current(), l.horizon)) {
        e.currentTarget.setPointerCapture(e.pointerId);
        pan.current = { id: e.pointerId, startX: x, lastX: x, moved: false };
        return 'pan';
      }
      return undefined;
    },
    move: (e, x) => {
      if (touches.current.has(e.pointerId)) touches.current.set(e.pointerId, { x, y: touches.current.get(e.pointerId)?.y ?? 0 });
      const before = pinch.current;
      if (before && touches.current.has(e.pointerId)) {
        const now = pinchState();
        if (!now) return 'pinch';
        control.zoomAt(now.distance / before.distance, now.centre);
        control.panBy(before.centre - now.centre);
        pinch.current = now;
        return 'pinch';
      }
      const p = pan.current;
      if (!p || p.id !== e.pointerId) return undefined;
      if (Math.abs(x - p.startX) > clickSlop) p.moved = true;
      // Dragging the axis to the right brings earlier time into view.
      if (p.moved) control.panBy(p.lastX - x);
      p.lastX = x;
      return 'pan';
    },
    up: (e) => {
      touches.current.delete(e.pointerId);
      if (pinch.current) {
        if (touches.current.size < 2) pinch.current = undefined;
        return 'pinch';
      }
      const p = pan.current;
      if (!p || p.id !== e.pointerId) return undefined;
      pan.current = undefined;
      if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
      return p.moved ? 'pan' : 'click';
    },
  };
}
