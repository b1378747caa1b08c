// The words of the tooltip and the live region for whatever is hovered or focused.
import { explainTick } from './eventTicks';
import type { TimelineTarget } from './laneGeometry';
import { formatDuration } from './timeAxis';
import type { TimelineLane, TimelineLayout } from './timelineTypes';

/** A tooltip: a short title line and the explanation. */
export interface TargetText {
  title: string;
  text: string;
}

const laneRoles: Record<string, string> = {
  pod: 'the pod: its phase and the STATUS column of kubectl get pod',
  condition: 'a pod condition, True or False over time',
  init: 'init container: runs to completion before the next container starts',
  sidecar: 'sidecar (init container with restartPolicy: Always): starts in order, then keeps running beside the app containers',
  app: 'app container: starts once every init container has completed and every sidecar has started',
};

function laneRole(lane: TimelineLane): string {
  return laneRoles[lane.containerKind ?? lane.kind] ?? '';
}

/** Title and text for a target, or undefined when it no longer exists in the layout. */
export function describeTarget(layout: TimelineLayout, target: TimelineTarget): TargetText | undefined {
  const lane = layout.lanes[target.lane];
  if (!lane) return undefined;
  if (target.kind === 'label') return { title: lane.name, text: laneRole(lane) };
  if (target.kind === 'segment') {
    const s = lane.segments[target.index];
    return s && { title: `${lane.name} · ${formatDuration(s.t0)} – ${formatDuration(s.t1)}`, text: s.explanation };
  }
  if (target.kind === 'tick') {
    const tick = lane.ticks[target.index];
    return tick && { title: `${lane.name} · ${tick.count === 1 ? 'event' : 'events'}`, text: explainTick(tick) };
  }
  const marker = lane.markers[target.index];
  return marker && { title: `${lane.name} · restart`, text: marker.explanation };
}
