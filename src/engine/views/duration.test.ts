import { describe, it, expect } from 'vitest';
import { formatHumanDuration, formatPodAge } from './duration';

const s = 1000;
const m = 60 * s;
const h = 60 * m;
const d = 24 * h;

describe('formatHumanDuration', () => {
  it.each([
    [-2 * s, '<invalid>'], [-1999, '0s'], [-1 * s, '0s'], [0, '0s'], [999, '0s'], [59 * s, '59s'], [119 * s + 999, '119s'],
    [2 * m, '2m'], [2 * m + 3 * s, '2m3s'], [9 * m + 59 * s, '9m59s'], [10 * m, '10m'], [10 * m + 59 * s, '10m'],
    [179 * m, '179m'], [3 * h, '3h'], [3 * h + 4 * m, '3h4m'], [7 * h + 59 * m, '7h59m'], [8 * h, '8h'], [47 * h + 59 * m, '47h'],
    [2 * d, '2d'], [2 * d + 5 * h, '2d5h'], [7 * d + 23 * h, '7d23h'], [8 * d, '8d'], [729 * d, '729d'], [730 * d, '2y'],
    [760 * d, '2y30d'], [8 * 365 * d, '8y'], [9 * 365 * d + 100 * d, '9y'],
  ])('formats %i ms as %s', (ms, text) => expect(formatHumanDuration(ms)).toBe(text));
});

describe('formatPodAge', () => {
  it('measures from pod creation at t = 0 by default', () => expect(formatPodAge(65 * s)).toBe('65s'));
  it('measures from a given creation time', () => expect(formatPodAge(5 * m, 2 * m)).toBe('3m'));
});
