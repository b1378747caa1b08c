// The marker row: one marker per Scenario document event (a Service applied, a container killed,
// the pod deleted…), each labelled in the room left before the next one.
import type { TraceScenarioEvent } from '../scenario/trace';
import { labelCharWidth } from './segmentRuns';
import { formatInstant } from './timeAxis';
import type { ScenarioMarker } from './timelineTypes';

/** Height of the marker row under the time axis. */
export const markerRowHeight = 22;

/** Gap between a marker and its label, and the least room worth a label (three characters). */
const labelGap = 7;
const minLabel = 3 * labelCharWidth;

/** The accessible name of a scenario event: its label, its time and whether it did anything. */
export function scenarioEventName(event: TraceScenarioEvent): string {
  return `${event.label} at ${formatInstant(event.t)}${event.applied ? '' : ' (no effect)'}`;
}

function cut(text: string, room: number): string | undefined {
  if (room < minLabel) return undefined;
  const fits = Math.floor(room / labelCharWidth);
  return text.length <= fits ? text : `${text.slice(0, Math.max(1, fits - 1))}…`;
}

/** Markers for the events within [from, to] (all by default), in time order, with labels that do not run into the next marker or past `plotRight`. */
export function buildScenarioMarkers(
  events: readonly TraceScenarioEvent[], x: (t: number) => number, plotLeft: number, plotRight: number, from = -Infinity, to = Infinity,
): ScenarioMarker[] {
  const order = events.map((e, index) => ({ e, index })).filter(({ e }) => e.t >= from && e.t <= to).sort((a, b) => a.e.t - b.e.t || a.index - b.index);
  const xs = order.map(({ e }) => x(e.t));
  let usedUntil = plotLeft;
  return order.map(({ e, index }, i) => {
    const mx = xs[i] as number;
    const next = xs[i + 1];
    const right = (next ?? plotRight) - labelGap;
    const wanted = e.label.length * labelCharWidth;
    let labelX = mx + labelGap;
    let labelAnchor: ScenarioMarker['labelAnchor'] = 'start';
    let room = right - labelX;
    // The last marker near the right edge labels to its left when there is more room there.
    const leftRoom = mx - labelGap - usedUntil;
    if (next === undefined && room < wanted && leftRoom > room) {
      labelX = mx - labelGap;
      labelAnchor = 'end';
      room = leftRoom;
    }
    const shownLabel = cut(e.label, room);
    if (shownLabel !== undefined && labelAnchor === 'start') usedUntil = labelX + shownLabel.length * labelCharWidth;
    else usedUntil = Math.max(usedUntil, mx + 4);
    const marker: ScenarioMarker = { index, t: e.t, x: mx, action: e.action, label: e.label, labelX, labelAnchor, name: scenarioEventName(e), applied: e.applied };
    if (shownLabel !== undefined) marker.shownLabel = shownLabel;
    return marker;
  });
}

/** The marker within `slop` px of x (the nearest), else the one whose drawn label spans x, or undefined. */
export function scenarioMarkerNear(markers: readonly ScenarioMarker[], x: number, slop = 6): ScenarioMarker | undefined {
  let best: ScenarioMarker | undefined;
  for (const m of markers) if (Math.abs(m.x - x) <= slop && (!best || Math.abs(m.x - x) < Math.abs(best.x - x))) best = m;
  if (best) return best;
  return markers.find((m) => {
    if (m.shownLabel === undefined) return false;
    const w = m.shownLabel.length * labelCharWidth;
    return m.labelAnchor === 'start' ? x >= m.labelX && x <= m.labelX + w : x <= m.labelX && x >= m.labelX - w;
  });
}
