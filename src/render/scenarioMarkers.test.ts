import { describe, expect, it } from 'vitest';
import type { TraceScenarioEvent } from '../scenario/trace';
import { layoutTimeline } from './layoutTimeline';
import { markerRowHeight, buildScenarioMarkers, scenarioEventName, scenarioMarkerNear } from './scenarioMarkers';
import { labelCharWidth } from './segmentRuns';
import { docsWithCauses } from './testTraces';

const event = (t: number, label: string, applied = true): TraceScenarioEvent => ({ t, action: 'apply', target: `Service/${label}`, label, applied });
const x = (t: number) => 100 + t / 100;

describe('scenarioEventName', () => {
  it('names an event by its label and clock time, and says when it had no effect', () => {
    expect(scenarioEventName(event(20000, 'Service myservice created'))).toBe('Service myservice created at 0:20.0');
    expect(scenarioEventName({ ...event(90000, 'kill app'), action: 'kill', applied: false })).toBe('kill app at 1:30.0 (no effect)');
  });
});

describe('buildScenarioMarkers', () => {
  it('labels each marker in full when there is room before the next one', () => {
    const markers = buildScenarioMarkers([event(0, 'a'), event(50000, 'bb')], x, 100, 1000);
    expect(markers.map((m) => [m.x, m.shownLabel, m.labelAnchor])).toEqual([[100, 'a', 'start'], [600, 'bb', 'start']]);
    const wide = buildScenarioMarkers([event(0, 'Service a created'), event(50000, 'Service b created')], x, 100, 1000);
    expect(wide.map((m) => m.shownLabel)).toEqual(['Service a created', 'Service b created']);
  });

  it('cuts a label that would run into the next marker, and drops it when under three characters fit', () => {
    const markers = buildScenarioMarkers([event(0, 'Service myservice created'), event(8000, 'Service mydb created'), event(8100, 'x deleted')], x, 100, 1000);
    const first = markers[0];
    expect(first?.shownLabel?.endsWith('…')).toBe(true);
    expect((first?.labelX ?? 0) + (first?.shownLabel?.length ?? 0) * labelCharWidth).toBeLessThanOrEqual(180 - 7);
    expect(markers[1]?.shownLabel).toBeUndefined();
    expect(markers[2]?.shownLabel).toBe('x deleted');
  });

  it('labels the last marker to its left when it sits near the right edge', () => {
    const markers = buildScenarioMarkers([event(88000, 'Service mydb created')], x, 100, 1000);
    expect(markers[0]).toMatchObject({ labelAnchor: 'end', labelX: 980 - 7, shownLabel: 'Service mydb created' });
  });

  it('keeps the index into the trace and sorts by time', () => {
    const markers = buildScenarioMarkers([event(30000, 'late'), event(10000, 'early')], x, 100, 1000);
    expect(markers.map((m) => [m.index, m.label])).toEqual([[1, 'early'], [0, 'late']]);
  });
});

describe('scenarioMarkerNear', () => {
  const markers = buildScenarioMarkers([event(20000, 'Service myservice created'), event(40000, 'Service mydb created')], x, 100, 1000);

  it('finds the nearest marker within a few pixels, or the one whose label is under the point', () => {
    expect(scenarioMarkerNear(markers, 303)?.index).toBe(0);
    expect(scenarioMarkerNear(markers, 360)?.index).toBe(0);
    expect(scenarioMarkerNear(markers, 520)?.index).toBe(1);
    expect(scenarioMarkerNear(markers, 150)).toBeUndefined();
  });
});

describe('layoutTimeline with scenario events', () => {
  it('adds the marker row under the axis and starts the lanes below it', () => {
    const { trace, pod } = docsWithCauses();
    const layout = layoutTimeline(trace, pod, { width: 1000 });
    expect(layout.headerHeight).toBe(layout.axisHeight + markerRowHeight);
    expect(layout.lanes[0]?.y).toBe(layout.headerHeight);
    expect(layout.scenarioMarkers.map((m) => [m.name, Math.round(m.x)])).toEqual([
      ['Service myservice created at 0:20.0', Math.round(layout.x(20000))],
      ['Service mydb created at 0:40.0', Math.round(layout.x(40000))],
    ]);
  });
});
