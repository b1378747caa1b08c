// Zooming and panning the timeline's window. Wheel, pinch and drag events only add up what they
// ask for; the store's window changes once per animation frame, so a fast trackpad or a 200-lane
// trace lays out at most once a frame however many events arrive.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { PlaygroundStore } from '../../store/store';
import type { TimelineLayout } from '../../render/timelineTypes';
import { clampWindow, isZoomed, panWindow, zoomStep, zoomWindow, type TimeWindow } from '../../render/timeWindow';

/** The calls that move the window; x is in the timeline box's coordinates. */
export interface WindowControl {
  /** Zooms by `factor` (> 1 in) around the instant at x, or around the playhead (else the middle) without x. */
  zoomAt: (factor: number, x?: number) => void;
  /** Moves the window by `px` pixels of the plot (positive: later). */
  panBy: (px: number) => void;
  /** Shows this window now (undefined: the whole trace). */
  show: (window: TimeWindow | undefined) => void;
  /** Shows this window at the next animation frame (for drags). */
  showSoon: (window: TimeWindow) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
  /** The window shown now, clamped to the trace. */
  current: () => TimeWindow;
}

interface Pending {
  /** A window asked for outright (the overview strip's drag), applied before any zoom or pan. */
  target?: TimeWindow;
  factor: number;
  anchorX: number | undefined;
  panPx: number;
}

/** The window control of one timeline; `layout` gives the plot's edges and the horizon. */
export function useWindowControl(store: PlaygroundStore, layout: TimelineLayout | undefined): WindowControl {
  const layoutRef = useRef(layout);
  // Frames and handlers read the latest layout; it is stored after each render, not during it.
  useLayoutEffect(() => {
    layoutRef.current = layout;
  });
  const pending = useRef<Pending>({ factor: 1, anchorX: undefined, panPx: 0 });
  const frame = useRef(0);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  const current = (): TimeWindow => clampWindow(store.getState().viewWindow, store.getState().trace?.horizon ?? 0);
  const show = (w: TimeWindow | undefined) => {
    const horizon = store.getState().trace?.horizon ?? 0;
    const next = w && isZoomed(clampWindow(w, horizon), horizon) ? clampWindow(w, horizon) : undefined;
    const prev = store.getState().viewWindow;
    if (next?.from === prev?.from && next?.to === prev?.to) return;
    store.getState().setViewWindow(next);
  };
  const apply = () => {
    frame.current = 0;
    const l = layoutRef.current;
    const p = pending.current;
    pending.current = { factor: 1, anchorX: undefined, panPx: 0 };
    if (!l) return;
    const horizon = l.horizon;
    let w = p.target ?? current();
    const plot = Math.max(1, l.plotRight - l.labelWidth);
    if (p.factor !== 1) {
      const t = store.getState().t;
      // Time under x in the window as it is now, not as last drawn: a frame may not have been drawn yet.
      const anchor = p.anchorX !== undefined ? w.from + ((p.anchorX - l.labelWidth) / plot) * (w.to - w.from)
        : t >= w.from && t <= w.to ? t : (w.from + w.to) / 2;
      w = zoomWindow(w, p.factor, anchor, horizon);
    }
    if (p.panPx !== 0) w = panWindow(w, (p.panPx / plot) * (w.to - w.from), horizon);
    show(w);
  };
  const schedule = () => {
    if (!frame.current) frame.current = requestAnimationFrame(apply);
  };
  const zoomAt = (factor: number, x?: number) => {
    pending.current.factor *= factor;
    pending.current.anchorX = x;
    schedule();
  };
  return {
    zoomAt,
    panBy: (px) => {
      pending.current.panPx += px;
      schedule();
    },
    show,
    showSoon: (w) => {
      pending.current.target = w;
      schedule();
    },
    zoomIn: () => zoomAt(zoomStep),
    zoomOut: () => zoomAt(1 / zoomStep),
    fit: () => show(undefined),
    current,
  };
}
