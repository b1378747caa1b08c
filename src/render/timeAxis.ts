// The time axis: a d3 linear scale from simulated ms to pixels, and tick steps that land on
// round durations (10 s, 1 m, 15 m…) rather than d3's decimal steps (which give 416666 ms).
import { scaleLinear } from 'd3-scale';
import type { AxisLabel, AxisTick } from './timelineTypes';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

const niceSteps = [
  1, 2, 5, 10, 20, 50, 100, 200, 250, 500,
  SECOND, 2 * SECOND, 5 * SECOND, 10 * SECOND, 15 * SECOND, 30 * SECOND,
  MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
  HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, 24 * HOUR,
];

/** Formats simulated ms compactly: `250ms`, `13.2s`, `1m30s`, `2m`, `1h30m`. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(Math.round(ms));
  if (rest === 0) return '0s';
  if (rest < SECOND) return `${sign}${rest}ms`;
  const h = Math.floor(rest / HOUR);
  rest -= h * HOUR;
  const m = Math.floor(rest / MINUTE);
  rest -= m * MINUTE;
  // Seconds keep up to three decimals, trailing zeros dropped (13200 -> 13.2s).
  const s = rest / SECOND;
  let out = sign;
  if (h) out += `${h}h`;
  if (m) out += `${m}m`;
  if (s) out += `${Number(s.toFixed(3))}s`;
  return out;
}

/** The step between axis ticks so that about `maxTicks` fit in `horizon`. */
export function chooseTickStep(horizon: number, maxTicks: number): number {
  const wanted = horizon / Math.max(1, maxTicks);
  for (const step of niceSteps) if (step >= wanted) return step;
  const day = 24 * HOUR;
  return Math.ceil(wanted / day) * day;
}

/** A pixel scale over the window [from, to] (the whole [0, horizon] by default) and its inverse, clamped to the window for seeking. */
export function createTimeScale(horizon: number, x0: number, x1: number, from = 0, to = horizon) {
  const end = Math.max(from + 1, to);
  const scale = scaleLinear().domain([from, end]).range([x0, Math.max(x0 + 1, x1)]);
  const x = (t: number) => scale(t);
  const tFromX = (px: number) => Math.max(Math.max(0, from), Math.min(Math.min(horizon, to), scale.invert(px)));
  return { scale, x, tFromX };
}

/** Labelled ticks on round durations in [from, to], about one per 90 px. */
export function computeAxisTicks(to: number, x: (t: number) => number, plotWidth: number, from = 0): AxisTick[] {
  const step = chooseTickStep(to - from, Math.max(2, Math.floor(plotWidth / 90)));
  const ticks: AxisTick[] = [];
  // Counting steps (not adding them up) keeps 0.1 s steps on round numbers far into a long trace.
  for (let i = Math.ceil(from / step); i * step <= to; i++) ticks.push({ t: i * step, x: x(i * step), label: formatDuration(i * step) });
  return ticks;
}

/** Width of one character of the 11 px monospace axis labels. */
const axisCharWidth = 6.7;
/** Space kept between two axis labels. */
const axisLabelGap = 6;

/**
 * Where each tick's label goes between `left` and `right` px: centred on its tick, or starting or
 * ending at it near an edge, so none is clipped; a label that would still not fit, or would run
 * into the one before it, is left out (its tick and grid line stay).
 */
export function placeAxisLabels(ticks: readonly AxisTick[], left: number, right: number, charWidth = axisCharWidth): AxisLabel[] {
  const labels: AxisLabel[] = [];
  let prevEnd = -Infinity;
  for (const tick of ticks) {
    const w = tick.label.length * charWidth;
    let anchor: AxisLabel['anchor'] = 'middle';
    let start = tick.x - w / 2;
    if (start < left) {
      anchor = 'start';
      start = tick.x;
    }
    if (start + w > right) {
      anchor = 'end';
      start = tick.x - w;
    }
    if (start < left || start + w > right || start < prevEnd + axisLabelGap) continue;
    labels.push({ x: tick.x, anchor, text: tick.label });
    prevEnd = start + w;
  }
  return labels;
}

/** An instant as the playback clock shows it (0:07.3, 1:02.0, 1:00:00.0), so tooltips and controls agree. */
export function formatInstant(ms: number): string {
  const total = Math.max(0, ms) / 1000;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = (total % 60).toFixed(1).padStart(4, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
