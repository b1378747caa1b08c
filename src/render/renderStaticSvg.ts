// A standalone SVG document of a laid-out timeline, for the command line `render` export; its scene
// (timelineSceneNodes) is also what the docs package draws (src/package/renderScenario.ts).
// Container names, reasons and messages come from untrusted scenario text: every text and
// attribute value is escaped.
import { playheadTop, sceneAxis, sceneGrid, sceneHatchPattern, sceneLane, sceneLaneStripe, sceneScenarioGuides, sceneScenarioRow, type SvgNode } from './svgScene';
import { darkPalette, lightPalette, timelineMonoFont, timelineSvgRules } from './timelineTheme';
import type { TimelineLayout } from './timelineTypes';

/** Options of `renderTimelineSvg`. */
export interface StaticSvgOptions {
  theme: 'light' | 'dark';
  /** Draws the playhead at this simulated ms. */
  at?: number;
  title?: string;
}

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/** An SVG element of any tag: the scene's nodes plus the document's own (svg, desc, style). */
export interface SvgElementNode {
  tag: string;
  attrs: Record<string, string | number>;
  text?: string;
  children?: SvgElementNode[];
}

/** Serializes scene nodes as SVG markup. */
export function serializeSvgNodes(nodes: readonly SvgElementNode[]): string {
  let out = '';
  for (const n of nodes) {
    out += `<${n.tag}`;
    for (const [name, value] of Object.entries(n.attrs)) out += ` ${name}="${escapeXml(String(value))}"`;
    const inner = (n.text === undefined ? '' : escapeXml(n.text)) + (n.children ? serializeSvgNodes(n.children) : '');
    out += inner ? `>${inner}</${n.tag}>` : '/>';
  }
  return out;
}

/** Renders a layout as a standalone SVG document with embedded styles. */
export function renderTimelineSvg(layout: TimelineLayout, options: StaticSvgOptions): string {
  const palette = options.theme === 'dark' ? darkPalette : lightPalette;
  // Colours are written out rather than left as var(--tl-…): SVG tools outside browsers (rsvg,
  // Inkscape, static site image pipelines) do not resolve CSS custom properties.
  const values: Record<string, string> = { mono: timelineMonoFont, ...palette };
  const style = timelineSvgRules.map((rule) => rule.replace(/var\(--tl-([a-z-]+)\)/g, (m, name: string) => values[name] ?? m)).join('\n');
  const title = options.title ?? `Timeline of pod ${layout.lanes[0]?.name ?? ''}`;
  const nodes = timelineSceneNodes(layout, { hatchId: 'tl-hatch', ...(options.at === undefined ? {} : { at: options.at }) });
  return `<?xml version="1.0" encoding="UTF-8"?>\n`
    + `<svg xmlns="http://www.w3.org/2000/svg" class="tl-svg" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}" role="img">`
    + `<title>${escapeXml(title)}</title><style>${style}</style>${serializeSvgNodes(nodes)}</svg>\n`;
}

/** The drawing of a layout (background, axis, lanes, guides, playhead), for any SVG document that styles its classes. */
export function timelineSceneNodes(layout: TimelineLayout, options: { hatchId: string; at?: number }): SvgNode[] {
  const nodes: SvgNode[] = [
    sceneHatchPattern(options.hatchId),
    node('rect', { class: 'tl-bg', x: 0, y: 0, width: layout.width, height: layout.height }),
    ...sceneAxis(layout),
    ...sceneScenarioRow(layout, true),
    ...layout.lanes.flatMap((lane, i) => sceneLaneStripe(layout, lane, i) ?? []),
    sceneGrid(layout, layout.headerHeight, layout.height),
    ...layout.lanes.map((lane) => sceneLane(layout, lane, options.hatchId)),
    ...sceneScenarioGuides(layout, layout.headerHeight, layout.height),
  ];
  const at = options.at === undefined ? undefined : Math.max(0, Math.min(layout.horizon, options.at));
  // A playhead outside the layout's window of time is not drawn.
  if (at !== undefined && at >= layout.from && at <= layout.to) {
    const x = Math.round(layout.x(at) * 10) / 10;
    nodes.push(node('line', { class: 'tl-playhead-line', x1: x, x2: x, y1: playheadTop(layout), y2: layout.height }));
  }
  return nodes;
}

function node(tag: SvgNode['tag'], attrs: SvgNode['attrs']): SvgNode {
  return { tag, attrs };
}
