// The overview strip under the lanes: the whole trace in miniature (the pod lane and the first
// container lanes as thin bands), and where the visible window lies in it. Built once per trace
// and width; zooming only moves the window's frame.
import type { PodSpecModel } from '../engine/manifest/model';
import type { Trace } from '../scenario/trace';
import { prepareTimeline } from './prepareTimeline';
import { node, type SvgNode } from './svgScene';
import { formatInstant } from './timeAxis';
import type { TimeWindow } from './timeWindow';

/** Height of the overview strip's drawing. */
export const overviewHeight = 22;

/** Container lanes drawn in the overview at most; more would be thinner than a pixel. */
const maxContainerRows = 6;

/** The miniature of a trace over `width` px: one band for the pod, thinner ones for the first containers. */
export function sceneOverview(trace: Trace, pod: PodSpecModel, width: number): SvgNode[] {
  const { lanes } = prepareTimeline(trace, pod);
  const scale = width / Math.max(1, trace.horizon);
  const containers = lanes.filter((l) => l.kind === 'container').slice(0, maxContainerRows);
  const podHeight = 7;
  const rowHeight = containers.length ? Math.min(5, (overviewHeight - podHeight - 3) / containers.length) : 0;
  const rows = [{ lane: lanes[0], y: 1, height: podHeight }, ...containers.map((lane, i) => ({ lane, y: podHeight + 2 + i * rowHeight, height: Math.max(1, rowHeight - 0.5) }))];
  // One path per style: a pod of 500 STATUS changes is a few elements, not hundreds of rects.
  const paths = new Map<string, string[]>();
  for (const { lane, y, height } of rows) {
    if (!lane) continue;
    let lastEnd = -1;
    const top = Math.round(y * 10) / 10;
    const h = Math.round(height * 10) / 10;
    for (const s of lane.segments) {
      const x0 = Math.round(s.t0 * scale * 10) / 10;
      const x1 = Math.round(s.t1 * scale * 10) / 10;
      // Segments that fall inside the pixel already drawn add nothing at this size.
      if (x1 <= lastEnd) continue;
      lastEnd = Math.max(x1, x0 + 1);
      const w = Math.max(1, Math.round((x1 - x0) * 10) / 10);
      let d = paths.get(s.className);
      if (!d) paths.set(s.className, (d = []));
      d.push(`M${x0} ${top}h${w}v${h}h${-w}z`);
    }
  }
  const nodes: SvgNode[] = [node('rect', { class: 'tl-overview-bg', x: 0, y: 0, width, height: overviewHeight })];
  for (const [className, d] of paths) nodes.push(node('path', { class: className, d: d.join('') }));
  return nodes;
}

/** Where the window's frame sits in an overview `width` px wide: its left edge and width (at least 6 px, so it can be grabbed). */
export function overviewFrame(window: TimeWindow, horizon: number, width: number): { x: number; width: number } {
  const scale = width / Math.max(1, horizon);
  const w = Math.max(6, (window.to - window.from) * scale);
  const x = Math.max(0, Math.min(width - w, window.from * scale));
  return { x, width: w };
}

/** The instant at x of an overview `width` px wide. */
export function overviewTime(x: number, horizon: number, width: number): number {
  return Math.max(0, Math.min(horizon, (x / Math.max(1, width)) * horizon));
}

/** The overview's value for screen readers: "0:10.0 to 0:40.0 of 6:00.0". */
export function overviewValueText(window: TimeWindow, horizon: number): string {
  const whole = window.from <= 0 && window.to >= horizon;
  return `${whole ? 'Whole trace, ' : ''}${formatInstant(window.from)} to ${formatInstant(window.to)} of ${formatInstant(horizon)}`;
}
