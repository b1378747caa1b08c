import { describe, expect, it } from 'vitest';
import { describeTarget } from './describeTarget';
import { layoutTimeline } from './layoutTimeline';
import { simulateGallery } from './testTraces';

describe('describeTarget', () => {
  const { trace, pod } = simulateGallery('crashloop-always');
  const layout = layoutTimeline(trace, pod, { width: 2000 });
  const migrate = layout.lanes.findIndex((l) => l.id === 'container:migrate');

  it('titles a segment with its lane and time range and explains it', () => {
    const segment = layout.lanes[migrate]?.segments[0];
    expect(describeTarget(layout, { lane: migrate, kind: 'segment', index: 0 })).toEqual({
      title: `migrate · 0s – ${segment ? `${segment.t1 / 1000}s` : ''}`,
      text: segment?.explanation,
    });
  });

  it('says what kind of container a label is', () => {
    expect(describeTarget(layout, { lane: migrate, kind: 'label' })?.text).toMatch(/^init container: /);
  });

  it('explains a single event tick with its time, type, reason and message', () => {
    expect(describeTarget(layout, { lane: 0, kind: 'tick', index: 0 })).toEqual({
      title: `${trace.pod} · event`,
      text: `0s Normal Scheduled: Successfully assigned default/${trace.pod} to node-1`,
    });
  });

  it('returns nothing for a target that is gone from a new layout', () => {
    expect(describeTarget(layout, { lane: 99, kind: 'segment', index: 0 })).toBeUndefined();
  });
});
