// The visible window of the timeline, [from, to] in simulated ms, and the arithmetic of zooming
// and panning it: pure, so the wheel, the keys, the pinch, the overview strip and the command
// line all move the same window the same way.

/** A stretch of simulated time, `from` < `to`, in ms. */
export interface TimeWindow {
  from: number;
  to: number;
}

/** The narrowest window one can zoom to (shorter traces are shown whole). */
export const minWindowMs = 500;

/** How much one `+` or `-` (or one zoom button press) zooms. */
export const zoomStep = 2;

/** The whole trace. */
export function fullWindow(horizon: number): TimeWindow {
  return { from: 0, to: Math.max(1, horizon) };
}

/** The window made valid for a trace: within [0, horizon], at least `minWindowMs` wide (or the whole trace when it is shorter); undefined is the whole trace. */
export function clampWindow(window: TimeWindow | undefined, horizon: number, minSpan = minWindowMs): TimeWindow {
  const full = fullWindow(horizon);
  if (!window || !Number.isFinite(window.from) || !Number.isFinite(window.to)) return full;
  const span = Math.max(Math.min(minSpan, full.to), Math.min(full.to, window.to - window.from));
  const from = Math.max(0, Math.min(full.to - span, window.from));
  return { from, to: from + span };
}

/** True when the window shows less than the whole trace. */
export function isZoomed(window: TimeWindow, horizon: number): boolean {
  return window.from > 0 || window.to < Math.max(1, horizon);
}

/** The window zoomed by `factor` (> 1 zooms in) around the instant `anchor`, which stays at the same place on screen unless an edge of the trace stops it. */
export function zoomWindow(window: TimeWindow, factor: number, anchor: number, horizon: number, minSpan = minWindowMs): TimeWindow {
  const w = clampWindow(window, horizon, minSpan);
  const span = w.to - w.from;
  const full = fullWindow(horizon).to;
  const nextSpan = Math.max(Math.min(minSpan, full), Math.min(full, span / Math.max(1e-6, factor)));
  const at = Math.max(w.from, Math.min(w.to, anchor));
  // The anchor keeps its fraction of the window: what was under the pointer stays under it.
  const fraction = span > 0 ? (at - w.from) / span : 0.5;
  const from = at - fraction * nextSpan;
  return clampWindow({ from, to: from + nextSpan }, horizon, minSpan);
}

/** The window moved by `delta` ms (positive: later), stopping at the ends of the trace. */
export function panWindow(window: TimeWindow, delta: number, horizon: number, minSpan = minWindowMs): TimeWindow {
  const w = clampWindow(window, horizon, minSpan);
  return clampWindow({ from: w.from + delta, to: w.to + delta }, horizon, minSpan);
}

/** The window of the same width centred on `t` (for the overview strip and for jumps). */
export function centreWindowOn(window: TimeWindow, t: number, horizon: number, minSpan = minWindowMs): TimeWindow {
  const w = clampWindow(window, horizon, minSpan);
  const half = (w.to - w.from) / 2;
  return clampWindow({ from: t - half, to: t + half }, horizon, minSpan);
}

/** Share of the window kept between the playhead and the window's edge when it follows playback. */
const followMargin = 0.1;

/**
 * The window that keeps the playhead `t` in view, or the same window object when it already is.
 * It turns a page at a time (the playhead goes back to near the left edge) rather than scrolling
 * every frame, so playback redraws the lanes only once per page.
 */
export function followPlayhead(window: TimeWindow, t: number, horizon: number, minSpan = minWindowMs): TimeWindow {
  const w = clampWindow(window, horizon, minSpan);
  const span = w.to - w.from;
  // At the end of the trace the window cannot turn further: the playhead may run to the edge.
  if (t >= w.from && (t <= w.to - followMargin * span || (w.to >= horizon && t <= w.to))) return window;
  const from = t - followMargin * span;
  return clampWindow({ from, to: from + span }, horizon, minSpan);
}

/** The zoom factor of a wheel movement: smooth for trackpads (small deltas), about 1.25 per mouse notch. */
export function wheelZoomFactor(deltaY: number, deltaMode = 0): number {
  // deltaMode 1 is lines (Firefox mice), 2 pages; normalise to pixels.
  const px = deltaY * (deltaMode === 1 ? 16 : deltaMode === 2 ? 400 : 1);
  return Math.exp(-Math.max(-400, Math.min(400, px)) * 0.0022);
}
