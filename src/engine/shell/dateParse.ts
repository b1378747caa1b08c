// `date -d STRING` as busybox reads it (libbb › parse_datestr, and date.c's strptime of
// "%b %d %T %Y"), with the ranges busybox 1.35 accepts: a form it does not know, or a field out
// of range, is `date: invalid date 'STRING'`.
import { civilFromDays, daysFromCivil } from '../calendar';

/** What `date -d` read: a Unix time in ms; 'invalid' (busybox: invalid date); 'unsupported' (too far for exact arithmetic). */
export type ParsedDate = number | 'invalid' | 'unsupported';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** sscanf's %u: blanks, an optional +, digits. */
const N = String.raw`\s*\+?(\d+)`;
const COLON_FORMS: [RegExp, readonly ('y' | 'mo' | 'd' | 'h' | 'mi' | 's')[]][] = [
  [new RegExp(`^${N}:${N}(?::${N})?$`), ['h', 'mi', 's']],
  [new RegExp(`^${N}\\.${N}-${N}:${N}(?::${N})?$`), ['mo', 'd', 'h', 'mi', 's']],
  [new RegExp(`^${N}\\.${N}\\.${N}-${N}:${N}(?::${N})?$`), ['y', 'mo', 'd', 'h', 'mi', 's']],
  [new RegExp(`^${N}-${N}-${N}\\s*${N}:${N}(?::${N})?$`), ['y', 'mo', 'd', 'h', 'mi', 's']],
];
const DASH_FORM = new RegExp(`^${N}-${N}-${N}(?:\\s*${N})?$`);
const NAMED_FORM = new RegExp(`^\\s*([A-Za-z]+)${N}\\s+${N}:${N}:${N}\\s+${N}$`);
/** The digits-only forms by length: MM, HHMM, ddHHMM, mmddHHMM, yymmddHHMM, ccyymmddHHMM, each with [.SS]. */
const DIGIT_FIELDS: Record<number, readonly ['y4' | 'y2' | 'mo' | 'd' | 'h' | 'mi', number][]> = {
  2: [['mi', 2]],
  4: [['h', 2], ['mi', 2]],
  6: [['d', 2], ['h', 2], ['mi', 2]],
  8: [['mo', 2], ['d', 2], ['h', 2], ['mi', 2]],
  10: [['y2', 2], ['mo', 2], ['d', 2], ['h', 2], ['mi', 2]],
  12: [['y4', 4], ['mo', 2], ['d', 2], ['h', 2], ['mi', 2]],
};
/** Seconds since the epoch past which ms stop being exact integers. */
const MAX_EXACT_SECONDS = Math.floor(Number.MAX_SAFE_INTEGER / 1000);

/** Reads `text` as `date -d` does; `nowMs` (UTC) gives the date of the forms that hold only a time. */
export function parseDate(text: string, nowMs: number): ParsedDate {
  const at = /^@(\d+)$/.exec(text);
  if (at) {
    const seconds = Number(at[1]);
    return seconds > MAX_EXACT_SECONDS ? 'unsupported' : seconds * 1000;
  }
  if (text.startsWith('@')) return 'invalid';
  const today = civilFromDays(Math.floor(nowMs / 86_400_000));
  // date.c takes the fields a form leaves out from now, at midnight.
  const f = { y: today.year, mo: today.month, d: today.day, h: 0, mi: 0, s: 0 };
  let maxSeconds = 61;
  if (text.includes(':')) {
    const form = COLON_FORMS.find(([pattern]) => pattern.test(text));
    const named = form ? undefined : NAMED_FORM.exec(text);
    if (form) {
      const values = (form[0].exec(text) as RegExpExecArray).slice(1);
      form[1].forEach((key, i) => { if (values[i] !== undefined) f[key] = Number(values[i]); });
    } else if (named) {
      const [, month = '', day = '', h = '', mi = '', s = '', y = ''] = named;
      const lower = month.toLowerCase();
      const index = MONTHS.indexOf(lower) >= 0 ? MONTHS.indexOf(lower) : MONTH_NAMES.indexOf(lower);
      if (index < 0) return 'invalid';
      Object.assign(f, { y: Number(y), mo: index + 1, d: Number(day), h: Number(h), mi: Number(mi), s: Number(s) });
    } else return 'invalid';
  } else if (text.includes('-')) {
    const dash = DASH_FORM.exec(text);
    if (!dash) return 'invalid';
    const [, y = '', mo = '', d = '', h] = dash;
    Object.assign(f, { y: Number(y), mo: Number(mo), d: Number(d), h: h === undefined ? 0 : Number(h) });
  } else {
    const digits = /^(\d+)(?:\.(\d+))?$/.exec(text);
    const fields = digits ? DIGIT_FIELDS[(digits[1] ?? '').length] : undefined;
    if (!digits || !fields) return 'invalid';
    let pos = 0;
    for (const [key, width] of fields) {
      const value = Number((digits[1] ?? '').slice(pos, pos + width));
      pos += width;
      if (key === 'y4') f.y = value;
      else if (key === 'y2') f.y = twoDigitYear(value, today.year);
      else f[key] = value;
    }
    f.s = digits[2] === undefined ? 0 : Number(digits[2]);
    maxSeconds = 60;
  }
  if (f.y > 9999 || f.mo < 1 || f.mo > 12 || f.d < 1 || f.d > 31 || f.h > 23 || f.mi > 59 || f.s > maxSeconds) return 'invalid';
  // Past the end of a month, the date runs on into the next, as mktime does.
  return ((daysFromCivil(f.y, f.mo, 1) + f.d - 1) * 86_400 + f.h * 3600 + f.mi * 60 + f.s) * 1000;
}

/** yy of yymmddHHMM: in the current century, moved by 100 years to lie within 50 of now. */
function twoDigitYear(yy: number, currentYear: number): number {
  const current = currentYear - 1900;
  let year = yy + Math.floor(current / 100) * 100;
  if (year < current - 50) year += 100;
  if (year > current + 50) year -= 100;
  return year + 1900;
}
