// The fenced block both Markdown plugins turn into a figure: ```yaml pod-playground OPTIONS.
// Options come from the Markdown author; every value ends up escaped, in an attribute or text.
import type { SvgElementNode } from '../render/renderStaticSvg';
import { errorFigure } from './errorFigure';
import { renderTimelineTree, type RenderTimelineOptions } from './renderScenario';

/** Options of the remark and markdown-it plugins. */
export interface PlaygroundPluginOptions {
  /** Base URL of a hosted playground (its `dist/`), ending in `/`; default `placeholderPlayground`. */
  playground?: string;
  /** Width of the static SVG in px (default 720). */
  width?: number;
  /** With `theme=auto`: `media` (default) or `class` (dark only by `<html class="dark">`/`data-theme`, e.g. VitePress). */
  darkMode?: 'media' | 'class';
  /**
   * With `theme=auto`: `inline` (default) puts the dark colours in the SVG's own `<style>`; `external`
   * leaves it out for pages that import `init-container-playground/style.css` instead (VitePress,
   * whose Vue templates drop `<style>` on the client only, so an inline one breaks hydration).
   */
  stylesheet?: 'inline' | 'external';
}

/** Where the live element points until a site configures its own playground; it stays the static figure there. */
export const placeholderPlayground = 'https://playground.invalid/';

const marker = 'pod-playground';
/** Options that go to the live element as they are (the embed checks their values). */
const passThrough = ['autoplay', 'speed', 'view', 'readonly', 'controls', 'predict'];
const known = ['at', 'from', 'to', 'until', 'width', 'height', 'theme', ...passThrough];

/** The options of a fence, or undefined when the info string is not `yaml pod-playground …`. */
export function parseFenceInfo(info: string): Record<string, string> | undefined {
  const words = info.trim().split(/\s+/);
  if (words[0] !== 'yaml' || words[1] !== marker) return undefined;
  const options: Record<string, string> = {};
  for (const word of words.slice(2)) {
    const eq = word.indexOf('=');
    if (eq < 0) options[word] = '1';
    else options[word.slice(0, eq)] = word.slice(eq + 1);
  }
  return options;
}

/** The figure for one fence: the live element holding the static SVG (shown until it upgrades) and the YAML. */
export function fenceFigure(yaml: string, fence: Record<string, string>, plugin: PlaygroundPluginOptions = {}): SvgElementNode {
  const unknown = Object.keys(fence).filter((k) => !known.includes(k));
  const width = fence.width === undefined ? plugin.width ?? 720 : Number(fence.width);
  const theme = (fence.theme ?? 'auto') as RenderTimelineOptions['theme'];
  if (unknown.length) {
    return errorFigure('This pod-playground block has unknown options', [`unknown: ${unknown.join(', ')}`, `known: ${known.join(', ')}`], { width: 720, theme: 'light' });
  }
  const height = fence.height === undefined ? undefined : Number(fence.height);
  if (height !== undefined && !(height >= 120 && height <= 5000)) {
    return errorFigure('This pod-playground block has a bad option', [`height must be 120 to 5000 px (got ${fence.height})`], { width: 720, theme: 'light' });
  }
  const svg = renderTimelineTree(yaml, {
    width, darkMode: plugin.darkMode ?? 'media', stylesheet: plugin.stylesheet ?? 'inline',
    ...(theme ? { theme } : {}),
    ...(fence.at === undefined ? {} : { at: fence.at }),
    ...(fence.from === undefined ? {} : { from: fence.from }),
    ...(fence.to === undefined ? {} : { to: fence.to }),
    ...(fence.until === undefined ? {} : { until: fence.until }),
  });
  if (String(svg.attrs.class).startsWith('icp-error')) return svg;
  const attrs: Record<string, string> = { playground: plugin.playground ?? placeholderPlayground };
  if (fence.theme !== undefined) attrs.theme = fence.theme;
  // The live element reads the page's theme as the static figure does.
  if (plugin.darkMode === 'class') attrs['dark-mode'] = 'class';
  if (fence.at !== undefined) attrs.start = fence.at;
  if (height !== undefined) attrs.height = String(height);
  for (const name of passThrough) if (fence[name] !== undefined) attrs[name] = fence[name] as string;
  return {
    tag: 'init-container-playground',
    attrs,
    children: [svg, { tag: 'pre', attrs: { 'data-icp-yaml': '', hidden: '' }, text: yaml.replace(/\n$/, '') }],
  };
}
