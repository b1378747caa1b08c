import { describe, expect, it } from 'vitest';
import { chooseTickStep, computeAxisTicks, createTimeScale, formatDuration, placeAxisLabels } from './timeAxis';

const labels = (horizon: number, plotWidth = 600) => {
  const { x } = createTimeScale(horizon, 0, plotWidth);
  return computeAxisTicks(horizon, x, plotWidth).map((t) => t.label);
};

describe('formatDuration', () => {
  it.each([
    [0, '0s'], [250, '250ms'], [1000, '1s'], [13200, '13.2s'], [59999, '59.999s'],
    [90000, '1m30s'], [120000, '2m'], [3600000, '1h'], [5400000, '1h30m'], [3723500, '1h2m3.5s'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});

describe('computeAxisTicks', () => {
  it('labels a 60 s horizon every 10 seconds', () => {
    expect(labels(60000)).toEqual(['0s', '10s', '20s', '30s', '40s', '50s', '1m']);
  });

  it('labels a 10 min horizon every 2 minutes', () => {
    expect(labels(600000)).toEqual(['0s', '2m', '4m', '6m', '8m', '10m']);
  });

  it('labels a 2 h horizon every 30 minutes', () => {
    expect(labels(7200000)).toEqual(['0s', '30m', '1h', '1h30m', '2h']);
  });

  it('labels a sub-second horizon in milliseconds', () => {
    expect(labels(800)).toEqual(['0s', '200ms', '400ms', '600ms', '800ms']);
  });

  it('uses minutes and seconds together when the step is 30 s', () => {
    expect(labels(180000)).toEqual(['0s', '30s', '1m', '1m30s', '2m', '2m30s', '3m']);
  });

  it('keeps about one tick per 90 px', () => {
    expect(chooseTickStep(3600000, 2)).toBe(1800000);
    expect(labels(3600000, 180)).toEqual(['0s', '30m', '1h']);
  });
});

describe('createTimeScale', () => {
  it('maps [0, horizon] onto the plot and back', () => {
    const { x, tFromX } = createTimeScale(360000, 200, 900);
    expect(x(0)).toBe(200);
    expect(x(360000)).toBe(900);
    for (const t of [0, 1234, 180000, 359999, 360000]) expect(tFromX(x(t))).toBeCloseTo(t, 6);
  });

  it('clamps seeks outside the plot to the trace', () => {
    const { tFromX } = createTimeScale(60000, 100, 700);
    expect(tFromX(0)).toBe(0);
    expect(tFromX(5000)).toBe(60000);
  });

  it('survives a zero horizon', () => {
    const { x, tFromX } = createTimeScale(0, 100, 700);
    expect(Number.isFinite(x(0))).toBe(true);
    expect(tFromX(400)).toBe(0);
  });
});

describe('placeAxisLabels', () => {
  const tick = (x: number, label: string) => ({ t: x, x, label });
  const extent = (l: { x: number; anchor: string; text: string }, cw = 6.7) => {
    const w = l.text.length * cw;
    const start = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
    return [start, start + w] as const;
  };

  it('right-aligns a last label that centred would run past the right edge', () => {
    const labels = placeAxisLabels([tick(100, '0s'), tick(300, '1m'), tick(392, '1m10s')], 100, 398);
    expect(labels.map((l) => l.anchor)).toEqual(['start', 'middle', 'end']);
    for (const l of labels) expect(extent(l)[1]).toBeLessThanOrEqual(398);
  });

  it('drops a last label that would run into the one before it', () => {
    const labels = placeAxisLabels([tick(100, '0s'), tick(360, '2m50s'), tick(392, '3m')], 100, 398);
    expect(labels.map((l) => l.text)).toEqual(['0s', '2m50s']);
  });

  it('keeps every label of a real layout inside the axis, at phone and desktop widths', () => {
    for (const width of [360, 390, 470, 1440]) {
      for (const horizon of [70_000, 180_000, 363_000, 7_200_000]) {
        const right = width - 8;
        const { x } = createTimeScale(horizon, 110, right);
        const labels = placeAxisLabels(computeAxisTicks(horizon, x, right - 110), 110, width - 2);
        expect(labels.length).toBeGreaterThanOrEqual(2);
        for (const l of labels) {
          const [a, b] = extent(l);
          expect(a).toBeGreaterThanOrEqual(110);
          expect(b).toBeLessThanOrEqual(width - 2);
        }
      }
    }
  });
});
