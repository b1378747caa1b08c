// The timeline's lanes in time, prepared where the trace is made: for a large timeline
// (`largeTimelineAfter`) the simulation worker walks the trace once (`prepareTimeline`) and sends
// the lanes with it; the page keeps them for that trace,
// so a large pod's result does not cost the page's main thread a walk over its snapshots. The lanes
// cross as one JSON text (a string is copied whole, and parsing it costs the page a third of what
// reading the same objects from a structured clone does), the event lanes as a moved buffer.
import { openTrace, readerOf } from '../engine/compact/reader';
import type { EncodedAnalysis } from '../engine/worker/protocol';
import type { AnalysisResult } from '../engine/simulate';
import { isRejection } from '../scenario/trace';
import { laneCountOf, largeTimelineAfter } from './laneGeometry';
import { keepPreparedTimeline, prepareTimeline, type PreparedLane, type PreparedTimeline } from './prepareTimeline';

/** In the worker: adds the prepared lanes to a result of a large timeline about to be posted; returns the buffers to transfer with them. */
export function addPreparedViews(payload: EncodedAnalysis, after = largeTimelineAfter): ArrayBuffer[] {
  const { result, model } = payload;
  // A smaller timeline is prepared faster on the page than it would cross as lanes.
  if (!model || 'rejected' in result || laneCountOf(model.pod) <= after) return [];
  try {
    const prepared = prepareTimeline(openTrace(result), model.pod);
    const views: PreparedViews = { lanes: JSON.stringify(prepared.lanes, finiteOnly), eventLanes: prepared.eventLanes };
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
  let lanes: unknown;
  try {
    lanes = JSON.parse(text);
  } catch {
    return;
  }
  if (!areLanes(lanes) || lanes.length !== laneCountOf(model.pod)) return;
  keepPreparedTimeline(result, model.pod, { lanes, eventLanes });
}

/** The prepared lanes as they cross: their JSON text, and the lane of each event. */
interface PreparedViews {
  lanes: string;
  eventLanes: Int32Array;
}

function areLanes(value: unknown): value is PreparedTimeline['lanes'] {
  return Array.isArray(value) && value.every((l) => typeof l === 'object' && l !== null && Array.isArray((l as PreparedLane).segments) && Array.isArray((l as PreparedLane).markers));
}
