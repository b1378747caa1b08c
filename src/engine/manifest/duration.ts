// Go durations (time.ParseDuration / Duration.String) in integer simulated milliseconds.

const unitMs: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  'µs': 1e-3,
  'μs': 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** The longest Go duration, 2^63 - 1 ns (about 2562047h47m), in ms. */
export const MAX_GO_DURATION_MS = 9_223_372_036_854.775;

const bareSeconds = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const component = /(\d+\.?\d*|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;

/** Parses `500ms`, `1m30s`, `1.5h`, or a bare number of seconds (`20`) into ms; undefined when malformed. */
export function parseGoDuration(text: string): number | undefined {
  const s = text.trim();
  if (s === '') return undefined;
  if (bareSeconds.test(s)) {
    const ms = Number(s) * 1000;
    return Math.abs(ms) > MAX_GO_DURATION_MS ? undefined : Math.round(ms) || 0;
  }
  let pos = 0;
  let sign = 1;
  if (s[0] === '-' || s[0] === '+') {
    sign = s[0] === '-' ? -1 : 1;
    pos = 1;
  }
  if (pos === s.length) return undefined;
  let total = 0;
  while (pos < s.length) {
    component.lastIndex = pos;
    const m = component.exec(s);
    if (!m) return undefined;
    total += Number(m[1]) * (unitMs[m[2] ?? ''] ?? 0);
    pos = component.lastIndex;
  }
  // Go's Duration is an int64 of nanoseconds: beyond it time.ParseDuration fails ("invalid duration").
  if (total > MAX_GO_DURATION_MS) return undefined;
  // Normalise -0 so callers comparing with Object.is or JSON see a plain 0.
  return Math.round(sign * total) || 0;
}

/** Formats ms the way Go's `Duration.String()` does: `500ms`, `10s`, `1m20s`, `5m0s`, `1h0m0s`. */
export function formatGoDuration(ms: number): string {
  const whole = Math.round(ms);
  if (whole === 0) return '0s';
  if (whole < 0) return `-${formatGoDuration(-whole)}`;
  if (whole < 1000) return `${whole}ms`;
  const hours = Math.floor(whole / 3_600_000);
  const minutes = Math.floor((whole % 3_600_000) / 60_000);
  const millis = whole % 60_000;
  const fraction = millis % 1000 === 0 ? '' : `.${String(millis % 1000).padStart(3, '0').replace(/0+$/, '')}`;
  const seconds = `${Math.floor(millis / 1000)}${fraction}s`;
  if (hours > 0) return `${hours}h${minutes}m${seconds}`;
  if (minutes > 0) return `${minutes}m${seconds}`;
  return seconds;
}
