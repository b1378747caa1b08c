import { describe, it, expect } from 'vitest';
import { formatRfc1123z, formatRfc3339 } from './clock';

const day = 86_400_000;

describe('formatRfc3339', () => {
  it.each([
    [0, '2025-01-01T00:00:00Z'], [1999, '2025-01-01T00:00:01Z'], [day + 3_661_000, '2025-01-02T01:01:01Z'],
    [59 * day, '2025-03-01T00:00:00Z'], [365 * day, '2026-01-01T00:00:00Z'], [-1000, '2024-12-31T23:59:59Z'],
  ])('maps t = %i to %s', (t, text) => expect(formatRfc3339(t)).toBe(text));
});

describe('formatRfc1123z', () => {
  it.each([
    [0, 'Wed, 01 Jan 2025 00:00:00 +0000'], [20_500, 'Wed, 01 Jan 2025 00:00:20 +0000'],
    [59 * day, 'Sat, 01 Mar 2025 00:00:00 +0000'], [365 * day + 13 * 3_600_000, 'Thu, 01 Jan 2026 13:00:00 +0000'],
  ])('maps t = %i to %s', (t, text) => expect(formatRfc1123z(t)).toBe(text));
  it('prints Go zero time for an unset timestamp', () => expect(formatRfc1123z(undefined)).toBe('Mon, 01 Jan 0001 00:00:00 +0000'));
});
