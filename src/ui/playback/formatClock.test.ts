import { describe, expect, it } from 'vitest';
import { formatClock } from './formatClock';

describe('formatClock', () => {
  it('shows minutes, seconds and the tenth', () => {
    expect(formatClock(7_300)).toBe('0:07.3');
    expect(formatClock(62_000)).toBe('1:02.0');
    expect(formatClock(42_108)).toBe('0:42.1');
  });

  it('carries a tenth that rounds up into the next minute or hour', () => {
    expect(formatClock(59_960)).toBe('1:00.0');
    expect(formatClock(3_599_990)).toBe('1:00:00.0');
  });

  it('shows hours when there are any, and never a negative time', () => {
    expect(formatClock(3_723_400)).toBe('1:02:03.4');
    expect(formatClock(-5)).toBe('0:00.0');
  });
});
