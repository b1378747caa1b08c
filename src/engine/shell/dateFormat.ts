// Calendar arithmetic for `date` and timestamped image logs, without the Date object (the engine
// has no wall clock): simulated t = 0 is SIMULATED_EPOCH_MS.
import { civilFromDays, daysFromCivil } from '../calendar';

/** The instant simulated t = 0 stands for: 2025-01-01T00:00:00Z, a fixed date so traces are reproducible. */
export const SIMULATED_EPOCH_MS = 1_735_689_600_000;

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** busybox `date`'s default format. */
export const DEFAULT_DATE_FORMAT = '%a %b %e %H:%M:%S %Z %Y';

/**
 * Formats a Unix time in ms (UTC) with strftime's conversions in the C locale: %Y %C %y %G %g %m
 * %d %e %j %U %W %V %u %w %H %k %I %l %M %S %p %P %s %N %3N %a %A %b %B %h %Z %z %T %R %r %F %D %c
 * %x %X %n %t %%; others are printed as they are.
 */
export function formatDate(unixMs: number, format: string): string {
  const ms = Math.floor(unixMs);
  const days = Math.floor(ms / 86_400_000);
  const inDay = ms - days * 86_400_000;
  const { year, month, day } = civilFromDays(days);
  const weekday = (((days + 4) % 7) + 7) % 7;
  const yearStart = daysFromCivil(year, 1, 1);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const H = Math.floor(inDay / 3_600_000);
  const M = Math.floor(inDay / 60_000) % 60;
  const S = Math.floor(inDay / 1000) % 60;
  const yday = days - yearStart;
  const h12 = H % 12 === 0 ? 12 : H % 12;
  const field = (c: string, width: string): string | undefined => {
    switch (c) {
      case 'Y': return String(year);
      case 'y': return pad(year % 100);
      case 'm': return pad(month);
      case 'd': return pad(day);
      case 'e': return String(day).padStart(2, ' ');
      case 'H': return pad(H);
      case 'M': return pad(M);
      case 'S': return pad(S);
      case 's': return String(Math.floor(ms / 1000));
      case 'N': return pad((inDay % 1000) * 1_000_000, 9).slice(0, width === '' ? 9 : Number(width));
      case 'a': return (DAYS[weekday] ?? '').slice(0, 3);
      case 'A': return DAYS[weekday];
      case 'b': case 'h': return (MONTHS[month - 1] ?? '').slice(0, 3);
      case 'B': return MONTHS[month - 1];
      case 'j': return pad(days - yearStart + 1, 3);
      case 'Z': return 'UTC';
      case 'z': return '+0000';
      case 'T': return `${pad(H)}:${pad(M)}:${pad(S)}`;
      case 'R': return `${pad(H)}:${pad(M)}`;
      case 'F': return `${year}-${pad(month)}-${pad(day)}`;
      case 'D': return `${pad(month)}/${pad(day)}/${pad(year % 100)}`;
      case 'C': return pad(Math.floor(year / 100));
      case 'k': return String(H).padStart(2, ' ');
      case 'I': return pad(h12);
      case 'l': return String(h12).padStart(2, ' ');
      case 'p': return H < 12 ? 'AM' : 'PM';
      case 'P': return H < 12 ? 'am' : 'pm';
      case 'r': return `${pad(h12)}:${pad(M)}:${pad(S)} ${H < 12 ? 'AM' : 'PM'}`;
      case 'c': return `${(DAYS[weekday] ?? '').slice(0, 3)} ${(MONTHS[month - 1] ?? '').slice(0, 3)} ${String(day).padStart(2, ' ')} ${pad(H)}:${pad(M)}:${pad(S)} ${year}`;
      case 'x': return `${pad(month)}/${pad(day)}/${pad(year % 100)}`;
      case 'X': return `${pad(H)}:${pad(M)}:${pad(S)}`;
      case 'U': return pad(Math.floor((yday + 7 - weekday) / 7));
      case 'W': return pad(Math.floor((yday + 7 - ((weekday + 6) % 7)) / 7));
      case 'V': return pad(isoWeek(days).week);
      case 'G': return String(isoWeek(days).year);
      case 'g': return pad(isoWeek(days).year % 100);
      case 'u': return String(weekday === 0 ? 7 : weekday);
      case 'w': return String(weekday);
      case 'n': return '\n';
      case 't': return '\t';
      case '%': return '%';
      default: return undefined;
    }
  };
  return format.replace(/%(\d*)([A-Za-z%])/g, (whole, width: string, c: string) => field(c, width) ?? whole);
}

/** The ISO 8601 week (1-53) of a day, and the year it belongs to: weeks start on Monday, week 1 holds the year's first Thursday. */
function isoWeek(days: number): { year: number; week: number } {
  const weekday = ((((days + 4) % 7) + 7) % 7 + 6) % 7; // Monday 0
  const thursday = days - weekday + 3;
  const { year } = civilFromDays(thursday);
  return { year, week: Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1 };
}
