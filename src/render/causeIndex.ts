// Finds the recorded cause of the change that began a segment: the cause with the lane's subject
// and the segment's start time. The index is built once per trace, never per frame.
import type { CauseSubject, Trace, TraceCause } from '../scenario/trace';
import type { LayoutCauses, TimelineLane, TimelineLayout } from './timelineTypes';

/** The key of a cause in the index: subject and time. */
export function causeKey(subject: CauseSubject | string, t: number): string {
  return `${subject}@${t}`;
}

const cache = new WeakMap<readonly TraceCause[], ReadonlyMap<string, readonly number[]>>();
const noCauses: readonly TraceCause[] = [];
const emptyIndex: ReadonlyMap<string, readonly number[]> = new Map();

/** Indexes causes by `subject@t` (several causes may share one); cached per causes array, so a new width reuses it. */
export function indexCauses(causes: readonly TraceCause[] | undefined): { causes: readonly TraceCause[]; causeIndex: ReadonlyMap<string, readonly number[]> } {
  if (!causes || causes.length === 0) return { causes: noCauses, causeIndex: emptyIndex };
  let index = cache.get(causes);
  if (!index) {
    const map = new Map<string, number[]>();
    causes.forEach((c, i) => {
      const key = causeKey(c.subject, c.t);
      const list = map.get(key);
      if (list) list.push(i);
      else map.set(key, [i]);
    });
    index = map;
    cache.set(causes, index);
  }
  return { causes, causeIndex: index };
}

/** The causes of a trace for a layout: the list and its index are built when first read, then kept. */
export function layoutCauses(trace: Pick<Trace, 'causes'>): LayoutCauses {
  let built: ReturnType<typeof indexCauses> | undefined;
  const get = () => (built ??= indexCauses(trace.causes));
  return {
    get list() { return get().causes; },
    get index() { return get().causeIndex; },
  };
}

// The pod lane shows kubectl's STATUS and the phase: a STATUS cause says more, so it comes first.
const podSubjects: readonly CauseSubject[] = ['kubectl', 'pod'];

/** The subjects whose causes explain a lane's segments. */
export function laneSubjects(lane: TimelineLane): readonly string[] {
  return lane.kind === 'pod' ? podSubjects : [lane.id];
}

/** Indexes (into `layout.causes`) of the causes of the change that began a segment; empty when none was recorded. */
export function segmentCauses(layout: TimelineLayout, laneIndex: number, segmentIndex: number): readonly number[] {
  const lane = layout.lanes[laneIndex];
  const segment = lane?.segments[segmentIndex];
  if (!lane || !segment || layout.causes.index.size === 0) return [];
  const found: number[] = [];
  for (const subject of laneSubjects(lane)) found.push(...(layout.causes.index.get(causeKey(subject, segment.t0)) ?? []));
  return found;
}

/** The lane a cause's subject is drawn in (kubectl and pod causes share the pod lane), or -1. */
export function laneOfSubject(layout: TimelineLayout, subject: string): number {
  const id = subject === 'kubectl' ? 'pod' : subject;
  return layout.lanes.findIndex((l) => l.id === id);
}
