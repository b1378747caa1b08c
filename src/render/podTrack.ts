// The pod lane (phase and `kubectl get pod` STATUS) and the five condition lanes.
import { conditionTypes, type ConditionType, type PodLevel } from '../scenario/trace';
import { explainCondition, explainPod } from './explain';
import { collectRuns, createSegment } from './segmentRuns';
import { podLabels, podStyle } from './segmentStyle';
import type { TimelineSegment } from './timelineTypes';

/** Condition lanes, in `kubectl describe`'s order (the trace's conditionDetails order), so the timeline and describe read alike. */
export const conditionLaneOrder: readonly ConditionType[] = conditionTypes;

const samePod = (a: PodLevel, b: PodLevel) =>
  a.phase === b.phase && a.kubectl.status === b.kubectl.status && a.kubectl.ready === b.kubectl.ready
  && a.conditions.Ready === b.conditions.Ready && a.reason === b.reason && a.deletionTimestamp === b.deletionTimestamp && a.deleted === b.deleted;

/** Segments of the pod lane: a new one whenever the phase or the printed STATUS changes. */
export function buildPodSegments(snapshots: readonly PodLevel[], horizon: number, x: (t: number) => number): TimelineSegment[] {
  const segments: TimelineSegment[] = [];
  collectRuns(snapshots, horizon, (s) => s, samePod, (s, t0, t1) => {
    segments.push(createSegment({
      kind: 'phase',
      style: podStyle(s),
      reason: s.phase,
      gone: s.deleted === true,
      labelText: podLabels(s),
      explanation: explainPod(s),
    }, t0, t1, x));
  });
  return segments;
}

/** Segments of one condition lane: true and false bands. */
export function buildConditionSegments(snapshots: readonly PodLevel[], type: ConditionType, horizon: number, x: (t: number) => number): TimelineSegment[] {
  const segments: TimelineSegment[] = [];
  collectRuns(snapshots, horizon, (s) => s.conditions[type], (a, b) => a === b, (status, t0, t1, index) => {
    const detail = snapshots[index]?.conditionDetails?.find((d) => d.type === type);
    segments.push(createSegment({
      kind: 'condition',
      style: status ? 'cond-true' : 'cond-false',
      reason: status ? 'True' : 'False',
      explanation: explainCondition(type, status, detail, t0),
    }, t0, t1, x));
  });
  return segments;
}
