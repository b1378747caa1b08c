// The geometry the timeline draws: plain data plus the time scale, no React or DOM, so the
// browser component, the static SVG export and the tests all share one layout.
import type { ContainerKind } from '../engine/manifest/model';
import type { ConditionType, TraceCause, TraceEvent, TraceScenarioEvent } from '../scenario/trace';

/** Every segment style, so the legend and the theme can be checked to cover them all. */
export const segmentStyles = [
  'pod-initializing', 'creating', 'waiting', 'backoff', 'image-pull', 'image-pull-backoff', 'config-error',
  'running', 'running-unready', 'running-starting', 'completed', 'error', 'oomkilled', 'terminated',
  'phase-pending', 'phase-running', 'phase-running-unready', 'phase-running-completed', 'phase-terminating',
  'phase-succeeded', 'phase-failed', 'phase-unknown',
  'cond-true', 'cond-false',
] as const;

/** How a segment is coloured; each value is a CSS modifier `tl-seg--<style>`. */
export type SegmentStyle = (typeof segmentStyles)[number];

/** What a segment shows: a container state, a pod phase or a condition status. */
export type SegmentKind = 'waiting' | 'running' | 'terminated' | 'phase' | 'condition';

/** One stretch of time during which a lane's state does not change. */
export interface TimelineSegment {
  t0: number;
  t1: number;
  x0: number;
  x1: number;
  kind: SegmentKind;
  /** The kubelet's reason (`CrashLoopBackOff`, `Completed`…), the phase, or `True`/`False`. */
  reason?: string;
  style: SegmentStyle;
  /** Space-separated CSS classes; built only from fixed words, never from scenario text. */
  className: string;
  /** Back-off waits are drawn hatched. */
  hatched: boolean;
  started?: boolean;
  ready?: boolean;
  restartCount?: number;
  /** Short text drawn inside the segment when it fits, otherwise undefined. */
  label?: string;
  /** The label candidates, longest first, so another zoom can fit them again. */
  labelText?: string | readonly string[];
  /** Narrower than `minSegmentPx` in the window: drawn wider and taller, and easier to point at. */
  short: boolean;
  /** One sentence taken from the trace, for the tooltip and screen readers. */
  explanation: string;
}

/** A point where a container restarted. */
export interface RestartMarker {
  t: number;
  x: number;
  restartCount: number;
  explanation: string;
}

/** One or more events of a lane that fall within a few pixels; explained on demand by `explainTick`. */
export interface EventTick {
  t: number;
  /** Time of the last merged event. */
  tLast: number;
  x: number;
  type: 'Normal' | 'Warning';
  count: number;
  /** The first merged event. */
  first: TraceEvent;
  /** Distinct reasons of the merged events, in order of appearance. */
  reasons: string[];
}

/** A Scenario document event (Service applied, container killed…) in the marker row above the lanes. */
export interface ScenarioMarker {
  /** Index in `Trace.scenarioEvents`. */
  index: number;
  t: number;
  x: number;
  action: TraceScenarioEvent['action'];
  /** The event's own words: "Service myservice created". */
  label: string;
  /** The label as drawn: cut to the room before the next marker, or undefined when none is left. */
  shownLabel?: string;
  /** Where the drawn label starts, and whether it ends there instead (near the right edge). */
  labelX: number;
  labelAnchor: 'start' | 'end';
  /** Accessible name and tooltip title: "Service myservice created at 0:20.0". */
  name: string;
  /** False when the event had no effect (e.g. the container was not running). */
  applied: boolean;
}

/** Which row a lane is. */
export type LaneKind = 'pod' | 'condition' | 'container';

/** One row of the timeline. */
export interface TimelineLane {
  /** Stable key: `pod`, `condition:<type>` or `container:<name>`. */
  id: string;
  kind: LaneKind;
  containerKind?: ContainerKind;
  condition?: ConditionType;
  /** Full label (container or pod name, condition type). */
  name: string;
  /** `pod`, `init`, `sidecar`, `app`; conditions have none. */
  badge?: string;
  /** `name` cut to the label column, with an ellipsis when cut. */
  displayName: string;
  y: number;
  height: number;
  /** Vertical extent of the segment bars. */
  barY: number;
  barHeight: number;
  /** Vertical extent of the event ticks, under the bars. */
  tickY: number;
  tickHeight: number;
  segments: TimelineSegment[];
  markers: RestartMarker[];
  ticks: EventTick[];
}

/** One labelled tick of the time axis. */
export interface AxisTick {
  t: number;
  x: number;
  label: string;
}

/** An axis label placed so it fits: at its tick's x, centred, or starting or ending there. */
export interface AxisLabel {
  x: number;
  anchor: 'start' | 'middle' | 'end';
  text: string;
}

/** Everything needed to draw a trace, for one width and one window of time. */
export interface TimelineLayout {
  width: number;
  /** The visible window in simulated ms: `x(from)` is the plot's left edge, `x(to)` its right edge. */
  from: number;
  to: number;
  /** Right edge of the plot (the left edge is `labelWidth`). */
  plotRight: number;
  /** Total height: axis, marker row and lanes. */
  height: number;
  labelWidth: number;
  axisHeight: number;
  /** The sticky header (axis plus the scenario marker row); lanes start here. */
  headerHeight: number;
  /** Scenario events in the marker row between `axisHeight` and `headerHeight` (empty: no row). */
  scenarioMarkers: ScenarioMarker[];
  /** The trace's causes (empty for traces without them) and their index by `subject@t`, built when first read (a hover, a focus). */
  causes: LayoutCauses;
  horizon: number;
  /** Badges shortened to one letter because the label column is narrow. */
  compact: boolean;
  /** Where the badge and the name sit inside the label column. */
  badgeX: number;
  badgeWidth: number;
  nameX: number;
  lanes: TimelineLane[];
  ticks: AxisTick[];
  /** The ticks' labels that fit, placed inside the axis (none clipped at an edge). */
  axisLabels: AxisLabel[];
  /** Shared by every layout of one trace and pod (at any width or window), whose lane and segment indexes are therefore the same. */
  traceKey: object;
  /** Simulated ms to x (outside the window, x lies beyond the plot's edges). */
  x: (t: number) => number;
  /** x to simulated ms, clamped to the window, for seeking. */
  tFromX: (x: number) => number;
}

/** A trace's causes as the layout offers them: read on demand, so a layout costs nothing for them until a segment is explained. */
export interface LayoutCauses {
  readonly list: readonly TraceCause[];
  readonly index: ReadonlyMap<string, readonly number[]>;
}

/** Options of `layoutTimeline`. */
export interface TimelineLayoutOptions {
  width: number;
  /** The window of time to show, in simulated ms; the whole trace when absent. Clamped to the trace. */
  window?: { from: number; to: number };
  laneHeight?: number;
  labelWidth?: number;
}
