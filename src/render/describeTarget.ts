// The words of the tooltip and the live region for whatever is hovered, focused or pinned: the
// recorded cause where the trace has one, else a sentence built from the snapshots.
import { causeDetail, causeLines, linesToSentence, type ExplanationLine } from './causeText';
import { causeKey, laneSubjects, segmentCauses } from './causeIndex';
import { explainTick } from './eventTicks';
import type { TimelineTarget } from './laneGeometry';
import { formatInstant } from './timeAxis';
import type { TimelineLane, TimelineLayout } from './timelineTypes';

/** A tooltip: a short title line, the explanation as one text, and optionally its lines and the kubelet's words. */
export interface TargetText {
  title: string;
  /** Everything as one text, for screen readers and for traces without causes. */
  text: string;
  /** The recorded cause, line by line, when there is one. */
  lines?: ExplanationLine[];
  /** The raw kubelet message and upstream source, for a muted second line. */
  detail?: string;
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

function withCauses(layout: TimelineLayout, title: string, indexes: readonly number[], fallback: string): TargetText {
  const lines = causeLines(layout.causes.list, indexes);
  if (lines.length === 0) return { title, text: fallback };
  const out: TargetText = { title, text: linesToSentence(lines), lines };
  const detail = causeDetail(layout.causes.list[indexes[0] ?? -1]);
  if (detail !== undefined) out.detail = detail;
  return out;
}

/** What a scenario event set off: the changes whose trigger names it. */
function describeScenario(layout: TimelineLayout, index: number): TargetText | undefined {
  const marker = layout.scenarioMarkers[index];
  if (!marker) return undefined;
  const lines: ExplanationLine[] = [{ kind: 'change', lead: '', text: marker.applied ? marker.label : `${marker.label}: it had no effect` }];
  const effects = layout.causes.list.filter((c) => c.trigger.scenarioEvent === marker.index);
  for (const c of effects.slice(0, 3)) lines.push({ kind: 'next', lead: `At ${formatInstant(c.t)}`, text: c.change });
  if (effects.length > 3) lines.push({ kind: 'also', lead: 'And', text: `${effects.length - 3} more changes` });
  return { title: marker.name, text: linesToSentence(lines), lines };
}

/** Title and text for a target, or undefined when it no longer exists in the layout. */
export function describeTarget(layout: TimelineLayout, target: TimelineTarget): TargetText | undefined {
  if (target.kind === 'scenario') return describeScenario(layout, target.index);
  const lane = layout.lanes[target.lane];
  if (!lane) return undefined;
  if (target.kind === 'label') return { title: lane.name, text: laneRole(lane) };
  if (target.kind === 'segment') {
    const s = lane.segments[target.index];
    if (!s) return undefined;
    // A segment too narrow for its label (a short one, or any at this zoom) names it in the title.
    const hidden = s.label === undefined ? (typeof s.labelText === 'string' ? s.labelText : s.labelText?.[0]) : undefined;
    const title = `${lane.name} · ${hidden ? `${hidden} · ` : ''}${formatInstant(s.t0)} – ${formatInstant(s.t1)}`;
    return withCauses(layout, title, segmentCauses(layout, target.lane, target.index), s.explanation);
  }
  if (target.kind === 'tick') {
    const tick = lane.ticks[target.index];
    return tick && { title: `${lane.name} · ${tick.count === 1 ? 'event' : 'events'}`, text: explainTick(tick) };
  }
  const marker = lane.markers[target.index];
  if (!marker) return undefined;
  const indexes = laneSubjects(lane).flatMap((subject) => layout.causes.index.get(causeKey(subject, marker.t)) ?? []);
  return withCauses(layout, `${lane.name} · restart`, indexes, marker.explanation);
}
