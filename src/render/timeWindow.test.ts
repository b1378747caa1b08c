import { describe, expect, it } from 'vitest';
import { centreWindowOn, clampWindow, followPlayhead, fullWindow, isZoomed, minWindowMs, panWindow, wheelZoomFactor, zoomWindow } from './timeWindow';

const horizon = 360_000;
/** Where t sits in a window, 0 at its left edge and 1 at its right. */
const fraction = (w: { from: number; to: number }, t: number) => (t - w.from) / (w.to - w.from);

describe('clampWindow', () => {
  it('shows the whole trace without a window', () => {
    expect(clampWindow(undefined, horizon)).toEqual({ from: 0, to: horizon });
    expect(fullWindow(0)).toEqual({ from: 0, to: 1 });
  });

  it('keeps the window inside [0, horizon], moving it rather than cutting it', () => {
    expect(clampWindow({ from: -5000, to: 25_000 }, horizon)).toEqual({ from: 0, to: 30_000 });
    expect(clampWindow({ from: 350_000, to: 380_000 }, horizon)).toEqual({ from: 330_000, to: 360_000 });
    expect(clampWindow({ from: -1, to: 400_000 }, horizon)).toEqual({ from: 0, to: horizon });
  });

  it('never narrows below the minimum window, nor beyond a trace shorter than it', () => {
    expect(clampWindow({ from: 10_000, to: 10_100 }, horizon)).toEqual({ from: 10_000, to: 10_000 + minWindowMs });
    expect(clampWindow({ from: 100, to: 200 }, 300)).toEqual({ from: 0, to: 300 });
  });

  it('tells a zoomed window from the whole trace', () => {
    expect(isZoomed(clampWindow(undefined, horizon), horizon)).toBe(false);
    expect(isZoomed({ from: 0, to: 1000 }, horizon)).toBe(true);
  });
});

describe('zoomWindow', () => {
  it('keeps the instant under the pointer at the same place when zooming in and out', () => {
    const anchor = 90_000;
    const inside = zoomWindow(fullWindow(horizon), 4, anchor, horizon);
    expect(inside.to - inside.from).toBeCloseTo(90_000, 6);
    expect(fraction(inside, anchor)).toBeCloseTo(fraction(fullWindow(horizon), anchor), 9);
    const deeper = zoomWindow(inside, 3, 100_000, horizon);
    expect(fraction(deeper, 100_000)).toBeCloseTo(fraction(inside, 100_000), 9);
    const out = zoomWindow(deeper, 1 / 2, 100_000, horizon);
    expect(fraction(out, 100_000)).toBeCloseTo(fraction(deeper, 100_000), 9);
  });

  it('stops at the minimum window and at the whole trace', () => {
    const narrow = zoomWindow(fullWindow(horizon), 1e6, 5000, horizon);
    expect(narrow.to - narrow.from).toBe(minWindowMs);
    expect(zoomWindow(narrow, 1e-6, 5000, horizon)).toEqual(fullWindow(horizon));
  });

  it('stays inside the trace when zooming out near an edge', () => {
    const w = zoomWindow({ from: 0, to: 10_000 }, 1 / 4, 1000, horizon);
    expect(w).toEqual({ from: 0, to: 40_000 });
  });
});

describe('panWindow and centreWindowOn', () => {
  it('moves the window without changing its width, stopping at the ends', () => {
    expect(panWindow({ from: 10_000, to: 40_000 }, 5000, horizon)).toEqual({ from: 15_000, to: 45_000 });
    expect(panWindow({ from: 10_000, to: 40_000 }, -50_000, horizon)).toEqual({ from: 0, to: 30_000 });
    expect(panWindow({ from: 10_000, to: 40_000 }, 1e9, horizon)).toEqual({ from: 330_000, to: horizon });
  });

  it('centres the window on an instant', () => {
    expect(centreWindowOn({ from: 0, to: 30_000 }, 100_000, horizon)).toEqual({ from: 85_000, to: 115_000 });
    expect(centreWindowOn({ from: 0, to: 30_000 }, 1000, horizon)).toEqual({ from: 0, to: 30_000 });
  });
});

describe('followPlayhead', () => {
  const w = { from: 10_000, to: 40_000 };

  it('leaves the window alone while the playhead is well inside it', () => {
    expect(followPlayhead(w, 20_000, horizon)).toBe(w);
  });

  it('turns a page when the playhead nears the right edge, putting it near the left', () => {
    const next = followPlayhead(w, 38_000, horizon);
    expect(next).toEqual({ from: 35_000, to: 65_000 });
    expect(fraction(next, 38_000)).toBeCloseTo(0.1, 9);
  });

  it('brings a playhead before the window into view', () => {
    expect(followPlayhead(w, 2000, horizon)).toEqual({ from: 0, to: 30_000 });
  });

  it('lets the playhead run to the end of the trace in the last window', () => {
    const last = { from: 330_000, to: horizon };
    expect(followPlayhead(last, 359_000, horizon)).toBe(last);
  });
});

describe('wheelZoomFactor', () => {
  it('zooms in for a wheel turned away and out for one turned back, by the same factor', () => {
    expect(wheelZoomFactor(-100)).toBeGreaterThan(1);
    expect(wheelZoomFactor(100)).toBeLessThan(1);
    expect(wheelZoomFactor(-100) * wheelZoomFactor(100)).toBeCloseTo(1, 9);
    expect(wheelZoomFactor(-3, 1)).toBeCloseTo(wheelZoomFactor(-48), 9);
  });
});
