import { describe, expect, it } from 'vitest';
import { layoutTimeline } from './layoutTimeline';
import { focusAt, hitTest, hitTestView, laneIndexAtY, moveFocus, segmentIndexAt, tickNear, laneBlocks, rangeOfBlocks } from './laneGeometry';
import { docsWithCauses, simulateGallery } from './testTraces';
import type { TimelineLane } from './timelineTypes';

/** Lanes of 28 px stacked from y = 26, like a layout's container lanes under the axis. */
function lanes(count: number): TimelineLane[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `container:c${i}`, kind: 'container', name: `c${i}`, displayName: `c${i}`, y: 26 + 28 * i, height: 28,
    barY: 29 + 28 * i, barHeight: 17, tickY: 47 + 28 * i, tickHeight: 6, segments: [], markers: [], ticks: [],
  }));
}

describe('laneBlocks and rangeOfBlocks', () => {
  it('cuts the lanes into blocks whose bands reach the overscan beyond their lanes, inside the content', () => {
    const all = lanes(150);
    const blocks = laneBlocks(all, 26 + 28 * 150, 20, 100);
    expect(blocks).toHaveLength(8);
    expect(blocks[0]).toEqual({ start: 0, end: 20, top: 0, height: 26 + 28 * 20 + 100 });
    expect(blocks[1]).toEqual({ start: 20, end: 40, top: 26 + 28 * 20 - 100, height: 28 * 20 + 200 });
    // The last block holds what is left and its band stops at the end of the content.
    expect(blocks[7]).toEqual({ start: 140, end: 150, top: 26 + 28 * 140 - 100, height: 28 * 10 + 100 });
  });

  it('draws from the first to the last block on screen, and nothing when none is', () => {
    const blocks = laneBlocks(lanes(150), 26 + 28 * 150, 20, 100);
    expect(rangeOfBlocks(blocks, new Set([3, 2]))).toEqual({ start: 40, end: 80 });
    expect(rangeOfBlocks(blocks, new Set([7]))).toEqual({ start: 140, end: 150 });
    expect(rangeOfBlocks(blocks, new Set())).toEqual({ start: 0, end: 0 });
    expect(rangeOfBlocks(blocks, new Set([99]))).toEqual({ start: 0, end: 0 });
  });
});

describe('laneIndexAtY', () => {
  it('finds the lane under a y and nothing outside the lanes', () => {
    const all = lanes(150);
    expect(laneIndexAtY(all, 26)).toBe(0);
    expect(laneIndexAtY(all, 26 + 28 * 77 + 27)).toBe(77);
    expect(laneIndexAtY(all, 10)).toBe(-1);
    expect(laneIndexAtY(all, 26 + 28 * 150)).toBe(-1);
  });
});

describe('segment lookups and keyboard moves', () => {
  const { trace, pod } = simulateGallery('crashloop-always');
  const layout = layoutTimeline(trace, pod, { width: 900 });
  const migrate = layout.lanes.findIndex((l) => l.id === 'container:migrate');
  const segments = layout.lanes[migrate]?.segments ?? [];

  it('finds the segment in force at t, including the horizon itself', () => {
    expect(segmentIndexAt(segments, 0)).toBe(0);
    const second = segments[1];
    expect(segmentIndexAt(segments, second?.t0 ?? -1)).toBe(1);
    expect(segmentIndexAt(segments, trace.horizon)).toBe(segments.length - 1);
    expect(segmentIndexAt(segments, trace.horizon + 1)).toBe(-1);
  });

  it('moves Left and Right between segments and Home and End to the ends, staying in range', () => {
    const start = { lane: migrate, segment: 0 };
    expect(moveFocus(layout, start, 'ArrowLeft')).toEqual(start);
    expect(moveFocus(layout, start, 'ArrowRight')).toEqual({ lane: migrate, segment: 1 });
    expect(moveFocus(layout, start, 'End')).toEqual({ lane: migrate, segment: segments.length - 1 });
    expect(moveFocus(layout, { lane: migrate, segment: 5 }, 'Home')).toEqual(start);
  });

  it('moves Up and Down to the segment at the same moment of the next lane', () => {
    const from = { lane: migrate, segment: segments.length - 1 };
    const down = moveFocus(layout, from, 'ArrowDown');
    expect(down).toEqual({ lane: migrate + 1, segment: 0 });
    expect(moveFocus(layout, { lane: 0, segment: 0 }, 'ArrowUp')).toEqual({ lane: 0, segment: 0 });
    expect(moveFocus(layout, { lane: layout.lanes.length - 1, segment: 0 }, 'ArrowDown')?.lane).toBe(layout.lanes.length - 1);
  });

  it('ignores keys it does not own', () => {
    expect(moveFocus(layout, { lane: 0, segment: 0 }, ' ')).toBeUndefined();
  });

  it('starts focus at the segment under the playhead', () => {
    const mid = segments[3];
    expect(focusAt(layout, migrate, mid?.t0 ?? 0)).toEqual({ lane: migrate, segment: 3 });
  });

  it('hit-tests labels, segments and ticks', () => {
    const lane = layout.lanes[migrate];
    if (!lane) throw new Error('no lane');
    expect(hitTest(layout, 10, lane.y + 5)).toEqual({ lane: migrate, kind: 'label' });
    const seg = segments[1];
    const midX = ((seg?.x0 ?? 0) + (seg?.x1 ?? 0)) / 2;
    expect(hitTest(layout, midX, lane.barY + lane.barHeight / 2)).toEqual({ lane: migrate, kind: 'segment', index: 1 });
    const tick = lane.ticks[0];
    expect(hitTest(layout, tick?.x ?? 0, lane.tickY + 2)).toEqual({ lane: migrate, kind: 'tick', index: 0 });
    expect(tickNear(lane.ticks, (tick?.x ?? 0) + 20, 4)).not.toBe(tick);
    expect(hitTest(layout, 500, 5)).toBeUndefined();
  });
});

describe('hitTestView', () => {
  const { trace, pod } = docsWithCauses();
  const layout = layoutTimeline(trace, pod, { width: 1200 });
  const markerY = layout.axisHeight + 8;

  it('finds a scenario marker in the sticky header whatever the scroll position', () => {
    const x = layout.scenarioMarkers[1]?.x ?? 0;
    expect(hitTestView(layout, x + 2, markerY, 0, 1200)).toEqual({ lane: -1, kind: 'scenario', index: 1 });
    expect(hitTestView(layout, x + 2, markerY, 400, 1200)).toEqual({ lane: -1, kind: 'scenario', index: 1 });
    expect(hitTestView(layout, x + 2, 10, 0, 1200)).toBeUndefined();
  });

  it('adds the scroll offset below the header and ignores the scrollbar', () => {
    const first = layout.lanes[0];
    const y = (first?.barY ?? 0) + 4;
    expect(hitTestView(layout, 600, y, 0, 1200)).toMatchObject({ lane: 0, kind: 'segment' });
    expect(hitTestView(layout, 600, y, 28, 1200)).toEqual(hitTest(layout, 600, y + 28));
    expect(hitTest(layout, 600, y + 28)?.lane).toBe(1);
    expect(hitTestView(layout, 1195, y, 0, 1190)).toBeUndefined();
  });
});
