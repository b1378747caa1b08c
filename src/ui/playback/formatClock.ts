/** A playhead time as a clock: 0:07.3, 1:02.0, 1:00:00.0. */
export function formatClock(ms: number): string {
  // Rounded to the tenth first, so that 59.96 s reads 1:00.0 rather than 0:60.0.
  const tenths = Math.round(Math.max(0, ms) / 100);
  const h = Math.floor(tenths / 36_000);
  const m = Math.floor((tenths % 36_000) / 600);
  const s = ((tenths % 600) / 10).toFixed(1).padStart(4, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
