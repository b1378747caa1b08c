// Turns the snapshot sequence into runs of equal values: a lane's segments are the stretches
// between the snapshots at which its value changes.
import type { Snapshot } from '../scenario/trace';
import { isBackoffWait, segmentClassName } from './segmentStyle';
import type { SegmentKind, SegmentStyle, TimelineSegment } from './timelineTypes';

/** Width of one character of the 11 px monospace label font, for fitting text without a DOM. */
export const labelCharWidth = 6.7;

/** Calls `emit` once per run of snapshots whose picked values are `same`; undefined values leave gaps. */
export function collectRuns<T, S extends Pick<Snapshot, 't'> = Snapshot>(
  snapshots: readonly S[],
  horizon: number,
  pick: (s: S) => T | undefined,
  same: (a: T, b: T) => boolean,
  emit: (value: T, t0: number, t1: number, index: number) => void,
): void {
  let current: T | undefined;
  let start = 0;
  let startIndex = 0;
  for (let i = 0; i < snapshots.length; i++) {
    const s = snapshots[i] as S;
    const value = pick(s);
    if (current !== undefined && value !== undefined && same(current, value)) continue;
    if (current !== undefined && s.t > start) emit(current, start, s.t, startIndex);
    current = value;
    start = s.t;
    startIndex = i;
  }
  if (current !== undefined && horizon > start) emit(current, start, horizon, startIndex);
}

/** What a lane knows about a segment before geometry is added. */
export interface SegmentInput {
  kind: SegmentKind;
  style: SegmentStyle;
  reason?: string;
  started?: boolean;
  ready?: boolean;
  restartCount?: number;
  gone?: boolean;
  /** The label, or candidates from longest to shortest: the first that fits is drawn. */
  labelText?: string | readonly string[];
  explanation: string;
}

/** The first label candidate that fits in `width` px (with 4 px padding each side). */
export function fittingLabel(label: string | readonly string[] | undefined, width: number): string | undefined {
  if (label === undefined) return undefined;
  if (typeof label === 'string') return label.length * labelCharWidth + 8 <= width ? label : undefined;
  for (const text of label) if (text.length * labelCharWidth + 8 <= width) return text;
  return undefined;
}

/** Segments narrower than this many pixels are drawn this wide (and taller), so a 0.2 s OOMKill between two long runs stays visible. */
export const minSegmentPx = 4;

/** Adds geometry, classes and a label that fits to a segment. */
export function createSegment(input: SegmentInput, t0: number, t1: number, x: (t: number) => number): TimelineSegment {
  const x0 = x(t0);
  const x1 = x(t1);
  const text = fittingLabel(input.labelText, x1 - x0);
  // One object literal with every field, so all segments share one shape.
  return {
    t0, t1, x0, x1,
    kind: input.kind,
    reason: input.reason,
    style: input.style,
    className: segmentClassName(input.style, input.gone),
    hatched: isBackoffWait(input.style),
    started: input.started,
    ready: input.ready,
    restartCount: input.restartCount,
    label: text,
    labelText: input.labelText,
    short: x1 - x0 < minSegmentPx,
    explanation: input.explanation,
  };
}

/** The segment placed in a window: x clamped to the plot [left, right], the label fitted again to what is visible. */
export function placeSegment(s: TimelineSegment, x: (t: number) => number, left: number, right: number): TimelineSegment {
  const x0 = Math.max(left, Math.min(right, x(s.t0)));
  const x1 = Math.max(left, Math.min(right, x(s.t1)));
  // A segment cut by the window's edge is not short: only its visible part is narrow.
  const whole = x(s.t1) - x(s.t0);
  // Every field written out in createSegment's order: one shape, whatever the input's (lanes read
  // back from JSON have no key for an undefined field).
  return {
    t0: s.t0, t1: s.t1, x0, x1,
    kind: s.kind,
    reason: s.reason,
    style: s.style,
    className: s.className,
    hatched: s.hatched,
    started: s.started,
    ready: s.ready,
    restartCount: s.restartCount,
    label: fittingLabel(s.labelText, x1 - x0),
    labelText: s.labelText,
    short: x1 > x0 && whole < minSegmentPx,
    explanation: s.explanation,
  };
}
