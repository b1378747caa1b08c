// The timeline as a tree of SVG elements, built once from the layout and drawn twice: by React
// (SvgNodes.tsx) and as a string (renderStaticSvg.ts), so both have the same shapes and classes.
import type { CauseLink } from './causeLink';
import { badgeText, truncateToWidth } from './layoutTimeline';
import { labelClassName } from './segmentStyle';
import { hatchLine, hatchSize, restartPath, segmentWidth, shortSegmentBox, tickPath } from './svgShapes';
import type { TimelineLane, TimelineLayout } from './timelineTypes';

/** One SVG element; attribute names as in SVG (`class`, `text-anchor`). Text is never markup. */
export interface SvgNode {
  tag: 'g' | 'rect' | 'path' | 'text' | 'line' | 'title' | 'pattern' | 'defs' | 'circle';
  attrs: Record<string, string | number>;
  text?: string;
  children?: SvgNode[];
}

/** Builds one scene node. */
export const node = (tag: SvgNode['tag'], attrs: SvgNode['attrs'], children?: SvgNode[], text?: string): SvgNode => {
  const n: SvgNode = { tag, attrs };
  if (children) n.children = children;
  if (text !== undefined) n.text = text;
  return n;
};

/** The hatch pattern that back-off waits are overlaid with. */
export function sceneHatchPattern(id: string): SvgNode {
  return node('defs', {}, [
    node('pattern', { id, width: hatchSize, height: hatchSize, patternUnits: 'userSpaceOnUse' }, [
      node('path', { class: 'tl-hatch-line', d: hatchLine }),
    ]),
  ]);
}

/** The time axis: ticks and labels in the top `axisHeight` pixels. */
export function sceneAxis(layout: TimelineLayout): SvgNode[] {
  const bottom = layout.axisHeight - 0.5;
  const nodes: SvgNode[] = [node('rect', { class: 'tl-bg', x: 0, y: 0, width: layout.width, height: layout.axisHeight })];
  let d = `M${layout.labelWidth} ${bottom}H${layout.width}`;
  for (const tick of layout.ticks) d += `M${Math.round(tick.x) + 0.5} ${bottom - 5}v5`;
  nodes.push(node('path', { class: 'tl-grid', d }));
  for (const label of layout.axisLabels) {
    nodes.push(node('text', { class: 'tl-axis-label', x: Math.round(label.x), y: bottom - 9, 'text-anchor': label.anchor }, undefined, label.text));
  }
  return nodes;
}

/** Where the playhead line starts: at the axis's tick marks, below its labels, so it never runs through them. */
export function playheadTop(layout: Pick<TimelineLayout, 'axisHeight'>): number {
  return layout.axisHeight - 6;
}

/** Vertical grid lines under every axis tick, across the lanes `[y0, y1)`. */
export function sceneGrid(layout: TimelineLayout, y0: number, y1: number): SvgNode {
  let d = `M${layout.labelWidth - 0.5} ${y0}V${y1}`;
  for (const tick of layout.ticks) d += `M${Math.round(tick.x) + 0.5} ${y0}V${y1}`;
  return node('path', { class: 'tl-grid', d });
}

function sceneLabel(layout: TimelineLayout, lane: TimelineLane): SvgNode[] {
  const mid = lane.y + lane.height / 2;
  const nodes: SvgNode[] = [];
  if (lane.badge) {
    const kind = lane.containerKind ?? 'pod';
    nodes.push(node('rect', { class: `tl-badge tl-badge--${kind}`, x: layout.badgeX, y: mid - 8, width: layout.badgeWidth, height: 16, rx: 3 }));
    nodes.push(node('text', { class: 'tl-badge-text', x: layout.badgeX + layout.badgeWidth / 2, y: mid + 4, 'text-anchor': 'middle' }, undefined, badgeText(lane.badge, layout.compact)));
  }
  const condition = lane.kind === 'condition';
  nodes.push(node('text', { class: condition ? 'tl-name tl-name--condition' : 'tl-name', x: condition ? layout.badgeX + 2 : layout.nameX, y: mid + 4 }, [
    node('title', {}, undefined, lane.badge ? `${lane.name} (${lane.badge})` : lane.name),
  ], lane.displayName));
  return nodes;
}

/** The background stripe of every other lane, drawn under the grid; undefined for even lanes. */
export function sceneLaneStripe(layout: TimelineLayout, lane: TimelineLane, index: number): SvgNode | undefined {
  return index % 2 === 1 ? node('rect', { class: 'tl-lane-bg--alt', x: 0, y: lane.y, width: layout.width, height: lane.height }) : undefined;
}

