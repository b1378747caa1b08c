import { describe, expect, it } from 'vitest';
import { layoutTimeline } from '../../render/layoutTimeline';
import { simulateText } from '../../render/testTraces';
import { docsExampleYaml } from '../../scenario/docsExample';
import { keepLaneIdentity, sameLaneFrame } from './laneIdentity';

const layoutOf = (yaml: string, width = 900) => {
  const { trace, pod } = simulateText(yaml);
  return layoutTimeline(trace, pod, { width });
};

describe('keepLaneIdentity', () => {
  it('keeps the lane objects of an edit that changes nothing they draw', () => {
    const before = layoutOf(docsExampleYaml);
    const after = keepLaneIdentity(layoutOf(docsExampleYaml), before);
    expect(after.lanes.every((lane, i) => lane === before.lanes[i])).toBe(true);
  });

  it('replaces only the lanes an edit changes', () => {
    const before = layoutOf(docsExampleYaml);
    // init-mydb polls every 3 s instead of 2: its lane and the ones after it change, init-myservice's does not.
    const edited = docsExampleYaml.replace('echo waiting for mydb; sleep 2', 'echo waiting for mydb; sleep 3');
    const next = layoutOf(edited);
    const after = keepLaneIdentity(next, before);
    const kept = after.lanes.filter((lane) => before.lanes.includes(lane)).map((lane) => lane.id);
    expect(kept).toContain('container:init-myservice');
    expect(kept.length).toBeLessThan(after.lanes.length);
    expect(after.lanes.length).toBe(next.lanes.length);
    expect(after.lanes.map((l) => l.id)).toEqual(next.lanes.map((l) => l.id));
  });

  it('keeps nothing at another width, where every lane is placed anew', () => {
    const before = layoutOf(docsExampleYaml, 900);
    const next = layoutOf(docsExampleYaml, 700);
    expect(keepLaneIdentity(next, before)).toBe(next);
    expect(sameLaneFrame(before, next)).toBe(false);
  });
});
