// Simulated instants as kubectl prints them. The trace counts milliseconds from pod
// creation; the wall clock is pinned to a fixed epoch so output is reproducible, and the
// calendar arithmetic is done by hand because the engine may not use Date.
import { civilFromDays } from '../calendar';

/** Unix seconds of the fixed epoch (2025-01-01T00:00:00Z) that simulated t = 0 maps to. */
export const epochUnixSeconds = 1_735_689_600;

/** A simulated time as the API stores it: metav1.Time keeps whole seconds. */
export function apiTime(t: number): number {
  return Math.floor(t / 1000) * 1000;
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

interface CivilTime {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

function civilAt(t: number): CivilTime {
  // Go truncates sub-second parts in these layouts; floor keeps negative t consistent.
  const unix = epochUnixSeconds + Math.floor(t / 1000);
  const days = Math.floor(unix / 86_400);
  const secOfDay = unix - days * 86_400;
  const { year, month, day } = civilFromDays(days);
  return {
    year,
    month,
    day,
    weekday: (((days + 4) % 7) + 7) % 7,
    hour: Math.floor(secOfDay / 3600),
    minute: Math.floor((secOfDay % 3600) / 60),
    second: secOfDay % 60,
  };
}

const two = (n: number): string => String(n).padStart(2, '0');

/** Formats simulated ms as RFC 3339 in UTC, as `kubectl get -o yaml` prints a metav1.Time. */
export function formatRfc3339(t: number): string {
  const c = civilAt(t);
  return `${String(c.year).padStart(4, '0')}-${two(c.month)}-${two(c.day)}T${two(c.hour)}:${two(c.minute)}:${two(c.second)}Z`;
}

/** Go's zero time in RFC 1123Z, which describe prints for an unset timestamp. */
export const zeroTimeRfc1123z = 'Mon, 01 Jan 0001 00:00:00 +0000';

/** Formats simulated ms as Go's time.RFC1123Z in UTC, as `kubectl describe` prints times. */
export function formatRfc1123z(t: number | undefined): string {
  if (t === undefined) return zeroTimeRfc1123z;
  const c = civilAt(t);
  return `${weekdays[c.weekday] ?? ''}, ${two(c.day)} ${months[c.month - 1] ?? ''} ${String(c.year).padStart(4, '0')} ${two(c.hour)}:${two(c.minute)}:${two(c.second)} +0000`;
}
