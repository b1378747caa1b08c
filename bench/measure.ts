// Small helpers shared by the benchmarks: timing, one printed line per figure, and the figures
// collected for `npm run bench -- --json FILE`.
import { writeFileSync } from 'node:fs';

/** One figure as printed, for the JSON file. */
export interface Figure {
  label: string;
  value: number;
  unit: string;
  target?: number;
  /** value / target: at most 1 meets the target. */
  ratio?: number;
  min?: number;
  max?: number;
  detail?: string;
}

const figures: Figure[] = [];

/** Median, min and max run time of `fn` in ms. */
export function timeRuns(fn: () => unknown, runs: number, timesItself = false): { median: number; min: number; max: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const own = fn();
    // A run that times itself (to leave out its set-up) returns the ms it measured.
    times.push(timesItself && typeof own === 'number' ? own : performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0, max: times[times.length - 1] ?? 0 };
}

/** Median run time of `fn` in ms. */
export function medianMs(fn: () => void, runs: number): number {
  return timeRuns(fn, runs).median;
}

const spread = (f: Figure) => (f.min !== undefined && f.max !== undefined ? `min ${f.min.toFixed(f.min < 10 ? 3 : 1)}, max ${f.max.toFixed(f.max < 10 ? 3 : 1)}` : '');
const joined = (...parts: (string | undefined)[]) => parts.filter(Boolean).join('; ');

/** Prints a figure that has no target. */
export function figure(label: string, value: number, unit: string, detail = '', range?: { min: number; max: number }): void {
  const f: Figure = { label, value, unit, ...(range ? { min: range.min, max: range.max } : {}), ...(detail ? { detail } : {}) };
  figures.push(f);
  const extra = joined(spread(f), detail);
  console.log(`${label.padEnd(58)} ${value.toFixed(value < 10 ? 3 : 1).padStart(9)} ${unit}${extra ? `   ${extra}` : ''}`);
}

/** Prints a figure with its target and ratio (value / target; at most 1 meets the target). */
export function report(label: string, value: number, target: number, unit: string, detail = '', range?: { min: number; max: number }): void {
  const digits = value < 10 ? 3 : 1;
  const ratio = target === 0 ? (value === 0 ? 0 : Infinity) : value / target;
  const f: Figure = { label, value, unit, target, ratio, ...(range ? { min: range.min, max: range.max } : {}), ...(detail ? { detail } : {}) };
  figures.push(f);
  const extra = joined(spread(f), detail);
  console.log(`${label.padEnd(58)} ${value.toFixed(digits).padStart(9)} ${unit.padEnd(3)} target <= ${target} ${unit}  ratio ${ratio.toFixed(2)}${extra ? `   ${extra}` : ''}`);
}

/** Writes the figures printed so far as JSON (one part of `--json FILE`; scripts/bench.mjs merges the parts). */
export function writeFigures(path: string | undefined): void {
  if (path) writeFileSync(path, JSON.stringify(figures, null, 2));
}
