import { describe, expect, it } from 'vitest';
import { causeKey, indexCauses, segmentCauses } from './causeIndex';
import { linkForSegment } from './causeLink';
import { layoutTimeline } from './layoutTimeline';
import { docsWithCauses } from './testTraces';

describe('indexCauses', () => {
  it('indexes causes by subject and time, keeps several per key and reuses the index for the same causes', () => {
    const { trace } = docsWithCauses();
    const first = indexCauses(trace.causes);
    const exit = trace.causes?.[0]?.t ?? 0;
    expect(first.causeIndex.get(causeKey('container:init-myservice', exit))).toEqual([0]);
    expect(first.causeIndex.get(causeKey('kubectl', exit))).toEqual([2]);
    expect(indexCauses(trace.causes).causeIndex).toBe(first.causeIndex);
    expect(indexCauses(undefined).causeIndex.size).toBe(0);
  });
});

describe('segmentCauses', () => {
  it('finds the cause with the lane\'s subject at the segment\'s start, and none elsewhere', () => {
    const { trace, pod } = docsWithCauses();
    const layout = layoutTimeline(trace, pod, { width: 1200 });
    const lane = layout.lanes.findIndex((l) => l.id === 'container:init-mydb');
    const segments = layout.lanes[lane]?.segments ?? [];
    const running = segments.findIndex((s) => s.kind === 'running');
    expect(segmentCauses(layout, lane, running)).toEqual([1]);
    expect(segmentCauses(layout, lane, 0)).toEqual([]);
  });
});

describe('linkForSegment', () => {
  const { trace, pod } = docsWithCauses();
  const layout = layoutTimeline(trace, pod, { width: 1200 });
  const laneOf = (id: string) => layout.lanes.findIndex((l) => l.id === id);

  it('links the previous init container\'s exit to the start of the next one, arriving from the left', () => {
    const mydb = laneOf('container:init-mydb');
    const myservice = laneOf('container:init-myservice');
    const running = layout.lanes[mydb]?.segments.findIndex((s) => s.kind === 'running') ?? -1;
    const link = linkForSegment(layout, mydb, running);
    const from = layout.lanes[myservice];
    const to = layout.lanes[mydb];
    expect(link?.source).toBe('container');
    expect(link?.sourceName).toBe('init-myservice');
    // From the change of init-myservice that the trigger's cause names, not the process exit a little earlier.
    expect(link?.from).toEqual({ x: Math.round(layout.x(trace.causes?.[0]?.t ?? 0) * 10) / 10, y: (from?.barY ?? 0) + (from?.barHeight ?? 0) / 2 });
    expect(link?.to.y).toBe((to?.barY ?? 0) + (to?.barHeight ?? 0) / 2);
    expect(link?.d.startsWith(`M${link.from.x} ${link.from.y}C`)).toBe(true);
    expect(link?.arrow).toMatch(/^M[\d.]+ [\d.]+l-6 -4v8z$/);
  });

  it('links a change set off by a scenario event to its marker in the row above the lanes', () => {
    const myservice = laneOf('container:init-myservice');
    const completed = layout.lanes[myservice]?.segments.findIndex((s) => s.kind === 'terminated') ?? -1;
    const link = linkForSegment(layout, myservice, completed);
    expect(link).toMatchObject({ source: 'scenario', sourceName: 'Service myservice created' });
    expect(link?.from.x).toBe(Math.round(layout.x(20000) * 10) / 10);
    expect(link?.from.y).toBeLessThan(layout.headerHeight);
  });

  it('draws nothing for a segment without a cause that names a trigger', () => {
    expect(linkForSegment(layout, laneOf('container:myapp-container'), 0)).toBeUndefined();
    expect(linkForSegment(layout, 99, 0)).toBeUndefined();
  });
});
