import { describe, expect, it } from 'vitest';
import { overviewFrame, overviewHeight, overviewTime, overviewValueText, sceneOverview } from './overview';
import { serializeSvgNodes } from './renderStaticSvg';
import { simulateGallery } from './testTraces';

describe('sceneOverview', () => {
  it('draws the whole trace in miniature: the pod band and one band per container, within the strip', () => {
    const { trace, pod } = simulateGallery('crashloop-always');
    const svg = serializeSvgNodes(sceneOverview(trace, pod, 600));
    expect(svg).toContain('class="tl-overview-bg"');
    expect(svg).toContain('tl-seg--backoff');
    expect(svg).toContain('tl-seg--phase-pending');
    const boxes = [...svg.matchAll(/M([\d.]+) ([\d.]+)h([\d.]+)v([\d.]+)h-([\d.]+)z/g)];
    expect(boxes.length).toBeGreaterThan(5);
    for (const [, x, y, w, h, back] of boxes) {
      expect(back).toBe(w);
      expect(Number(x) + Number(w)).toBeLessThanOrEqual(601);
      expect(Number(y) + Number(h)).toBeLessThanOrEqual(overviewHeight);
    }
  });

  it('draws each style as one path, however many changes the pod lane has', () => {
    const { trace, pod } = simulateGallery('crashloop-always');
    const nodes = sceneOverview(trace, pod, 600);
    const classes = nodes.filter((n) => n.tag === 'path').map((n) => String(n.attrs.class));
    expect(new Set(classes).size).toBe(classes.length);
    expect(nodes.filter((n) => n.tag === 'rect')).toHaveLength(1);
  });
});

describe('overviewFrame', () => {
  it('frames the window in proportion, at least 6 px wide and inside the strip', () => {
    expect(overviewFrame({ from: 90_000, to: 180_000 }, 360_000, 600)).toEqual({ x: 150, width: 150 });
    expect(overviewFrame({ from: 359_500, to: 360_000 }, 360_000, 600)).toEqual({ x: 594, width: 6 });
  });

  it('maps a point of the strip back to an instant, clamped to the trace', () => {
    expect(overviewTime(150, 360_000, 600)).toBe(90_000);
    expect(overviewTime(-10, 360_000, 600)).toBe(0);
    expect(overviewTime(700, 360_000, 600)).toBe(360_000);
  });

  it('says which part of the trace is shown', () => {
    expect(overviewValueText({ from: 10_000, to: 40_000 }, 360_000)).toBe('0:10.0 to 0:40.0 of 6:00.0');
    expect(overviewValueText({ from: 0, to: 360_000 }, 360_000)).toBe('Whole trace, 0:00.0 to 6:00.0 of 6:00.0');
  });
});
