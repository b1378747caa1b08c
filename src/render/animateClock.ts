// The clock of the animated SVG: the simulated times it shows and how they read. An SVG played
// as <img> cannot change its text, so the animation steps through a strip of pre-written labels.

/** Candidate clock steps in simulated ms, smallest first. */
const steps = [100, 200, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000];

/** The times the clock shows across `[from, to]`: `from`, the round times between, and `to`; at most about `max` of them. */
export function clockTimes(from: number, to: number, max: number): number[] {
  const span = Math.max(0, to - from);
  const step = steps.find((s) => span / s <= max) ?? Math.ceil(span / max);
  const times = [from];
  for (let t = (Math.floor(from / step) + 1) * step; t < to; t += step) times.push(t);
  if (to > from) times.push(to);
  return times;
}

/** A simulated time as a clock, to the tenth: 0:07.3, 1:02.0, 1:00:00.0. */
export function clockText(ms: number): string {
  // Rounded to the tenth first, so that 59.96 s reads 1:00.0 rather than 0:60.0.
  const tenths = Math.round(Math.max(0, ms) / 100);
  const h = Math.floor(tenths / 36_000);
  const m = Math.floor((tenths % 36_000) / 600);
  const s = ((tenths % 600) / 10).toFixed(1).padStart(4, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