/** One lane: label, segments in the window (hatched back-off waits, fitting labels, short ones drawn wider on top), ticks and restart markers. */
export function sceneLane(layout: TimelineLayout, lane: TimelineLane, hatchId: string): SvgNode {
  const children: SvgNode[] = sceneLabel(layout, lane);
  const short: SvgNode[] = [];
  for (const s of lane.segments) {
    // Outside the window a segment is clamped to nothing at the plot's edge.
    if (s.x1 <= s.x0) continue;
    if (s.short) {
      // Taller than its neighbours and outlined, so a 0.2 s state between two long ones can be found.
      short.push(node('rect', { class: `${s.className} tl-seg--short`, ...shortSegmentBox(s, layout.labelWidth, layout.plotRight), y: lane.barY - 2, height: lane.barHeight + 4 }));
      continue;
    }
    const geometry = { x: Math.round(s.x0 * 10) / 10, y: lane.barY, width: Math.round(segmentWidth(s.x0, s.x1) * 10) / 10, height: lane.barHeight };
    children.push(node('rect', { class: s.className, ...geometry }));
    if (s.hatched) children.push(node('rect', { class: 'tl-hatch', fill: `url(#${hatchId})`, ...geometry }));
    if (s.label) children.push(node('text', { class: labelClassName(s.style), x: geometry.x + 4, y: lane.barY + lane.barHeight / 2 + 4 }, undefined, s.label));
  }
  children.push(...short);
  for (const type of ['Normal', 'Warning'] as const) {
    const d = tickPath(lane, type);
    if (d) children.push(node('path', { class: `tl-tick tl-tick--${type.toLowerCase()}`, d }));
  }
  const restarts = restartPath(lane.markers, lane.barY);
  if (restarts) children.push(node('path', { class: 'tl-restart', d: restarts }));
  return node('g', { class: `tl-lane tl-lane--${lane.kind}`, 'data-lane': lane.id }, children);
}

/** The diamond of a scenario marker centred at x, y. */
export function scenarioDiamond(x: number, y: number): string {
  const r = Math.round(x * 10) / 10;
  return `M${r} ${y - 5}l5 5l-5 5l-5-5z`;
}

/** The marker row under the axis: a named strip, a diamond per scenario event and the labels that fit; `titles` adds SVG tooltips (static export). */
export function sceneScenarioRow(layout: TimelineLayout, titles: boolean): SvgNode[] {
  // The row is there whenever the trace has events, also while the window shows none of them.
  if (layout.headerHeight <= layout.axisHeight) return [];
  const top = layout.axisHeight;
  const height = layout.headerHeight - top;
  const mid = top + height / 2;
  const nodes: SvgNode[] = [
    node('rect', { class: 'tl-scenario-row', x: 0, y: top, width: layout.width, height }),
    node('path', { class: 'tl-grid', d: `M0 ${layout.headerHeight - 0.5}H${layout.width}` }),
    node('text', { class: 'tl-name tl-name--condition', x: layout.badgeX + 2, y: mid + 4 }, undefined, truncateToWidth('scenario events', layout.labelWidth - layout.badgeX - 10, 6.7)),
  ];
  for (const m of layout.scenarioMarkers) {
    const cls = m.applied ? 'tl-scenario' : 'tl-scenario tl-scenario--no-effect';
    nodes.push(node('path', { class: cls, d: scenarioDiamond(m.x, mid), 'data-scenario': m.index }, titles ? [node('title', {}, undefined, m.name)] : undefined));
    if (m.shownLabel !== undefined) {
      nodes.push(node('text', { class: 'tl-scenario-label', x: Math.round(m.labelX), y: mid + 4, 'text-anchor': m.labelAnchor }, undefined, m.shownLabel));
    }
  }
  return nodes;
}

/** Dashed lines down the lanes `[y0, y1)` at every scenario event, so its moment can be read against every lane. */
export function sceneScenarioGuides(layout: TimelineLayout, y0: number, y1: number): SvgNode[] {
  let d = '';
  for (const m of layout.scenarioMarkers) d += `M${Math.round(m.x) + 0.5} ${y0}V${y1}`;
  return d ? [node('path', { class: 'tl-scenario-guide', d })] : [];
}

/** The connector from a cause's trigger to the segment it began: a halo, the line, a dot at the source and an arrowhead. */
export function sceneCauseLink(link: CauseLink): SvgNode {
  return node('g', { class: `tl-link tl-link--${link.source}` }, [
    node('path', { class: 'tl-link-halo', d: link.d }),
    node('path', { class: 'tl-link-line', d: link.d }),
    node('circle', { class: 'tl-link-dot', cx: link.from.x, cy: link.from.y, r: 3 }),
    node('path', { class: 'tl-link-arrow', d: link.arrow }),
  ]);
}
