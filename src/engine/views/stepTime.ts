// Instants and intervals as the narration prints them: a clock that reads like the playback
// readout (0:21.3), and short spans (~2 s, 1m20s).

/** Formats simulated ms as m:ss.s, or h:mm:ss.s past an hour; tenths are truncated, as a clock's are. */
export function formatStepTime(ms: number): string {
  const tenths = Math.floor(Math.max(0, ms) / 100);
  const h = Math.floor(tenths / 36_000);
  const m = Math.floor((tenths % 36_000) / 600);
  const s = tenths % 600;
  const sec = `${String(Math.floor(s / 10)).padStart(2, '0')}.${s % 10}`;
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/** Formats an interval for "every ~2 s": whole seconds from 1.5 s up, tenths below, minutes past two. */
export function formatSpan(ms: number): string {
  if (ms >= 120_000) {
    const total = Math.round(ms / 1000);
    const m = Math.floor(total / 60);
    const s = total % 60;
    return s === 0 ? `${m} min` : `${m} min ${s} s`;
  }
  if (ms >= 1500) return `${Math.round(ms / 1000)} s`;
  const tenths = Math.max(1, Math.round(ms / 100));
  return tenths % 10 === 0 ? `${tenths / 10} s` : `${(tenths / 10).toFixed(1)} s`;
}
