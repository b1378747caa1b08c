// The timeline's lanes in time, prepared where the trace is made: for a large timeline
// (`largeTimelineAfter`) the simulation worker walks the trace once (`prepareTimeline`) and sends
// the lanes with it; the page keeps them for that trace, so a large pod's result does not cost the
// page's main thread a walk over its snapshots.
//
// The lanes cross as one JSON text (a string is copied whole; reading objects out of a structured
// clone costs the page more), packed: a segment is its two times, the index of its look (every
// field but times and explanation, stored once per distinct look) and the index of its explanation.
// A pod of 500 containers packs to a quarter of its lanes' plain JSON, one of 499 init
// containers to two fifths. The event lanes cross as a
// moved buffer.
import { openTrace, readerOf } from '../engine/compact/reader';
import type { EncodedAnalysis } from '../engine/worker/protocol';
import type { AnalysisResult } from '../engine/simulate';
import { isRejection } from '../scenario/trace';
import { laneCountOf, largeTimelineAfter } from './laneGeometry';
import { keepPreparedTimeline, prepareTimeline, type PreparedLane, type PreparedTimeline } from './prepareTimeline';
import type { TimelineSegment } from './timelineTypes';

/** What a segment looks like, apart from where it is and its sentence. */
type Look = Omit<TimelineSegment, 't0' | 't1' | 'x0' | 'x1' | 'explanation'>;

/** A lane as it crosses: its segments as `[t0, t1, look, text]` quadruples, one flat list. */
type PackedLane = Omit<PreparedLane, 'segments'> & { segments: number[] };

interface Packed {
  lanes: PackedLane[];
  looks: Look[];
  texts: string[];
}

/** The prepared lanes as they cross: their packed JSON text, and the lane of each event. */
interface PreparedViews {
  lanes: string;
  eventLanes: Int32Array;
}

function pack(lanes: readonly PreparedLane[]): Packed {
  const looks: Look[] = [];
  const lookIndex = new Map<string, number>();
  const texts: string[] = [];
  const textIndex = new Map<string, number>();
  const intern = <T>(list: T[], index: Map<string, number>, key: string, value: T) => {
    let i = index.get(key);
    if (i === undefined) {
      i = list.push(value) - 1;
      index.set(key, i);
    }
    return i;
  };
  const packed = lanes.map((lane) => {
    const segments: number[] = [];
    for (const s of lane.segments) {
      // Prepared segments are in time (x = t); anything else is not packed.
      if (s.x0 !== s.t0 || s.x1 !== s.t1) throw new RangeError('a segment placed already');
      const { t0, t1, x0: _x0, x1: _x1, explanation, ...look } = s;
      segments.push(t0, t1, intern(looks, lookIndex, JSON.stringify(look), look), intern(texts, textIndex, explanation, explanation));
    }
    return { ...lane, segments };
  });
  return { lanes: packed, looks, texts };
}

/** The lanes back from `pack`, every segment with createSegment's fields in its order (one shape); undefined when the text is not packed lanes. */
function unpack(value: unknown): PreparedLane[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { lanes, looks, texts } = value as Partial<Packed>;
  if (!Array.isArray(lanes) || !Array.isArray(looks) || !Array.isArray(texts)) return undefined;
  const out: PreparedLane[] = [];
  for (const lane of lanes as unknown[]) {
    if (typeof lane !== 'object' || lane === null) return undefined;
    const { segments: flat, markers } = lane as Partial<PackedLane>;
    if (!Array.isArray(flat) || flat.length % 4 !== 0 || !Array.isArray(markers)) return undefined;
    const segments: TimelineSegment[] = [];
    for (let i = 0; i < flat.length; i += 4) {
      const t0 = flat[i] as number;
      const t1 = flat[i + 1] as number;
      const look = looks[flat[i + 2] as number] as Look | undefined;
      const explanation = texts[flat[i + 3] as number];
      if (typeof t0 !== 'number' || typeof t1 !== 'number' || typeof look !== 'object' || look === null || typeof explanation !== 'string') return undefined;
      segments.push({
        t0, t1, x0: t0, x1: t1,
        kind: look.kind,
        reason: look.reason,
        style: look.style,
        className: look.className,
        hatched: look.hatched,
        started: look.started,
        ready: look.ready,
        restartCount: look.restartCount,
        label: look.label,
        labelText: look.labelText,
        short: look.short,
        explanation,
      });
    }
    out.push({ ...(lane as PackedLane), segments });
  }
  return out;
}

/** In the worker: adds the prepared lanes to a result of a large timeline about to be posted; returns the buffers to transfer with them. */
export function addPreparedViews(payload: EncodedAnalysis, after = largeTimelineAfter): ArrayBuffer[] {
  const { result, model } = payload;
  // A smaller timeline is prepared faster on the page than it would cross as lanes.
  if (!model || 'rejected' in result || laneCountOf(model.pod) <= after) return [];
  try {
    const prepared = prepareTimeline(openTrace(result), model.pod);
    const views: PreparedViews = { lanes: JSON.stringify(pack(prepared.lanes), finiteOnly), eventLanes: prepared.eventLanes };
    payload.views = views;
    const lanes = prepared.eventLanes;
    // Its own buffer is moved, not copied; a view into a larger one is copied with the message.
    return lanes.byteOffset === 0 && lanes.byteLength === lanes.buffer.byteLength && lanes.buffer instanceof ArrayBuffer ? [lanes.buffer] : [];
  } catch {
    // The page prepares the lanes itself.
    return [];
  }
}

/** JSON has no Infinity or NaN (it would write null): lanes holding one are prepared by the page instead. */
function finiteOnly(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('not a finite number');
  return value;
}

/** On the page: keeps the lanes the worker prepared for this result's trace, when they fit it (one lane per container, one lane index per event). */
export function keepPreparedViews(analysis: AnalysisResult, views: unknown): void {
  const { result, model } = analysis;
  if (!model || isRejection(result) || typeof views !== 'object' || views === null) return;
  const { lanes: text, eventLanes } = views as Partial<PreparedViews>;
  if (typeof text !== 'string' || !(eventLanes instanceof Int32Array)) return;
  const events = readerOf(result)?.events?.count ?? result.events.length;
  if (eventLanes.length !== events) return;
  let lanes: PreparedLane[] | undefined;
  try {
    lanes = unpack(JSON.parse(text));
  } catch {
    return;
  }
  if (!lanes || lanes.length !== laneCountOf(model.pod)) return;
  const kept: PreparedTimeline = { lanes, eventLanes };
  keepPreparedTimeline(result, model.pod, kept);
}
